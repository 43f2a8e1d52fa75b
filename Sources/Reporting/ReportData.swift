import Budget
import BudgetForecast
import DelimitedText
import Foundation
import RunArchive
import Scenarios

/// Everything a report shows, read from an archived run and nothing else.
///
/// History comes from the run's normalised snapshot, forecasts, models and overrides
/// from its archived outputs, the account of who did what from the journal: a report
/// never recomputes a forecast.
public struct ReportData: Sendable {
  /// One forecast cell of a node.
  public struct Cell: Sendable, Hashable {
    /// The reconciled forecast (euros), a human value where overridden.
    public var mean: Double
    /// The model's own forecast, before reconciliation.
    public var base: Double
    /// Bounds by level (80, 95): (lower, upper).
    public var bounds: [Double: (Double, Double)]
    /// Whether a human override set it.
    public var overridden: Bool

    public static func == (a: Cell, b: Cell) -> Bool {
      a.mean == b.mean && a.base == b.base && a.overridden == b.overridden
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(mean) }
  }

  /// The run ID.
  public var runID: String
  /// The run's manifest.
  public var manifest: RunManifest
  /// Journal entries about this run and its ancestors, oldest first.
  public var journal: [JournalEntry]
  /// The executed years.
  public var historyYears: [Int]
  /// The forecast years.
  public var forecastYears: [Int]
  /// Executed amounts (euros) by node ID and year.
  public var history: [String: [Int: Double]]
  /// Forecasts by node ID and year.
  public var forecasts: [String: [Int: Cell]]
  /// Model records by node ID.
  public var models: [String: NodeModelRecord]
  /// Latest label of each line node.
  public var labels: [String: String]
  /// The entities in the data.
  public var entities: [String]
  /// The scenario of a scenario run.
  public var scenario: Scenario?
  /// One-step in-sample residuals of the base models, by node ID (one per year after
  /// the first executed year; NaN where a model gave none).
  public var residuals: [String: [Double]] = [:]
  /// Scenario runs: each cause's effect (euros) by node ID, year and cause.
  public var effects: [String: [Int: [String: Double]]] = [:]
  /// The driver models' elasticities (empty for runs archived before they existed).
  public var elasticities: [Elasticity] = []
  /// The lines joined across the M52 → M57 switch (nil when the run does not bridge).
  public var bridge: NomenclatureBridge? = nil
  /// The kind of collectivité the run was made for (département for runs archived
  /// before the choice existed).
  public var entityKind: EntityKind { manifest.parameters.collectivityKind }
  /// The outstanding debt at 31 December of executed years, in euros, when the
  /// accounts hold it (DGFiP balances: the closing balances of chapter 16, ``BudgetDataset/outstandingDebt``).
  public var executedDebt: [Int: Double] = [:]
  /// The functional plan of each executed year (``BudgetDataset/functionalPlans``).
  public var functionalPlans: [Int: FunctionalPlan] = [:]
  /// The driver history the run was given (`--driver-history`), nil without one.
  public var driverHistory: DriverHistory? = nil
  /// Runs that land the current year: that year, completed from its monthly execution
  /// (its lines are in the history), and each landed series (`landings.json`).
  public var provisionalYear: Int? = nil
  /// Each landed series (see ``provisionalYear``).
  public var landings: [LandingRecord] = []
  /// Scenario runs with driver paths in levels or growth: each driver's reference,
  /// assumed level and change by forecast year (`driver-paths.csv`); the scenario above
  /// carries their changes.
  public var driverPaths: [DriverPathResolver.Row] = []
  /// The run's forecasts against executed accounts, each time `evaluate` recorded one
  /// (its journal entry, and the comparison with the actuals it archived).
  public var evaluations: [(entry: JournalEntry, evaluation: ForecastEvaluation)] = []
  /// The savings cascade as ``load(_:from:withEvaluations:)`` simulated it to evaluate
  /// the run (nil when it had no evaluation to make).
  var loadedRatioSummary: RatioSummary?

  /// The savings cascade with its simulated bands and thresholds: the one simulated at
  /// load time when there was one, else simulated now (same seed, same figures).
  public func ratioSummary() -> RatioSummary { loadedRatioSummary ?? RatioSummary(self) }

