import Budget
import BudgetForecast
import ForecastCore
import Foundation
import Scenarios

/// Applies a scenario to a reconciled forecast: each line moves by the scenario's
/// factors and shocks (``ScenarioEffects``), the aggregates are re-summed from the
/// lines (so the result stays coherent), and interval bounds move with their means
/// (scaled by the line's factor; shifted for aggregates and shocks).
struct ScenarioApplication {
  var scenario: Scenario
  /// The run's elasticities by name (the scenario file's own values win).
  var elasticities: [String: Double] = [:]
  /// The run's lags by elasticity name.
  var lags: [String: Int] = [:]
  /// The kind of collectivité whose lines move (``DrivenLine/belongs(to:)``).
  var entityKind: EntityKind = .departement
  /// The functional plan the lines' codes are read in (``ScenarioEffects/functionalPlan``).
  var functionalPlan: FunctionalPlan?

  /// One cause's effect on one node in one year (euros).
  struct Effect: Hashable {
    var node: String
    var year: Int
    var cause: String
    var amount: Double
  }

  struct EffectKey: Hashable {
    var node: Int
    var year: Int
    var cause: String
  }

  /// The scenario's result and the effects by cause on every line and aggregate.
  ///
  /// - Throws: ``ArchiveError/invalidRequest(_:)`` when a shock or tax rate names a
  ///   series the data do not have, or the investment programme has nothing to scale.
  func apply(_ result: HierarchicalBudgetForecaster.Result, hierarchy: BudgetHierarchy)
    throws(ArchiveError) -> (HierarchicalBudgetForecaster.Result, [Effect])
  {
    var adjusted = result
    let effects = ScenarioEffects(
      scenario: scenario, years: result.years, elasticities: elasticities, lags: lags,
      entityKind: entityKind, functionalPlan: functionalPlan)
    let k = hierarchy.aggregateCount
    let ids = hierarchy.nodes.map(NodeLabel.identifier)
    let members = hierarchy.bottomIndices()
    var effectsByNode: [EffectKey: Double] = [:]
    for (h, year) in result.years.enumerated() {
      // Shocks on aggregates are spread over their lines pro rata.
      var shocks = [Double](repeating: 0, count: hierarchy.nodes.count - k)
      for shock in scenario.shocks where shock.year == year {
        let lines = try Self.lines(of: shock.node, ids: ids, members: members, key: "shock")
        let total = lines.reduce(0) { $0 + abs(result.nodes[k + $1].reconciled.mean[h]) }
        for line in lines {
          let share =
            total > 0
            ? abs(result.nodes[k + line].reconciled.mean[h]) / total : 1 / Double(lines.count)
          shocks[line] += shock.amount * share
        }
      }
      let levers = try leverFactors(
        result, ids: ids, members: members, aggregates: k, h: h, year: year)
      for line in 0..<(hierarchy.nodes.count - k) {
        let index = k + line
        let baseline = result.nodes[index].reconciled.mean[h]
        let (value, causes) = effects.apply(
          node: ids[index], year: year, baseline: baseline, levers: levers[line] ?? [:])
        let factor = baseline != 0 ? value / baseline : 1
        let moved = value + shocks[line]
        adjusted.nodes[index].reconciled = Self.moving(
          adjusted.nodes[index].reconciled, at: h, to: moved, scale: factor)
        var lineCauses = causes.filter { $0.value != 0 }
        if shocks[line] != 0 { lineCauses["shock"] = shocks[line] }
        for (cause, amount) in lineCauses {
          // The line's effect, and the same amount on each aggregate above it.
          var node: Int? = index
          while let current = node {
            effectsByNode[EffectKey(node: current, year: year, cause: cause), default: 0] += amount
            node = hierarchy.parents[current]
          }
        }
      }
      for aggregate in 0..<k {
        let sum = members[aggregate].reduce(0) { $0 + adjusted.nodes[k + $1].reconciled.mean[h] }
        adjusted.nodes[aggregate].reconciled = Self.moving(
          adjusted.nodes[aggregate].reconciled, at: h, to: sum, scale: nil)
      }
    }
    let all = effectsByNode.map {
      Effect(node: ids[$0.key.node], year: $0.key.year, cause: $0.key.cause, amount: $0.value)
    }
    return (adjusted, all)
  }

  /// `forecast` with its mean at `h` set to `value`; bounds scaled by `scale` when given
  /// (a line moved by a factor), else shifted with the mean.
  static func moving(_ forecast: Forecast, at h: Int, to value: Double, scale: Double?) -> Forecast
  {
    var moved = forecast
    let shift = value - forecast.mean[h]
    moved.mean[h] = value
    for i in moved.intervals.indices {
      if let scale, scale > 0 {
        let extra = value - forecast.mean[h] * scale
        moved.intervals[i].lower[h] = forecast.intervals[i].lower[h] * scale + extra
        moved.intervals[i].upper[h] = forecast.intervals[i].upper[h] * scale + extra
      } else {
        moved.intervals[i].lower[h] += shift
        moved.intervals[i].upper[h] += shift
      }
    }
    return moved
  }

  /// `effects.csv`: `node,year,cause,amount`, sorted.
  static func csv(_ effects: [Effect]) -> Data {
    let sorted = effects.sorted {
      ($0.node, $0.year, $0.cause) < ($1.node, $1.year, $1.cause)
    }
    var text = "node,year,cause,amount\n"
    for effect in sorted {
      text += "\(effect.node),\(effect.year),\(effect.cause),\(RunOutputs.number(effect.amount))\n"
    }
    return Data(text.utf8)
  }
}
