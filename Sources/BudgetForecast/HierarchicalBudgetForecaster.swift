import Budget
import ForecastCore
import Forecasting
import Reconciliation

/// Forecasts every line and every aggregate of a budget hierarchy and reconciles them.
///
/// Each node's yearly series (real operations unless asked otherwise) gets its own
/// base forecast from the chosen method; the base forecasts of each horizon are then
/// reconciled with the chosen method. Non-negative lines stay non-negative
/// ("set to zero and reconcile"): negative base forecasts of series that were never
/// negative are set to zero before reconciliation, and a bottom line still negative
/// afterwards is set to zero and the aggregates re-summed (bottom-up), which keeps the
/// result coherent. Interval bounds are the base intervals moved by the
/// reconciliation's shift of the mean (widths kept): an approximation, said so in reports.
public struct HierarchicalBudgetForecaster: Sendable {
  /// The method of every base forecast (the ensemble by default).
  public var model: ForecastMethod
  /// The reconciliation (MinT-shrink by default).
  public var reconciliation: ReconciliationMethod
  /// Interval levels in percent.
  public var levels: [Double]
  /// Worker threads (results do not depend on them).
  public var jobs: Int
  /// Base seed of simulated intervals.
  public var seed: UInt64

  /// A forecaster; the defaults are the CLI's.
  public init(
    model: ForecastMethod = .ensemble, reconciliation: ReconciliationMethod = .minTraceShrink,
    levels: [Double] = [80, 95], jobs: Int = 1, seed: UInt64 = 20_241_130
  ) {
    self.model = model
    self.reconciliation = reconciliation
    self.levels = levels
    self.jobs = jobs
    self.seed = seed
  }

  /// One node's forecast.
  public struct NodeForecast: Sendable {
    /// The node.
    public var node: BudgetHierarchy.Node
    /// The model's own forecast (euros), horizons 1…H.
    public var base: Forecast
    /// The reconciled forecast.
    public var reconciled: Forecast
    /// How the base forecast was made.
    public var model: String
    /// Methods that failed before the one used, with why.
    public var fallbacks: [String]
    /// Rules applied by design (a closed line, ARIMA left out of a short series).
    public var remarks: [ForecastRemark]
  }

  /// The forecast of a whole hierarchy.
  public struct Result: Sendable {
    /// The years forecast.
    public var years: [Int]
    /// Every node, in the hierarchy's order.
    public var nodes: [NodeForecast]
    /// The reconciliation actually used (bottom-up when the residuals are too few;
    /// a year whose system is ill-conditioned falls back alone, named in `notes`).
    public var reconciliation: ReconciliationMethod
    /// What the reconciliation noted (fallbacks by year), in English.
    public var notes: [String]
  }

  /// The base forecasts of every node, before reconciliation.
  public struct BaseForecasts: Sendable {
    /// The hierarchy forecast.
    public var hierarchy: BudgetHierarchy
    /// Years forecast.
    public var horizon: Int
    /// Base forecasts, negative means of never-negative series set to zero.
    public var forecasts: [Forecast]
    /// How each base forecast was made.
    public var models: [String]
    /// Each node's failed methods, with why.
    public var fallbacks: [[String]]
    /// One-step in-sample errors, `residuals[year][node]`.
    public var residuals: [[Double]]
    /// Whether each node's history is never negative.
    public var nonNegative: [Bool]
    /// Whether each node is closed (``closedAfter`` final zero years): forecast at zero.
    public var closed: [Bool] = []
    /// Each node's full outcome (parameters, criteria, fitted values), nil when no
    /// method produced a forecast.
    public var outcomes: [SeriesOutcome?]
  }

  /// Forecasts `hierarchy` `horizon` years ahead and reconciles.
  public func forecast(_ hierarchy: BudgetHierarchy, horizon: Int) -> Result {
    reconcile(baseForecasts(hierarchy, horizon: horizon), with: reconciliation)
  }