  /// Reads run `id` from `archive`, with its recorded evaluations unless
  /// `withEvaluations` is false.
  public static func load(_ id: String, from archive: Archive, withEvaluations: Bool = true)
    throws -> ReportData
  {
    let manifest = try archive.manifest(id)
    let snapshot = try snapshot(of: manifest, in: archive)
    var (dataset, bridge) = manifest.parameters.forecastDataset(snapshot)
    // A landed run's completed year joins the history, as it did in the run.
    let provisional = try manifest.outputs.provisional.map {
      try LongBudgetFormat.read(
        try DelimitedTable(bytes: Array(try archive.object($0)), file: "provisional.csv"))
    }
    dataset.lines += provisional?.lines ?? []
    let hierarchy = BudgetHierarchy(dataset, includingOrder: manifest.parameters.includeOrder)
    let history = hierarchy.eurosByNode
    var labels: [String: String] = [:]
    for line in dataset.lines.sorted(by: { $0.year < $1.year }) {
      labels[NodeLabel.identifier(of: line)] = line.label
    }
    let models = try JSONDecoder().decode(
      [NodeModelRecord].self, from: try archive.object(manifest.outputs.models))
    let lineage = try Self.lineage(of: id, in: archive)
    var data = ReportData(
      runID: id, manifest: manifest,
      journal: try archive.journalEntries().filter { $0.run.map(lineage.contains) ?? false },
      historyYears: hierarchy.years, forecastYears: manifest.summary.forecastYears,
      history: history,
      forecasts: Self.cells(
        try archive.object(manifest.outputs.forecasts), levels: manifest.parameters.levels),
      models: Dictionary(models.map { ($0.node, $0) }, uniquingKeysWith: { first, _ in first }),
      labels: labels, entities: manifest.snapshot.entities,
      scenario: try archive.scenario(of: manifest),
      residuals: Self.residuals(try archive.object(manifest.outputs.residuals)),
      effects: try manifest.outputs.effects.map { Self.effects(try archive.object($0)) } ?? [:],
      elasticities: try manifest.outputs.elasticities.map {
        try JSONDecoder().decode([Elasticity].self, from: try archive.object($0))
      } ?? [], bridge: bridge, driverHistory: try Self.driverHistory(of: manifest, in: archive))
    data.provisionalYear = provisional?.years.last
    data.executedDebt = dataset.outstandingDebt
    data.functionalPlans = dataset.functionalPlans
    data.landings =
      try manifest.outputs.landings.map {
        try JSONDecoder().decode([LandingRecord].self, from: try archive.object($0))
      } ?? []
    // Paths stated in levels or growth, as the changes the run applied to them.
    data.driverPaths = try archive.driverPaths(of: manifest)
    for row in data.driverPaths {
      data.scenario?.drivers[row.driver, default: [:]][row.year] = row.change
    }
    data.scenario?.assumedPaths = [:]
    guard withEvaluations else { return data }
    let evaluated = data.journal.filter { $0.event == .runEvaluated && $0.run == id }
    guard !evaluated.isEmpty else { return data }
    let summary = RatioSummary(data)
    data.loadedRatioSummary = summary
    let forecastRatios = summary.ratios
    for entry in evaluated {
      guard let hash = entry.details["actuals"] else { continue }
      let actuals = try LongBudgetFormat.read(
        try DelimitedTable(
          bytes: Array(try archive.object(hash)), file: "actuals \(hash.prefix(12))"))
      data.evaluations.append(
        (
          entry,
          try ForecastEvaluation(
            data, snapshot: snapshot, actuals: actuals, forecastRatios: forecastRatios)
        ))
    }
    return data
  }

  /// `2026 (prév.)` for a forecast year, `2025 (anticipé)` for a landed one, else
  /// `2024`; without parentheses when `parenthesised` is false (spreadsheet headers).
  func yearLabel(_ year: Int, _ l: ReportLanguage, parenthesised: Bool = true) -> String {
    let mark =
      forecastYears.contains(year)
      ? l.pick("prév.", "fcst") : year == provisionalYear ? l.pick("anticipé", "est.") : nil
    guard let mark else { return "\(year)" }
    return parenthesised ? "\(year) (\(mark))" : "\(year) \(mark)"
  }

