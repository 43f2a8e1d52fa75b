import Budget
import BudgetForecast
import ForecastCore
import Forecasting
import Foundation
import LinearAlgebra
import Reconciliation
import Scenarios

/// The computation of a run from its dataset and parameters: base forecasts of every
/// node, reconciliation (with human overrides held fixed), and each node's backtest.
///
/// It is a pure function of its inputs: the worker count changes how fast, never what.
public struct RunComputation: Sendable {
  /// Every option of the run.
  public var parameters: RunParameters
  /// Worker threads (results do not depend on them).
  public var jobs: Int

  /// A computation with these parameters.
  public init(parameters: RunParameters, jobs: Int) {
    self.parameters = parameters
    self.jobs = jobs
  }

  /// The kind of collectivité the run is for (recorded by ``RunRecorder``).
  var entityKind: EntityKind { parameters.collectivityKind }

  /// The forecaster the parameters describe.
  func forecaster() throws(ArchiveError) -> HierarchicalBudgetForecaster {
    guard let model = ForecastMethod(rawValue: parameters.model) else {
      throw .invalidRequest("unknown model '\(parameters.model)'")
    }
    guard let method = ReconciliationMethod(rawValue: parameters.reconciliation) else {
      throw .invalidRequest("unknown reconciliation '\(parameters.reconciliation)'")
    }
    return HierarchicalBudgetForecaster(
      model: model, reconciliation: method, levels: parameters.levels, jobs: jobs,
      seed: parameters.seed)
  }

