import Budget
import ForecastCore
import Reconciliation

/// Rolling-origin backtest of budget forecasts: for each origin year, fit on the
/// years up to it, forecast the following ones, and compare with what was executed,
/// level by level and for each reconciliation method (and the unreconciled base).
public struct BudgetBacktest: Sendable {
  /// Accuracy of one method at one level.
  public struct Row: Sendable, Hashable {
    /// The level scored.
    public var level: BudgetHierarchy.Level
    /// `base` for unreconciled forecasts, else a reconciliation method's name.
    public var method: String
    /// Mean absolute percentage error over node-years with a non-zero actual.
    public var mape: Double
    /// Mean absolute scaled error (scale: the node's mean absolute yearly change
    /// over its training years; nodes with a zero scale are left out).
    public var mase: Double
    /// Node-years scored.
    public var count: Int
  }

  /// The forecaster refitted at each origin.
  public var forecaster: HierarchicalBudgetForecaster
  /// The reconciliation methods compared.
  public var methods: [ReconciliationMethod]
  /// Changes each origin's base forecasts before they are scored and reconciled (the
  /// driven lines' regressions on their drivers, known up to the origin), given the
  /// origin year.
  public var adjustingBases:
    (@Sendable (inout HierarchicalBudgetForecaster.BaseForecasts, Int) -> Void)?

  /// A backtest of every reconciliation method by default.
  public init(
    forecaster: HierarchicalBudgetForecaster,
    methods: [ReconciliationMethod] = ReconciliationMethod.allCases,
    adjustingBases: (@Sendable (inout HierarchicalBudgetForecaster.BaseForecasts, Int) -> Void)? =
      nil
  ) {
    self.forecaster = forecaster
    self.methods = methods
    self.adjustingBases = adjustingBases
  }

  /// Runs origins `origin`, `origin + 1`, … up to the year before the last.
  public func run(_ dataset: BudgetDataset, origin: Int, horizon: Int, includingOrder: Bool = false)
    -> [Row]
  {
    let full = BudgetHierarchy(dataset, includingOrder: includingOrder)
    let fullIndex = Dictionary(uniqueKeysWithValues: full.nodes.enumerated().map { ($1, $0) })
    guard let lastYear = full.years.last else { return [] }
    var errors: [String: [BudgetHierarchy.Level: (ape: [Double], ase: [Double])]] = [:]
    for start in origin..<lastYear {
      let training = BudgetDataset(lines: dataset.lines.filter { $0.year <= start })
      let hierarchy = BudgetHierarchy(training, includingOrder: includingOrder)
      let steps = Swift.min(horizon, lastYear - start)
      guard hierarchy.years.count >= 2, steps >= 1 else { continue }
      var bases = forecaster.baseForecasts(hierarchy, horizon: steps)
      adjustingBases?(&bases, start)
      var candidates: [(String, [Forecast])] = [("base", bases.forecasts)]
      for method in methods {
        candidates.append(
          (method.rawValue, forecaster.reconcile(bases, with: method).nodes.map(\.reconciled)))
      }
      for (name, forecasts) in candidates {
        for (index, node) in hierarchy.nodes.enumerated() {
          let actuals = (1...steps).map { h -> Double in
            guard let row = fullIndex[node], let y = full.years.firstIndex(of: start + h) else {
              return 0
            }
            return Double(full.amounts[row][y]) / 100
          }
          let history = hierarchy.amounts[index].map { Double($0) / 100 }
          let scale = ForecastAccuracy.scale(history: history, period: 1)
          for h in 0..<steps {
            let error = abs(actuals[h] - forecasts[index].mean[h])
            if actuals[h] != 0 {
              errors[name, default: [:]][node.level, default: ([], [])].ape.append(
                100 * error / abs(actuals[h]))
            }
            if scale > 0 {
              errors[name, default: [:]][node.level, default: ([], [])].ase.append(error / scale)
            }
          }
        }
      }
    }
    var rows: [Row] = []
    for name in ["base"] + methods.map(\.rawValue) {
      for level in BudgetHierarchy.Level.allCases {
        guard let values = errors[name]?[level] else { continue }
        let mean = { (v: [Double]) in v.isEmpty ? Double.nan : v.reduce(0, +) / Double(v.count) }
        rows.append(
          Row(
            level: level, method: name, mape: mean(values.ape), mase: mean(values.ase),
            count: values.ape.count))
      }
    }
    return rows
  }
}