  /// The archived input snapshot of a run: its normalised dataset, before any bridge.
  static func snapshot(of manifest: RunManifest, in archive: Archive) throws -> BudgetDataset {
    let bytes = try archive.object(manifest.snapshot.sha256)
    return try LongBudgetFormat.read(
      try DelimitedTable(
        bytes: Array(bytes), file: "snapshot \(manifest.snapshot.sha256.prefix(12))"))
  }

  /// The archived driver history of a run, parsed as `--driver-history` read it.
  static func driverHistory(of manifest: RunManifest, in archive: Archive) throws -> DriverHistory?
  {
    guard let input = manifest.inputs.first(where: { $0.role == "driver-history" }) else {
      return nil
    }
    let bytes = Array(try archive.object(input.sha256))
    return try DriverHistory(table: try DelimitedTable(bytes: bytes, file: input.name))
  }

  /// Parses `effects.csv` (`node,year,cause,amount`).
  static func effects(_ data: Data) -> [String: [Int: [String: Double]]] {
    var effects: [String: [Int: [String: Double]]] = [:]
    for row in RunOutputs.parseCSV(data).dropFirst() where row.count == 4 {
      guard let year = Int(row[1]), let amount = Double(row[3]) else { continue }
      effects[row[0], default: [:]][year, default: [:]][row[2]] = amount
    }
    return effects
  }

  /// Parses `residuals.csv` (`node` then one column per year; empty cells are NaN).
  static func residuals(_ data: Data) -> [String: [Double]] {
    var residuals: [String: [Double]] = [:]
    for row in RunOutputs.parseCSV(data).dropFirst() where !row.isEmpty {
      residuals[row[0]] = row.dropFirst().map { Double($0) ?? .nan }
    }
    return residuals
  }

  /// The run and its ancestors.
  static func lineage(of id: String, in archive: Archive) throws -> Set<String> {
    var ids: Set<String> = [id]
    var current = try archive.manifest(id).parent
    while let parent = current, ids.insert(parent).inserted {
      current = try archive.manifest(parent).parent
    }
    return ids
  }

  /// Parses `forecasts.csv`.
  static func cells(_ data: Data, levels: [Double]) -> [String: [Int: Cell]] {
    let rows = RunOutputs.parseCSV(data)
    guard let header = rows.first else { return [:] }
    let column = { (name: String) in header.firstIndex(of: name) }
    var cells: [String: [Int: Cell]] = [:]
    for row in rows.dropFirst() where row.count == header.count {
      guard let year = Int(row[1]), let meanColumn = column("forecast"),
        let baseColumn = column("base")
      else { continue }
      let value = { (index: Int?) in index.flatMap { Double(row[$0]) } ?? .nan }
      var bounds: [Double: (Double, Double)] = [:]
      for level in levels {
        bounds[level] = (value(column("lo\(Int(level))")), value(column("hi\(Int(level))")))
      }
      cells[row[0], default: [:]][year] = Cell(
        mean: value(meanColumn), base: value(baseColumn), bounds: bounds,
        overridden: row.last == "yes")
    }
    return cells
  }

  /// The plan line `node`'s function code is read in: the plan of the last year it was
  /// executed in (``FunctionalPlan``).
  func functionalPlan(of node: String) -> FunctionalPlan? {
    let executed = history[node]?.filter { $0.value != 0 }.keys.max()
    return FunctionalPlan.of(lastYear: executed, in: functionalPlans)
  }

  /// The driven line of line `node`, if any (``DrivenLine/classify(node:plan:)``).
  func drivenLine(of node: String) -> DrivenLine? {
    DrivenLine.classify(node: node, plan: functionalPlan(of: node))
  }

  /// History and forecast of the sum of the line nodes that satisfy `include`.
  func lineSum(_ include: (String) -> Bool) -> (history: [Int: Double], forecast: [Int: Double]) {
    var past: [Int: Double] = [:]
    var future: [Int: Double] = [:]
    // Summed in node order (dictionary order varies between processes) so that the same
    // run always renders the same figures.
    for node in history.keys.sorted() where node.hasPrefix("line/") && include(node) {
      for (year, value) in history[node] ?? [:] { past[year, default: 0] += value }
    }
    for node in forecasts.keys.sorted() where node.hasPrefix("line/") && include(node) {
      for (year, cell) in forecasts[node] ?? [:] { future[year, default: 0] += cell.mean }
    }
    return (past, future)
  }
}