  /// Computes the outputs; `overrides` are held as the parameters say
  /// (``RunParameters/overrideAdjustment``), the driver models' elasticities are
  /// estimated on `driverHistory` when given, and the current year is landed from
  /// `execution` and completed when the parameters give the month
  /// (``RunParameters/landingThrough``): the forecast then starts the year after.
  public func compute(
    _ dataset: BudgetDataset, overrides: [RunManifest.Override] = [], scenario: Scenario? = nil,
    driverHistory: DriverHistory? = nil, execution: MonthlyExecution? = nil
  ) throws(ArchiveError) -> RunOutputs {
    // One BLAS thread per call, whoever calls (the CLI does it at start-up already).
    OpenBLASRuntime.configure()
    let (executed, bridge) = parameters.forecastDataset(dataset)
    let forecaster = try forecaster()
    // Backtests compare with executed accounts only, never with the completed year; they
    // need nothing from the run's own pass (nor from the landing), so they run beside it.
    let backtests = ConcurrentValue { [self] in
      backtest(
        executed, full: BudgetHierarchy(executed, includingOrder: parameters.includeOrder),
        forecaster: forecaster, driverHistory: driverHistory, scenario: scenario)
    }
    var completion: Completion?
    // Overrides of a landed run's anticipated year are held in its completion.
    let anticipated = parameters.landingMonth.map { $0 / 12 }
    let anticipatedOverrides = overrides.filter { $0.year == anticipated }
    let overrides = overrides.filter { $0.year != anticipated }
    if parameters.landingThrough != nil {
      guard let execution else {
        throw .invalidRequest("the run lands the current year but has no monthly execution")
      }
      completion = try complete(
        executed, execution: execution, forecaster: forecaster, holding: anticipatedOverrides,
        driverHistory: driverHistory, scenario: scenario)
    }
    let dataset = completion?.dataset ?? executed
    let hierarchy = BudgetHierarchy(dataset, includingOrder: parameters.includeOrder)
    guard hierarchy.years.count >= 2, !hierarchy.nodes.isEmpty else {
      throw .invalidRequest("the data hold \(hierarchy.years.count) year(s); at least 2 are needed")
    }
    let elasticities = ElasticityEstimator(entityKind: entityKind).elasticities(
      dataset: dataset, history: driverHistory, overrides: scenario?.elasticities ?? [:],
      lags: scenario?.lags ?? [:])
    var bases = forecaster.baseForecasts(hierarchy, horizon: parameters.horizon)
    let anchoring = anchor(
      &bases, dataset: dataset, history: driverHistory, elasticities: elasticities,
      requested: forecaster.model)
    let held = try Self.heldValues(overrides, hierarchy: hierarchy, horizon: parameters.horizon)
    var result: HierarchicalBudgetForecaster.Result
    do {
      result = try forecaster.reconcile(
        bases, with: forecaster.reconciliation, holding: held,
        adjustment: parameters.overrideAdjustment)
    } catch {
      throw .invalidRequest("the overrides cannot all hold: \(error)")
    }
    var effects: Data?
    var driverPaths: Data?
    if let stated = scenario {
      let scenario: Scenario
      do {
        let resolved = try DriverPathResolver(history: driverHistory).resolve(
          stated, years: result.years)
        scenario = resolved.scenario
        if !resolved.rows.isEmpty { driverPaths = RunOutputs.driverPathsCSV(resolved.rows) }
      } catch {
        throw .invalidRequest("\(error)")
      }
      let applied = try ScenarioApplication(
        scenario: scenario, elasticities: Elasticity.usedValues(elasticities),
        lags: Elasticity.usedLags(elasticities), entityKind: entityKind,
        functionalPlan: dataset.lastFunctionalPlan
      ).apply(result, hierarchy: hierarchy)
      result = applied.0
      effects = ScenarioApplication.csv(applied.1)
    }
    let heldCells = Set(held.flatMap { h, nodes in nodes.keys.map { [$0, h] } })
    let backtestsByNode = backtests.wait()
    let records = hierarchy.nodes.indices.map { index in
      var record = Self.record(
        node: NodeLabel.identifier(hierarchy.nodes[index]), outcome: bases.outcomes[index],
        requested: parameters.model, fallbacks: bases.fallbacks[index],
        backtest: backtestsByNode[hierarchy.nodes[index]],
        driven: anchoring.anchors[index].map(NodeModelRecord.Driven.init))
      if let shift = anchoring.shifts[index] {
        // An aggregate above driven lines: its model's forecast moved by their change.
        for (h, value) in shift.enumerated() { record.statistics["driven.shift.h\(h + 1)"] = value }
        record.why += "; moved by the change of the driven lines under it (driven.shift)"
      }
      return record
    }
    // The largest encoding (models.json) beside the CSV files.
    let models = ConcurrentValue {
      Result { () throws(ArchiveError) in
        try CanonicalJSON.encode(records, pretty: true)
      }
    }
    let lastYear = hierarchy.years.last ?? 0
    let debtNote = scenario?.debt?.mismatchNote(
      executed: executed.outstandingDebt[lastYear], year: lastYear)
    let forecasts = RunOutputs.forecastsCSV(result, levels: parameters.levels, held: heldCells)
    let residuals = RunOutputs.residualsCSV(bases)
    return RunOutputs(
      forecasts: forecasts, residuals: residuals, models: try models.wait().get(),
      effects: effects,
      elasticities: try CanonicalJSON.encode(elasticities, pretty: true), driverPaths: driverPaths,
      landings: try completion.map { value throws(ArchiveError) in
        try CanonicalJSON.encode(value.records, pretty: true)
      },
      provisional: completion.map {
        Data(LongBudgetFormat.text(BudgetDataset(lines: $0.provisional.lines)).utf8)
      },
      summary: RunManifest.Summary(
        series: hierarchy.nodes.count, aggregates: hierarchy.aggregateCount,
        forecastYears: result.years, reconciliationUsed: result.reconciliation.rawValue,
        notes: result.notes + (bridge?.notes ?? []) + anchoring.notes
          + [debtNote].compactMap { $0 }
          + (completion?.provisional.notes.map { "provisional year: \($0)" } ?? [])))
  }

  /// Overrides as held values `[horizon index: [node index: euros]]`.
  static func heldValues(
    _ overrides: [RunManifest.Override], hierarchy: BudgetHierarchy, horizon: Int
  ) throws(ArchiveError) -> [Int: [Int: Double]] {
    let index = Dictionary(
      hierarchy.nodes.enumerated().map { (NodeLabel.identifier($1), $0) },
      uniquingKeysWith: { first, _ in first })
    let lastYear = hierarchy.years.last ?? 0
    var held: [Int: [Int: Double]] = [:]
    for override in overrides {
      guard let node = index[override.node] else {
        throw .invalidRequest("no series '\(override.node)' in this run")
      }
      let h = override.year - lastYear - 1
      guard (0..<horizon).contains(h) else {
        throw .invalidRequest(
          "\(override.year) is not a forecast year of this run (\(lastYear + 1)…\(lastYear + horizon))"
        )
      }
      held[h, default: [:]][node] = override.value
    }
    return held
  }

  /// Sets the driven lines' base forecasts from their drivers (``DrivenAnchoring``)
  /// when a driver history is given and order operations are left out (the driver
  /// models explain real operations).
  func anchor(
    _ bases: inout HierarchicalBudgetForecaster.BaseForecasts, dataset: BudgetDataset,
    history: DriverHistory?, elasticities: [Elasticity], requested: ForecastMethod
  ) -> DrivenAnchoring {
    guard let history else { return DrivenAnchoring() }
    guard !parameters.includeOrder else {
      var anchoring = DrivenAnchoring()
      anchoring.notes = [
        "driven lines stay univariate: their driver models explain real operations, and this run includes order operations"
      ]
      return anchoring
    }
    return DrivenAnchoring.anchor(
      &bases, dataset: dataset, history: history, elasticities: elasticities,
      levels: parameters.levels, requested: requested, entityKind: entityKind)
  }

