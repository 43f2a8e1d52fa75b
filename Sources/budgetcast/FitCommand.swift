import ArgumentParser
import DelimitedText
import ForecastCore
import Forecasting
import Foundation

/// `budgetcast fit`: forecast every series of a panel file.
struct FitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fit",
    abstract: "Forecast every series of a long CSV (series_id,period,t,value[,split]).",
    discussion: """
      Rows whose split is 'test' are held out. The horizon is --horizon, or per series \
      from --horizons (series_id,h), or else the number of held-out rows of the series. \
      Output: series_id,h,forecast, then lo/hi columns per level. A method that fails on \
      a series falls back to a simpler one (reported in --details and on standard error).
      """)

  @Option(help: "The panel CSV.")
  var data: String

  @Option(help: "Method: \(ForecastMethod.allCases.map(\.rawValue).joined(separator: "|")).")
  var model: ForecastMethod = .auto

  @Option(help: "Forecast horizon for every series.")
  var horizon: Int?

  @Option(help: "CSV series_id,h giving a horizon per series.")
  var horizons: String?

  @Option(help: "Interval levels in percent, comma-separated.")
  var levels: String = "80,95"

  @Option(help: "Worker threads (default: all cores). Results do not depend on it.")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Option(help: "ARIMA order p,d,q (with --model arima).")
  var order: String = "0,1,1"

  @Option(help: "Seasonal ARIMA order P,D,Q (with --model arima; ignored for period 1).")
  var seasonalOrder: String = "0,0,0"

  @Flag(
    help: "ARIMA: include a constant (a mean when undifferenced, a drift when differenced once).")
  var constant = false

  @Flag(help: "ARIMA: include a drift (d + D = 1).")
  var drift = false

  @Option(help: "Box–Cox transformation: none, auto (Guerrero's λ per series) or a value of λ.")
  var lambda: String = "none"

  @Option(help: "Base seed of simulated intervals (recorded for replay).")
  var seed: UInt64 = 20_241_130

  @Option(
    help:
      "Drivers for regression with ARIMA errors: CSV series_id,driver,t,value covering the history and the horizon (with --model arima or auto-arima)."
  )
  var drivers: String?

  @Option(
    name: .customLong("lag"),
    help: ArgumentHelp(
      "Lags of a driver, DRIVER=K[,K…] (repeatable): the driver's value at t − K explains t.",
      valueName: "driver=k"))
  var lagArguments: [String] = []

  @Option(help: "Where to write the forecasts CSV.")
  var output: String

  @Option(help: "Where to write per-series model details (JSON).")
  var details: String?

  @Flag(help: "No progress bar.")
  var quiet = false

  @Flag(
    help:
      "Print on standard error the CPU seconds the forecasting took (all workers; start-up, reading and writing excluded)."
  )
  var timing = false

  var transformation: SeriesForecaster.Transformation? {
    switch lambda {
    case "none": return SeriesForecaster.Transformation.none
    case "auto": return .guerrero
    default: return Double(lambda).flatMap { $0.isFinite ? .lambda($0) : nil }
    }
  }

  /// The ARIMA order from `--order` and `--seasonal-order`, nil when malformed.
  var arimaOrder: SeriesForecaster.ARIMAOrder? {
    let regular = order.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    let seasonal = seasonalOrder.split(separator: ",").compactMap {
      Int($0.trimmingCharacters(in: .whitespaces))
    }
    guard regular.count == 3, seasonal.count == 3,
      (regular + seasonal).allSatisfy({ (0...12).contains($0) })
    else {
      return nil
    }
    return .init(
      p: regular[0], d: regular[1], q: regular[2], seasonalP: seasonal[0], seasonalD: seasonal[1],
      seasonalQ: seasonal[2], constant: constant, drift: drift)
  }

  /// `--levels` cell by cell (nil where a cell is not a number).
  var parsedLevels: [Double?] {
    levels.split(separator: ",").map { Double($0.trimmingCharacters(in: .whitespaces)) }
  }

  var levelValues: [Double] { parsedLevels.compactMap { $0 } }

  func validate() throws {
    let parsed = parsedLevels
    guard !parsed.isEmpty, parsed.allSatisfy({ $0.map { $0 > 0 && $0 < 100 } ?? false }) else {
      throw ValidationError("--levels must be percentages strictly between 0 and 100, e.g. 80,95")
    }
    if let horizon, !(1...SeriesForecaster.maximumHorizon).contains(horizon) {
      throw ValidationError("--horizon must be 1 to \(SeriesForecaster.maximumHorizon)")
    }
    guard arimaOrder != nil else {
      throw ValidationError(
        "--order and --seasonal-order take three integers, e.g. --order 1,1,1 --seasonal-order 0,1,1"
      )
    }
    guard transformation != nil else {
      throw ValidationError("--lambda must be none, auto or a number such as 0 or 0.5")
    }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    if drivers != nil, model != .arima, model != .autoArima {
      throw ValidationError("--drivers needs --model arima or --model auto-arima")
    }
    if !lagArguments.isEmpty, drivers == nil {
      throw ValidationError("--lag needs --drivers")
    }
  }

  func run() throws {
    do {
      let panel = try SeriesPanelFile(path: data)
      let perSeries = try horizons.map { try HorizonFile(path: $0).horizons } ?? [:]
      var tasks: [PanelRunner.Task] = []
      var problems: [Diagnostic] = []
      let driverFile = try drivers.map { try DriversFile(path: $0) }
      let lags = try DriverLags(lagArguments)
      if let driverFile, let unknown = driverFile.unknownDrivers(in: lags).first {
        throw ValidationError(
          "--lag names driver '\(unknown)', which \(driverFile.path) does not hold")
      }
      for series in panel.series {
        let h = horizon ?? perSeries[series.id] ?? (series.test.isEmpty ? nil : series.test.count)
        guard let h, (1...SeriesForecaster.maximumHorizon).contains(h) else {
          problems.append(
            Diagnostic(
              file: data, line: series.line, column: 1,
              problem: h.map { "series '\(series.id)' holds out \($0) test rows" }
                ?? "no horizon for series '\(series.id)'",
              expected: "--horizon H, a row in --horizons, or 1 to "
                + "\(SeriesForecaster.maximumHorizon) held-out 'test' rows"))
          continue
        }
        var seriesDrivers: SeriesDrivers?
        if let driverFile {
          switch driverFile.drivers(series: series.id, times: series.trainT, horizon: h, lags: lags)
          {
          case .success(let found): seriesDrivers = found
          case .failure(let report): problems += report.diagnostics
          }
        }
        tasks.append(
          .init(
            id: series.id, series: TimeSeries(values: series.train, period: series.period),
            horizon: h, drivers: seriesDrivers))
      }
      guard problems.isEmpty else { throw DiagnosticReport(problems) }
      let progress = ProgressBar(total: tasks.count, quiet: quiet)
      var forecaster = SeriesForecaster(
        levels: levelValues, seed: seed, transformation: transformation ?? .none)
      if let arimaOrder { forecaster.arimaOrder = arimaOrder }
      let runner = PanelRunner(forecaster: forecaster, jobs: jobs)
      let started = ProcessCPUClock.seconds()
      let outcomes = runner.run(tasks, method: model) { progress.update($0) }
      if timing {
        let seconds = ProcessCPUClock.seconds() - started
        FileHandle.standardError.write(
          Data("forecasting CPU seconds: \(seconds) for \(tasks.count) series\n".utf8))
      }
      try ForecastOutput(outcomes: outcomes, tasks: tasks, levels: levelValues).write(
        csv: output, details: details)
    } catch let report as DiagnosticReport {
      FileHandle.standardError.write(Data((report.description + "\n").utf8))
      throw ExitCode(65)
    }
  }
}

extension ForecastMethod: ExpressibleByArgument {}