  /// Reconciles base forecasts with `requested`, nothing held fixed.
  public func reconcile(_ bases: BaseForecasts, with requested: ReconciliationMethod) -> Result {
    do {
      return try reconcile(bases, with: requested, holding: [:])
    } catch {
      // Only held values can make reconciliation fail once WLS is the fallback.
      return reconcile(bases, with: .bottomUp)
    }
  }

  /// The base forecast of every node of `hierarchy`.
  public func baseForecasts(_ hierarchy: BudgetHierarchy, horizon: Int) -> BaseForecasts {
    let tasks = hierarchy.nodes.indices.map { index in
      PanelRunner.Task(
        id: NodeLabel.identifier(hierarchy.nodes[index]),
        series: TimeSeries(values: hierarchy.amounts[index].map { Double($0) / 100 }, period: 1),
        horizon: horizon)
    }
    // Closed series (``closedAfter`` final zero years) are not given to the models.
    let closedFrom = hierarchy.amounts.map(Self.closedSince)
    let open = tasks.indices.filter { closedFrom[$0] == nil }
    let runner = PanelRunner(forecaster: SeriesForecaster(levels: levels, seed: seed), jobs: jobs)
    let computed = runner.run(open.map { tasks[$0] }, method: model)
    var outcomes = [SeriesOutcome?](repeating: nil, count: tasks.count)
    for (position, index) in open.enumerated() { outcomes[index] = computed[position] }
    for (index, first) in closedFrom.enumerated() {
      guard let first, let lastYear = hierarchy.years.last else { continue }
      outcomes[index] = closedOutcome(
        tasks[index], since: hierarchy.years[first], lastYear: lastYear)
    }
    let nonNegative = hierarchy.amounts.map { $0.allSatisfy { $0 >= 0 } }
    var forecasts = outcomes.map {
      $0?.forecast ?? Forecast(mean: [Double](repeating: 0, count: horizon), intervals: [])
    }
    for index in forecasts.indices where nonNegative[index] {
      forecasts[index].mean = forecasts[index].mean.map { Swift.max($0, 0) }
    }
    return BaseForecasts(
      hierarchy: hierarchy, horizon: horizon, forecasts: forecasts,
      models: outcomes.map { $0?.model ?? "none" },
      fallbacks: outcomes.map { $0?.fallbacks ?? ["no forecast"] },
      residuals: Self.residuals(tasks: tasks, outcomes: outcomes), nonNegative: nonNegative,
      closed: closedFrom.map { $0 != nil }, outcomes: outcomes)
  }

