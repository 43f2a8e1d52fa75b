import ArgumentParser
import DelimitedText
import ForecastCore
import Foundation

/// `budgetcast score`: accuracy of forecasts against held-out data.
struct ScoreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "score",
    abstract:
      "Score forecasts against the 'test' rows of a panel CSV (sMAPE, MASE, coverage, MSIS).",
    discussion: """
      Metrics are averaged over the horizon of each series, then over series, by \
      seasonal period and overall; definitions are those of the M3 (sMAPE) and M4 \
      (MSIS) competitions, identical to ../shared/tools/score.py.
      """)

  @Option(help: "The panel CSV with held-out 'test' rows.")
  var data: String

  @Option(help: "The forecasts CSV written by 'fit'.")
  var forecasts: String

  @Flag(help: "Print JSON instead of a table.")
  var json = false

  func run() throws {
    do {
      let panel = try SeriesPanelFile(path: data)
      let forecastFile = try ForecastFile(path: forecasts)
      var groups: [Int: ScoreSummary] = [:]
      var overall = ScoreSummary()
      var missing: [String] = []
      for series in panel.series where !series.test.isEmpty {
        guard let forecast = forecastFile.forecast(for: series.id, horizon: series.test.count)
        else {
          missing.append(series.id)
          continue
        }
        let accuracy = ForecastAccuracy(
          history: series.train, period: series.period, actual: series.test, forecast: forecast)
        groups[series.period, default: ScoreSummary()].add(accuracy)
        overall.add(accuracy)
      }
      if json {
        var object = JSONObject()
        for (period, summary) in groups.sorted(by: { $0.key < $1.key }) {
          object["period \(period)"] = summary.json
        }
        object["overall"] = overall.json
        object["missing"] = .array(missing.map(JSONValue.string))
        print(JSONValue.object(object).rendered())
      } else {
        print(ScoreSummary.header)
        for (period, summary) in groups.sorted(by: { $0.key < $1.key }) {
          print(summary.row("period \(period)"))
        }
        print(overall.row("overall"))
      }
      if !missing.isEmpty {
        FileHandle.standardError.write(
          Data(
            "\(forecasts): no complete forecast for \(missing.count) series, e.g. \(missing.prefix(5).joined(separator: ", "))\n"
              .utf8))
        throw ExitCode(65)
      }
    } catch let report as DiagnosticReport {
      FileHandle.standardError.write(Data((report.description + "\n").utf8))
      throw ExitCode(65)
    }
  }
}

/// Running means of the accuracy metrics over series.
struct ScoreSummary {
  var count = 0
  var smape = 0.0
  var mase: [Double] = []
  var msis: [Double] = []
  var coverage80: [Double] = []
  var coverage95: [Double] = []
  var zeroScale = 0

  mutating func add(_ accuracy: ForecastAccuracy) {
    count += 1
    smape += accuracy.smape
    if let value = accuracy.mase { mase.append(value) } else { zeroScale += 1 }
    if let value = accuracy.msis { msis.append(value) }
    if let value = accuracy.coverage[80] { coverage80.append(value) }
    if let value = accuracy.coverage[95] { coverage95.append(value) }
  }

  static func mean(_ values: [Double]) -> Double? {
    values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
  }

  static let header =
    "group          series     sMAPE      MASE   cov80   cov95      MSIS  zero-scale"

  func row(_ name: String) -> String {
    let format = { (value: Double?, spec: String) in value.map { String(format: spec, $0) } ?? "-" }
    return name.padding(toLength: 13, withPad: " ", startingAt: 0)
      + String(format: "%7d", count) + "  "
      + format(count > 0 ? smape / Double(count) : nil, "%8.3f")
      + "  " + format(Self.mean(mase), "%8.3f") + "  " + format(Self.mean(coverage80), "%6.3f")
      + "  " + format(Self.mean(coverage95), "%6.3f") + "  " + format(Self.mean(msis), "%8.3f")
      + String(format: "  %10d", zeroScale)
  }

  var json: JSONValue {
    var object = JSONObject()
    object["series"] = .int(count)
    object["sMAPE"] = .finite(count > 0 ? smape / Double(count) : nil)
    object["MASE"] = .finite(Self.mean(mase))
    object["cov80"] = .finite(Self.mean(coverage80))
    object["cov95"] = .finite(Self.mean(coverage95))
    object["MSIS"] = .finite(Self.mean(msis))
    object["zeroScale"] = .int(zeroScale)
    return .object(object)
  }
}
