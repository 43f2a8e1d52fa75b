import Foundation
import RunArchive
import Scenarios

/// The text `runs show` prints for a run.
struct RunDescription {
  var id: String
  var manifest: RunManifest
  var entries: [JournalEntry]
  var forecasts: Data
  /// The run's scenario, when it has one.
  var scenario: Scenario?
  /// Its driver paths against their trend, when stated in levels or growth.
  var driverPaths: [DriverPathResolver.Row]
  /// Its model records (`models.json`).
  var models: [NodeModelRecord] = []

  func rendered(archivePath: String) -> String {
    var out: [String] = []
    out.append("Run \(id)")
    out.append(
      "  kind         \(manifest.kind.rawValue)" + (manifest.parent.map { " of \($0)" } ?? ""))
    let width = JournalEntry.Event.allCases.map(\.rawValue.count).max() ?? 0
    for entry in entries {
      var note = entry.details["note"].map { $0.isEmpty ? "" : " — \($0)" } ?? ""
      if entry.event == .runEvaluated {
        let wape = entry.details["totalWAPE"].flatMap(Double.init).map {
          String(format: ", totals' WAPE %.1f %%", 100 * $0)
        }
        note =
          " — against the accounts of \(entry.details["years"] ?? "?")\(wape ?? "")"
          + " (actuals sha256 \(entry.details["actuals"]?.prefix(12) ?? "?"))"
      }
      let signed = entry.signature == nil ? "" : " (signed)"
      out.append(
        "  \(entry.event.rawValue.padding(toLength: width, withPad: " ", startingAt: 0)) \(entry.time) by \(entry.actor)\(signed)\(note)"
      )
    }
    out.append("Inputs")
    for input in manifest.inputs {
      out.append("  \(input.role) \(input.name)  \(input.bytes) bytes  sha256 \(input.sha256)")
    }
    let snapshot = manifest.snapshot
    out.append(
      "  snapshot \(snapshot.lines) lines, \(snapshot.years.first ?? 0)–\(snapshot.years.last ?? 0), "
        + "\(snapshot.entities.joined(separator: ", "))  sha256 \(snapshot.sha256)")
    let p = manifest.parameters
    out.append("Parameters")
    out.append(
      "  horizon \(p.horizon), model \(p.model), reconciliation \(p.reconciliation) (used: "
        + "\(manifest.summary.reconciliationUsed)), order operations \(p.includeOrder ? "included" : "excluded"), "
        + "levels \(p.levels.map { String(Int($0)) }.joined(separator: "/")) %, seed \(p.seed), "
        + "backtest \(p.backtestHorizon) years, format \(p.format ?? "auto"), "
        + "overrides \(p.overrideAdjustment.rawValue)"
        + (p.landingThrough.map { ", the year after the accounts landed through \($0)" } ?? "")
        + (p.entityKind.map { ", entity kind \($0.rawValue)" } ?? ""))
    out.append("Engine")
    out.append(
      "  \(manifest.engine.name) \(manifest.engine.version) (\(manifest.engine.buildConfiguration)), "
        + "commit \(manifest.engine.gitCommit ?? "unknown")")
    let blas = manifest.environment.blas
    out.append(
      "  OpenBLAS core \(blas.coreName), \(blas.threadCount) thread(s); \(manifest.environment.cpuModel)"
    )
    out.append("Totals (reconciled, euros)")
    out += totals()
    if let scenario {
      out.append("Scenario")
      out.append(
        "  \(scenario.name)" + (scenario.description.isEmpty ? "" : ": \(scenario.description)"))
      if !driverPaths.isEmpty {
        out += ScenarioDescription.pathTable(driverPaths).map { "  " + $0 }
      }
    }
    out.append("Overrides")
    if manifest.overrides.isEmpty { out.append("  none") }
    for o in manifest.overrides {
      out.append(
        "  \(o.node) \(o.year): model \(Self.euros(o.modelValue)) → \(Self.euros(o.value)) "
          + "(\(o.given)) by \(o.actor) on \(o.date): \(o.reason)")
    }
    out += Self.drivenLines(models)
    for note in manifest.summary.notes { out.append("Note: \(note)") }
    out.append("Replay: budgetcast replay \(id) --archive \(archivePath)")
    return out.joined(separator: "\n")
  }

  /// The totals forecast from their drivers' projections, one line each after a title
  /// (nothing when there are none).
  static func drivenLines(_ records: [NodeModelRecord]) -> [String] {
    drivenLines(records.map { DrivenEntry(node: $0.node, model: $0.model, driven: $0.driven) })
  }

  /// The fields of a `models.json` record that ``drivenLines(_:)`` reads: decoding these
  /// only skips the rest of each record (parameters, statistics, backtests).
  struct DrivenEntry: Decodable {
    var node: String
    var model: String
    var driven: NodeModelRecord.Driven?
  }

  /// The driven lines of an archived `models.json`.
  static func drivenLines(models: Data) throws -> [String] {
    drivenLines(try JSONDecoder().decode([DrivenEntry].self, from: models))
  }

  static func drivenLines(_ records: [DrivenEntry]) -> [String] {
    let driven = records.compactMap { record in
      record.driven.flatMap { $0.role == .total ? (record, $0) : nil }
    }
    guard !driven.isEmpty else { return [] }
    return ["Forecast from their drivers' projected values (their lines scaled to add up):"]
      + driven.map { record, regression in
        "  \(record.node): \(record.model), estimated on \(regression.firstYear)–\(regression.lastYear)"
      }
  }

  /// The reconciled totals of expenditure and revenue by year.
  func totals() -> [String] {
    let rows = RunOutputs.parseCSV(forecasts)
    guard let header = rows.first, let column = header.firstIndex(of: "forecast") else { return [] }
    return ["total/D", "total/R"].map { node in
      let values = rows.filter { $0.first == node && $0.count > column }.map {
        "\($0[1]): \(Self.euros(Double($0[column]) ?? .nan))"
      }
      return "  \(node == "total/D" ? "expenditure" : "revenue    ")  "
        + values.joined(separator: "  ")
    }
  }

  static func euros(_ value: Double) -> String { String(format: "%.2f", value) }
}
