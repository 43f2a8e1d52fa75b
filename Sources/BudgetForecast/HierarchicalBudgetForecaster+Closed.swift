import ForecastCore
import Forecasting
import Reconciliation

extension HierarchicalBudgetForecaster {
  /// Executed years at zero, last in the history, after which a series is closed.
  ///
  /// A line that was executed and then stayed at zero for two budget years has
  /// stopped: a tax transferred to the State (the property tax of départements from
  /// 2021), an allowance replaced, an account re-numbered. Left to the models, such a
  /// line is forecast from its past amounts: on the synthetic département 97 lines
  /// closed by 2022 were forecast at 27.6 M€ for 2023 (the property tax alone at
  /// 24.8 M€, two years after its abolition, 95 % interval −187 to +237 M€; measured
  /// with `evaluate` on a run of 2010–2022). One zero year is not enough (a subsidy paid
  /// late); a line that restarts is forecast by its models again.
  static let closedAfter = 2

  /// The index of the first of the final zeros of `amounts` when there are at least
  /// ``closedAfter`` of them after a non-zero amount; nil otherwise.
  static func closedSince(_ amounts: [Int64]) -> Int? {
    guard let lastExecuted = amounts.lastIndex(where: { $0 != 0 }),
      amounts.count - 1 - lastExecuted >= closedAfter
    else { return nil }
    return lastExecuted + 1
  }

  /// The outcome of a closed series: zero in every forecast year with intervals of
  /// zero width, and fitted values equal to the history so that its one-step errors
  /// are zero and reconciliation leaves it at zero (its weight is the ridge alone).
  func closedOutcome(_ task: PanelRunner.Task, since firstZeroYear: Int, lastYear: Int)
    -> SeriesOutcome
  {
    let zeros = [Double](repeating: 0, count: task.horizon)
    return SeriesOutcome(
      id: task.id,
      forecast: Forecast(
        mean: zeros, intervals: levels.map { .init(level: $0, lower: zeros, upper: zeros) }),
      requested: model, used: .naive, model: "zero (closed line)",
      fallbacks: [], fitted: task.series.values,
      remarks: [.closedLine(firstZeroYear: firstZeroYear, lastYear: lastYear)])
  }

  /// Sets closed lines (not held by an override) to exactly zero after reconciliation
  /// and re-sums the aggregates when one moved: their ridge weight lets the projection
  /// move them by a few 10⁻¹⁸ €, which an interval of zero width would not cover.
  static func zeroingClosed(
    _ values: [Double], structure: HierarchyStructure, closed: [Bool], held: [Int: Double]
  ) -> [Double] {
    zeroingBottom(values, structure: structure) { node, value in
      closed.indices.contains(node) && closed[node] && held[node] == nil && value != 0
    }
  }

  /// Sets to zero the bottom values `zeroed(node, value)` selects and re-sums the
  /// aggregates when one changed (`values` itself otherwise, to the bit).
  static func zeroingBottom(
    _ values: [Double], structure: HierarchyStructure, where zeroed: (Int, Double) -> Bool
  ) -> [Double] {
    let k = structure.aggregateCount
    var bottom = Array(values[k...])
    var changed = false
    for j in bottom.indices where zeroed(k + j, bottom[j]) {
      bottom[j] = 0
      changed = true
    }
    return changed ? structure.aggregate(bottom) : values
  }
}
