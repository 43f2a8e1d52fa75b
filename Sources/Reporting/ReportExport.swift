import Foundation
import RunArchive
import Scenarios

/// The report's figures as CSV or JSON, for other systems.
public enum ReportExport {
  /// One row per node and year, executed then forecast:
  /// `node,label,year,kind,value,lo80,hi80,lo95,hi95,overridden,model,actor,reason`.
  public static func csv(_ data: ReportData) -> String {
    var out = "node,label,year,kind,value,lo80,hi80,lo95,hi95,overridden,model,actor,reason\n"
    let number = { (value: Double?) in value.map { $0.isFinite ? "\($0)" : "" } ?? "" }
    for node in (Set(data.history.keys).union(data.forecasts.keys)).sorted() {
      let label = quoted(data.labels[node] ?? "")
      let model = quoted(data.models[node]?.model ?? "")
      for year in data.historyYears {
        guard let value = data.history[node]?[year] else { continue }
        out += "\(node),\(label),\(year),executed,\(number(value)),,,,,no,,,\n"
      }
      for year in data.forecastYears {
        guard let cell = data.forecasts[node]?[year] else { continue }
        let override = data.manifest.overrides.last { $0.node == node && $0.year == year }
        let bounds = [80.0, 95].flatMap {
          [number(cell.bounds[$0]?.0), number(cell.bounds[$0]?.1)]
        }
        out +=
          ([node, label, String(year), "forecast", number(cell.mean)] + bounds + [
            cell.overridden ? "yes" : "no", model, quoted(override?.actor ?? ""),
            quoted(override?.reason ?? ""),
          ]).joined(separator: ",") + "\n"
      }
    }
    return out
  }

  /// The forecasts (every node and year, with bounds, the model's value and any
  /// override's author and reason), the ratios, the statutory ratios, the alert thresholds they cross and the
  /// overrides with the manifest, the debt (its loans and the existing debt's
  /// extinction, euros) when the scenario gives it, and a landed run's landings, as JSON.
  public static func json(_ data: ReportData) throws -> Data {
    struct Debt: Encodable {
      var loans: [Scenario.Loan]
      var extinction: [DebtSchedule.ExtinctionYear]
    }
    struct Document: Encodable {
      var run: String
      var manifest: RunManifest
      var ratios: [RatioRecord]
      /// The statutory ratios by year, and the CGCT article that lists them for the
      /// run's kind of collectivité (R3313-1 for a département).
      var statutoryRatios: [StatutoryRatios.Record]
      var statutoryRatiosArticle: String
      var thresholds: [ThresholdCrossing]
      var debt: Debt?
      var evaluations: [ForecastEvaluation.Record]
      /// A landed run: the year completed and each landed series.
      var provisionalYear: Int?
      var landings: [LandingRecord]?
      var forecasts: [ForecastRecord]
    }
    let summary = data.ratioSummary()
    let debt = data.scenario?.debt.map {
      Debt(
        loans: $0.existingLoans,
        extinction: DebtSchedule(debt: $0).extinction(from: (data.historyYears.last ?? 0) + 1))
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return try encoder.encode(
      Document(
        run: data.runID, manifest: data.manifest, ratios: summary.ratios,
        statutoryRatios: StatutoryRatios(data, cascade: summary.cascade).records,
        statutoryRatiosArticle: data.entityKind.ratiosArticle,
        thresholds: summary.thresholds, debt: debt,
        evaluations: data.evaluations.map { .init(entry: $0.entry, evaluation: $0.evaluation) },
        provisionalYear: data.provisionalYear,
        landings: data.landings.isEmpty ? nil : data.landings, forecasts: forecastRecords(data)))
  }

  static func quoted(_ cell: String) -> String {
    guard cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) else { return cell }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
