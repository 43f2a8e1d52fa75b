import Budget
import BudgetForecast
import ForecastCore
import Forecasting
import Foundation

/// The output files of a run, as archived bytes.
///
/// Numbers are written in Swift's shortest round-trip form (the text reads back to the
/// very same `Double`), so equal bytes mean equal numbers and replay can compare files.
public struct RunOutputs: Sendable, Hashable {
  /// `forecasts.csv`: one row per node and forecast year, base and reconciled.
  public var forecasts: Data
  /// `residuals.csv`: one row per node, the one-step in-sample errors by year.
  public var residuals: Data
  /// `models.json`: per node, the model, why, parameters, criteria, backtest, fallbacks.
  public var models: Data
  /// Scenario runs: `effects.csv`.
  public var effects: Data? = nil
  /// `elasticities.json`: the driver models' elasticities and why each value.
  public var elasticities: Data? = nil
  /// Scenario runs with driver paths in levels or growth: `driver-paths.csv`.
  public var driverPaths: Data? = nil
  /// Runs that land the current year: `landings.json` and `provisional.csv`.
  public var landings: Data? = nil
  /// `provisional.csv` (see ``landings``).
  public var provisional: Data? = nil
  /// Counts and notes for the manifest.
  public var summary: RunManifest.Summary

  /// The bytes of each output file the run has, by the names of
  /// ``RunManifest/Outputs/files``.
  var files: [String: Data] {
    let optional = [
      ("effects.csv", effects), ("elasticities.json", elasticities),
      ("driver-paths.csv", driverPaths), ("landings.json", landings),
      ("provisional.csv", provisional),
    ]
    return Dictionary(
      uniqueKeysWithValues: [
        ("forecasts.csv", forecasts), ("residuals.csv", residuals), ("models.json", models),
      ] + optional.compactMap { name, data in data.map { (name, $0) } })
  }

  /// The columns of `forecasts.csv` for interval levels `levels`.
  static func forecastColumns(levels: [Double]) -> [String] {
    let bounds = { (prefix: String) in
      levels.flatMap { ["\(prefix)lo\(Int($0))", "\(prefix)hi\(Int($0))"] }
    }
    return ["node", "year", "base"] + bounds("base_") + ["forecast"] + bounds("") + ["overridden"]
  }

  /// `forecasts.csv` text.
  static func forecastsCSV(
    _ result: HierarchicalBudgetForecaster.Result, levels: [Double], held: Set<[Int]>
  ) -> Data {
    var text = forecastColumns(levels: levels).joined(separator: ",") + "\n"
    for (index, node) in result.nodes.enumerated() {
      for (h, year) in result.years.enumerated() {
        let bounds = { (forecast: Forecast) in
          levels.flatMap { level -> [String] in
            guard let interval = forecast.interval(level: level) else { return ["", ""] }
            return [number(interval.lower[h]), number(interval.upper[h])]
          }
        }
        let cells =
          [NodeLabel.identifier(node.node), String(year), number(node.base.mean[h])]
          + bounds(node.base) + [number(node.reconciled.mean[h])] + bounds(node.reconciled)
          + [held.contains([index, h]) ? "yes" : "no"]
        text += cells.joined(separator: ",") + "\n"
      }
    }
    return Data(text.utf8)
  }

  /// `residuals.csv` text: `node` then one column per residual year.
  static func residualsCSV(_ bases: HierarchicalBudgetForecaster.BaseForecasts) -> Data {
    let years = bases.hierarchy.years.dropFirst()
    var text = (["node"] + years.map(String.init)).joined(separator: ",") + "\n"
    for (index, node) in bases.hierarchy.nodes.enumerated() {
      let values = bases.residuals.map { number($0[index]) }
      text += ([NodeLabel.identifier(node)] + values).joined(separator: ",") + "\n"
    }
    return Data(text.utf8)
  }

  /// Shortest round-trip text; empty for NaN and infinities (which never leave the
  /// engine as numbers).
  static func number(_ value: Double) -> String { value.isFinite ? "\(value)" : "" }

  /// The forecasts file as rows of cells (for comparisons and reports).
  public static func parseCSV(_ data: Data) -> [[String]] {
    String(decoding: data, as: UTF8.self).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
  }
}

/// Per-node account of a run's model, archived as `models.json`.
public struct NodeModelRecord: Codable, Sendable, Hashable {
  /// The node (`line/F/D/017/65171/567`, `chapter/F/D/017`, …).
  public var node: String
  /// The model that produced the base forecast, such as `ETS(M,Ad,N)`.
  public var model: String
  /// The method asked for.
  public var requested: String
  /// The method that produced the forecast (a fallback when it differs).
  public var used: String
  /// Why this model: as requested, or the failures that led to a fallback.
  public var why: String
  /// Fitted parameters by name (an ensemble's members prefixed `ets.`, `arima.`).
  public var parameters: [String: Double]
  /// AICc of the model, when it has one.
  public var aicc: Double?
  /// Fit statistics by name (σ², log-likelihood, members' criteria).
  public var statistics: [String: Double]
  /// Models that failed before the one used, with why.
  public var fallbacks: [String]
  /// Rules applied by design (nil in runs archived before remarks were recorded apart,
  /// whose fallbacks hold them as text).
  public var remarks: [ForecastRemark]? = nil
  /// Backtest accuracy (nil when the history is too short or none was asked).
  public var backtest: Backtest?
  /// How the base forecast comes from the drivers, for a driven line's total and the
  /// lines under it (nil for the others).
  public var driven: Driven? = nil

  /// Accuracy of the reconciled forecast when the last years are held out.
  public struct Backtest: Codable, Sendable, Hashable {
    /// The last year of the training data.
    public var origin: Int
    /// Years held out.
    public var horizon: Int
    /// Mean absolute percentage error over the held-out years with a non-zero actual.
    public var mape: Double?
    /// Mean absolute scaled error (scale: mean absolute yearly change in training).
    public var mase: Double?
  }
}
