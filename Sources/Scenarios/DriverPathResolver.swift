import ForecastCore
import Forecasting

/// Turns a scenario's driver paths in levels or growth rates into changes against the
/// baseline, the form ``ScenarioEffects`` applies.
///
/// The central forecast extends each budget line's own history, so it carries the
/// drivers along their own trends. The reference path of a driver is that trend made
/// explicit: its forecast from the run's driver history (automatic ETS by AICc on the
/// last run of consecutive years, at least ``minimumYears``; a named simpler method if
/// ETS fails). An assumed level A_t then moves the lines by its distance to the
/// reference R_t:
///
/// - `change_t = A_t − R_t` for a driver in points (unemployment, inflation, interest
///   rates);
/// - `change_t = A_t / R_t − 1` for the others (relative).
///
/// Levels hold until the next one; before the first given year the assumed path is the
/// reference (no change). Growth rates build the level from the previous year's —
/// `A_t = A_{t−1}·(1 + g_t)`, or `A_{t−1} + g_t` in points — starting from the reference
/// (or the history) the year before the first rate.
public struct DriverPathResolver: Sendable {
  /// Consecutive years of history a reference forecast needs.
  public static let minimumYears = 5

  /// The drivers' yearly history (nil: paths in levels only).
  public var history: DriverHistory?

  /// A resolver over a history, if any.
  public init(history: DriverHistory?) {
    self.history = history
  }

  /// One driver and forecast year: the reference, the assumed level and the change.
  public struct Row: Sendable, Hashable {
    /// The driver.
    public var driver: Scenario.Driver
    /// The forecast year.
    public var year: Int
    /// The driver's own forecast for the year (its trend).
    public var reference: Double
    /// The scenario's level for the year.
    public var assumed: Double
    /// The assumed level against the reference: assumed − reference for a driver in
    /// points, assumed / reference − 1 otherwise.
    public var change: Double
    /// How the reference was forecast (`ETS(A,Ad,N)`, or the fallback).
    public var model: String

    /// A row.
    public init(
      driver: Scenario.Driver, year: Int, reference: Double, assumed: Double, change: Double,
      model: String
    ) {
      (self.driver, self.year, self.reference, self.assumed) = (driver, year, reference, assumed)
      (self.change, self.model) = (change, model)
    }
  }

  /// Why a path cannot be read.
  public enum Problem: Error, CustomStringConvertible, Sendable {
    case noHistory(Scenario.Driver)
    case tooShort(Scenario.Driver, years: Int)
    case notPositive(Scenario.Driver, year: Int, reference: Double)
    case noForecast(Scenario.Driver)

    public var description: String {
      switch self {
      case .noHistory(let driver):
        return
          "drivers.\(driver.rawValue) is given in levels or growth, which are read against the driver's own forecast; the run has no history of \(driver.rawValue): give it in --driver-history, or give changes ({2025: …})"
      case .tooShort(let driver, let years):
        return
          "drivers.\(driver.rawValue): the driver history ends with \(years) consecutive year(s); \(DriverPathResolver.minimumYears) are needed to forecast its reference path"
      case .notPositive(let driver, let year, let reference):
        return
          "drivers.\(driver.rawValue): its reference forecast for \(year) is \(reference), not positive; give changes instead of levels"
      case .noForecast(let driver):
        return "drivers.\(driver.rawValue): no method could forecast its history"
      }
    }
  }

  /// The scenario with its assumed paths turned into changes over `years` (the
  /// run's forecast years), and one row per driver and year for the archive.
  public func resolve(_ scenario: Scenario, years: [Int]) throws(Problem) -> (
    scenario: Scenario, rows: [Row]
  ) {
    var resolved = scenario
    var rows: [Row] = []
    for driver in scenario.assumedPaths.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      guard let path = scenario.assumedPaths[driver], let last = years.max() else { continue }
      let (reference, model) = try self.reference(driver, through: last)
      var changes: [Int: Double] = [:]
      var previous: Double?
      for year in years.sorted() {
        guard let baseline = reference[year] else { continue }
        let before = previous ?? reference[year - 1] ?? baseline
        let assumed: Double
        switch path.form {
        case .levels: assumed = path.value(in: year) ?? baseline
        case .growth:
          guard let growth = path.value(in: year) else {
            assumed = baseline
            break
          }
          assumed = driver.isInPoints ? before + growth : before * (1 + growth)
        }
        previous = assumed
        if !driver.isInPoints && baseline <= 0 {
          throw .notPositive(driver, year: year, reference: baseline)
        }
        let change = driver.isInPoints ? assumed - baseline : assumed / baseline - 1
        changes[year] = change
        rows.append(
          Row(
            driver: driver, year: year, reference: baseline, assumed: assumed, change: change,
            model: model))
      }
      resolved.drivers[driver] = changes
    }
    resolved.assumedPaths = [:]
    return (resolved, rows)
  }

  /// The driver's history and forecast by year, through `last`, and the model used.
  func reference(_ driver: Scenario.Driver, through last: Int) throws(Problem) -> (
    [Int: Double], String
  ) {
    guard let values = history?.values[driver], let end = values.keys.max() else {
      throw .noHistory(driver)
    }
    var start = end
    while values[start - 1] != nil { start -= 1 }
    let count = end - start + 1
    guard count >= Self.minimumYears else { throw .tooShort(driver, years: count) }
    var reference = values
    guard last > end else { return (reference, "history") }
    let series = TimeSeries(
      values: (start...end).compactMap { values[$0] }, period: 1, start: start)
    guard
      let outcome = SeriesForecaster().forecast(
        id: driver.rawValue, series: series, horizon: last - end, method: .ets),
      outcome.forecast.isFinite
    else { throw .noForecast(driver) }
    for (h, value) in outcome.forecast.mean.enumerated() { reference[end + 1 + h] = value }
    return (reference, outcome.model)
  }
}