  /// Reconciles base forecasts with `requested` (falling back, with a note, when
  /// residual-based methods cannot run: see ``fallingBack(after:from:base:structure:bases:holding:notes:horizon:)``).
  ///
  /// - Parameters:
  ///   - held: values to hold fixed (human overrides), `held[h][node]` for horizon
  ///     index h.
  ///   - adjustment: whether the reconciliation moves the other nodes around the held
  ///     values (``HeldAdjustment/reconcile``) or the held values are spread over the
  ///     reconciled forecast, under and above them only (``HeldAdjustment/local``).
  /// - Throws: ``ReconciliationError/inconsistentHeldValues(_:)`` when held values
  ///   contradict each other.
  public func reconcile(
    _ bases: BaseForecasts, with requested: ReconciliationMethod,
    holding held: [Int: [Int: Double]],
    adjustment: HeldAdjustment = .reconcile
  ) throws(ReconciliationError) -> Result {
    let hierarchy = bases.hierarchy
    let horizon = bases.horizon
    let structure = HierarchyStructure(
      bottomCount: hierarchy.nodes.count - hierarchy.aggregateCount,
      aggregates: Array(hierarchy.bottomIndices().prefix(hierarchy.aggregateCount)),
      parents: hierarchy.parents)
    var notes: [String] = []
    var method = requested
    if method.needsResiduals && bases.residuals.count < 2 {
      notes.append("\(method.rawValue) needs at least 3 years of history; bu used instead")
      method = .bottomUp
    }
    var reconciledMeans = [[Double]](
      repeating: [Double](repeating: 0, count: horizon), count: bases.forecasts.count)
    let baseByYear = (0..<horizon).map { h in bases.forecasts.map { $0.mean[h] } }
    // A local adjustment reconciles with nothing held and spreads the held values
    // afterwards.
    let local = adjustment == .local
    // Without held values every year shares one factorisation; on failure each year
    // is reconciled alone below, which names the problem and falls back.
    let together =
      local || held.values.allSatisfy(\.isEmpty)
      ? try? Reconciler.reconcile(
        baseByYear, structure: structure, method: method, residuals: bases.residuals) : nil
    for h in 0..<horizon {
      let base = baseByYear[h]
      let fixed = local ? [:] : held[h] ?? [:]
      var values: [Double]
      do {
        if let together {
          values = together[h]
        } else {
          values = try Reconciler.reconcile(
            base, structure: structure, method: method, residuals: bases.residuals,
            holding: fixed)
        }
      } catch {
        if case .inconsistentHeldValues = error { throw error }
        values = try Self.fallingBack(
          after: error, from: method, base: base, structure: structure, bases: bases,
          holding: fixed, notes: &notes, horizon: h)
      }
      if fixed.isEmpty {
        values = Self.clampingBottom(values, structure: structure, nonNegative: bases.nonNegative)
      } else {
        values = Self.holdingNegativesAtZero(
          values, base: base, held: fixed, structure: structure, method: method, bases: bases,
          notes: &notes, horizon: h)
      }
      values = Self.zeroingClosed(values, structure: structure, closed: bases.closed, held: fixed)
      if local, let spread = held[h], !spread.isEmpty {
        values = try Self.spreading(
          spread, over: values, structure: structure, bases: bases, notes: &notes, horizon: h)
      }
      for index in values.indices { reconciledMeans[index][h] = values[index] }
    }
    let nodes = hierarchy.nodes.indices.map { index -> NodeForecast in
      let base = bases.forecasts[index]
      let shift = zip(reconciledMeans[index], base.mean).map { $0 - $1 }
      let moved = { (values: [Double]) in zip(values, shift).map { $0 + $1 } }
      // Bounds move with the mean; the mean itself is the reconciliation's, exactly.
      var reconciled = base.mapValues(moved)
      reconciled.mean = reconciledMeans[index]
      return NodeForecast(
        node: hierarchy.nodes[index], base: base, reconciled: reconciled,
        model: bases.models[index],
        fallbacks: bases.fallbacks[index], remarks: bases.outcomes[index]?.remarks ?? [])
    }
    let lastYear = hierarchy.years.last ?? 0
    return Result(
      years: (1...horizon).map { lastYear + $0 }, nodes: nodes, reconciliation: method, notes: notes
    )
  }

  /// One-step in-sample errors of every node, by year (the first year dropped, as no
  /// model forecasts it from data); a node whose model has no fitted values uses the
  /// naive errors y_t − y_{t−1}.
  static func residuals(tasks: [PanelRunner.Task], outcomes: [SeriesOutcome?]) -> [[Double]] {
    guard let length = tasks.first?.series.count, length >= 3 else { return [] }
    return (1..<length).map { t in
      tasks.indices.map { index in
        let y = tasks[index].series.values
        if let fitted = outcomes[index]?.fitted, fitted.count == length { return y[t] - fitted[t] }
        return y[t] - y[t - 1]
      }
    }
  }

  /// Sets negative bottom values of non-negative lines to zero and re-sums the
  /// aggregates when that happened.
  static func clampingBottom(_ values: [Double], structure: HierarchyStructure, nonNegative: [Bool])
    -> [Double]
  {
    zeroingBottom(values, structure: structure) { node, value in nonNegative[node] && value < 0 }
  }
}
