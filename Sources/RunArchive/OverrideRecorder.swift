import Budget
import BudgetForecast
import DelimitedText
import Foundation

/// Records human overrides as derived runs.
///
/// An override run copies its parent's inputs and parameters, adds the human value
/// beside the model's, and recomputes the forecast with every override of the chain
/// held (as ``RunParameters/overrideAdjustment`` says); the parent is never modified.
public struct OverrideRecorder: Sendable {
  /// The archive read and written.
  public var archive: Archive
  /// This engine, recorded in the derived run.
  public var engine: EngineDescription
  /// Worker threads (results do not depend on them).
  public var jobs: Int

  /// A recorder of overrides.
  public init(archive: Archive, engine: EngineDescription, jobs: Int) {
    self.archive = archive
    self.engine = engine
    self.jobs = jobs
  }

  /// How the human value is given.
  public enum Amount: Sendable, Hashable {
    /// Euros.
    case value(Double)
    /// Percent change from the model's value.
    case percent(Double)
  }

  /// Overrides `node` in `year` of run `parent` and archives the derived run;
  /// `adjustment`, when given, replaces the parent's ``RunParameters/overrideAdjustment``
  /// for the derived run (all its overrides).
  public func override(
    _ parent: String, node: String, year: Int, amount: Amount, actor: String, reason: String,
    adjustment: HeldAdjustment? = nil
  ) throws -> RunRecorder.Recorded {
    let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !reason.isEmpty else {
      throw ArchiveError.invalidRequest("--reason must say why the value is changed")
    }
    var manifest = try archive.manifest(parent)
    if let adjustment { manifest.parameters.overrideAdjustment = adjustment }
    let modelValue =
      try anticipatedValue(of: node, year: year, in: manifest)
      ?? Self.value(of: node, year: year, in: try archive.object(manifest.outputs.forecasts))
    let (value, given): (Double, String)
    switch amount {
    case .value(let euros): (value, given) = (euros, "value \(euros)")
    case .percent(let percent):
      (value, given) = (modelValue * (1 + percent / 100), "percent \(percent)")
    }
    guard value.isFinite else {
      throw ArchiveError.invalidRequest("the override value is not finite")
    }
    // The bound of every amount read (Cents.largestEuros): beyond it a value is a slip,
    // and the reconciliation around it would lose the other lines' cents.
    guard value.magnitude <= Cents.largestEuros else {
      throw ArchiveError.invalidRequest(
        "the override value \(value) € is beyond ±10^13 €, the largest amount budgetcast reads;"
          + " give the amount in euros, such as 2500000 for 2.5 M€")
    }
    let override = RunManifest.Override(
      node: node, year: year, modelValue: modelValue, value: value, given: given, actor: actor,
      reason: reason, date: JournalEntry.now())
    let overrides = manifest.overrides.filter { $0.node != node || $0.year != year } + [override]
    let again = try Recomputation(manifest, from: archive, overrides: overrides, jobs: jobs)
    return try RunRecorder(archive: archive, engine: engine).store(
      kind: .override, parent: parent, inputs: again.inputs, dataset: again.dataset,
      parameters: manifest.parameters, outputs: again.outputs, overrides: overrides, actor: actor,
      details: ["parent": parent, "node": node, "year": String(year), "reason": reason])
  }

  /// The value of `node` in a landed run's anticipated year (``ProvisionalYear``), from
  /// its completed lines; nil when `year` is not that year.
  func anticipatedValue(of node: String, year: Int, in manifest: RunManifest) throws -> Double? {
    guard let hash = manifest.outputs.provisional else { return nil }
    let provisional = try LongBudgetFormat.read(
      try DelimitedTable(bytes: Array(try archive.object(hash)), file: "provisional.csv"))
    guard provisional.years == [year] else { return nil }
    let amounts = BudgetHierarchy(provisional, includingOrder: manifest.parameters.includeOrder)
      .eurosByNode
    guard let value = amounts[node]?[year] else {
      throw ArchiveError.invalidRequest(
        "no series '\(node)' in the anticipated year \(year) of this run")
    }
    return value
  }

  /// The reconciled value of `node` in `year` in a forecasts file.
  static func value(of node: String, year: Int, in forecasts: Data) throws(ArchiveError) -> Double {
    let rows = RunOutputs.parseCSV(forecasts)
    guard let header = rows.first, let column = header.firstIndex(of: "forecast") else {
      throw .corrupt("forecasts.csv", "no 'forecast' column")
    }
    let matching = rows.dropFirst().filter { $0.first == node }
    guard !matching.isEmpty else {
      let known = Set(rows.dropFirst().compactMap(\.first))
      let close = known.filter {
        $0.hasPrefix(node.split(separator: "/").prefix(3).joined(separator: "/"))
      }
      .sorted().prefix(5)
      throw .invalidRequest(
        "no series '\(node)' in this run; series look like 'line/F/D/017/65171/567', "
          + "'chapter/F/D/017', 'section/F/D', 'total/D'"
          + (close.isEmpty ? "" : " (close: \(close.joined(separator: ", ")))"))
    }
    guard let row = matching.first(where: { $0.count > 1 && $0[1] == String(year) }),
      row.count > column, let value = Double(row[column])
    else {
      let years = matching.compactMap { $0.count > 1 ? $0[1] : nil }.joined(separator: ", ")
      throw .invalidRequest("\(year) is not a forecast year of this run (years: \(years))")
    }
    return value
  }
}