  /// Each node's reconciled accuracy when the last `backtestHorizon` years are held out;
  /// driven lines are forecast from their drivers as in the run, the elasticities
  /// estimated again on the training years, conditional on the drivers' actual values
  /// for the years held out (``DrivenAnchoring/anchor(_:asOf:dataset:history:levels:requested:entityKind:overrides:lags:)``).
  func backtest(
    _ dataset: BudgetDataset, full: BudgetHierarchy, forecaster: HierarchicalBudgetForecaster,
    driverHistory: DriverHistory?, scenario: Scenario?
  )
    -> [BudgetHierarchy.Node: NodeModelRecord.Backtest]
  {
    let steps = parameters.backtestHorizon
    guard steps > 0, full.years.count >= steps + 3, let lastYear = full.years.last else {
      return [:]
    }
    let origin = lastYear - steps
    let training = BudgetHierarchy(
      BudgetDataset(lines: dataset.lines.filter { $0.year <= origin }),
      includingOrder: parameters.includeOrder)
    var bases = forecaster.baseForecasts(training, horizon: steps)
    if let driverHistory, !parameters.includeOrder {
      _ = DrivenAnchoring.anchor(
        &bases, asOf: origin, dataset: dataset, history: driverHistory,
        levels: parameters.levels, requested: forecaster.model, entityKind: entityKind,
        overrides: scenario?.elasticities ?? [:], lags: scenario?.lags ?? [:])
    }
    let result = forecaster.reconcile(bases, with: forecaster.reconciliation)
    let fullIndex = Dictionary(
      full.nodes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    var backtests: [BudgetHierarchy.Node: NodeModelRecord.Backtest] = [:]
    for (index, node) in training.nodes.enumerated() {
      guard let row = fullIndex[node] else { continue }
      let actual = (1...steps).map { h -> Double in
        guard let y = full.years.firstIndex(of: origin + h) else { return 0 }
        return Double(full.amounts[row][y]) / 100
      }
      let forecast = result.nodes[index].reconciled.mean
      let history = training.amounts[index].map { Double($0) / 100 }
      let scale = ForecastAccuracy.scale(history: history, period: 1)
      let errors = zip(actual, forecast).map { abs($0 - $1) }
      let percentages = zip(actual, errors).filter { $0.0 != 0 }.map { 100 * $1 / abs($0) }
      let mean = { (values: [Double]) -> Double? in
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
      }
      backtests[node] = NodeModelRecord.Backtest(
        origin: origin, horizon: steps, mape: mean(percentages).flatMap(Self.finite),
        mase: scale > 0 ? mean(errors.map { $0 / scale }).flatMap(Self.finite) : nil)
    }
    return backtests
  }

  static func record(
    node: String, outcome: SeriesOutcome?, requested: String, fallbacks: [String],
    backtest: NodeModelRecord.Backtest?, driven: NodeModelRecord.Driven? = nil
  ) -> NodeModelRecord {
    let finiteValues = { (values: [String: Double]) in values.filter { $0.value.isFinite } }
    let used = outcome?.used.rawValue ?? "none"
    return NodeModelRecord(
      node: node, model: outcome?.model ?? "none", requested: requested, used: used,
      why: driven?.role == .total
        ? "regression on its drivers (\(driven?.drivers.joined(separator: ", ") ?? "")), "
          + "estimated on \(driven?.firstYear ?? 0)–\(driven?.lastYear ?? 0)"
        : (fallbacks.isEmpty
          ? "\(requested) as requested"
          : "\(used) after: " + fallbacks.joined(separator: "; "))
          + (outcome?.remarks ?? []).map { "; \($0)" }.joined()
          + (driven.map { "; scaled so that the \($0.line) lines add up to their driven total" }
            ?? ""),
      parameters: finiteValues(outcome?.parameters ?? [:]),
      aicc: outcome?.aicc.flatMap(finite), statistics: finiteValues(outcome?.statistics ?? [:]),
      fallbacks: fallbacks, remarks: outcome.map { $0.remarks.isEmpty ? nil : $0.remarks } ?? nil,
      backtest: backtest, driven: driven)
  }

  static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
}
