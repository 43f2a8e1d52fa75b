import Budget
import BudgetForecast
import ForecastCore
import Forecasting

/// Puts the driven lines' forecasts (``DrivenLineForecaster``) into a hierarchy's base
/// forecasts, before reconciliation.
///
/// The driven total is the node that holds exactly the line's budget lines (chapter
/// 016 for APA; the DMTO line itself when the accounts have one): its base forecast,
/// model and one-step errors become the regression's. The lines under it keep their
/// own univariate forecasts as a split: each year they are scaled by one factor so
/// that they add up to the driven total (intervals scaled alike), so that the
/// reconciliation starts from lines and total that agree. Closed lines stay at zero.
public struct DrivenAnchoring: Sendable {
  /// How a node's base forecast comes from its drivers.
  public enum Role: String, Sendable, Hashable, Codable {
    /// The driven total, forecast by the regression.
    case total
    /// A line under it, its own forecast scaled so that the lines add up to the total.
    case share
  }

  /// One node set from its drivers.
  public struct Anchor: Sendable {
    /// The driven line's forecast.
    public var forecast: DrivenLineForecast
    /// How the node takes it: as its total, or as a share of it.
    public var role: Role
  }

  /// The anchored nodes by index in the hierarchy.
  public var anchors: [Int: Anchor] = [:]
  /// Driven lines that could not be anchored, and why.
  public var notes: [String] = []
  /// How far each aggregate above driven lines was moved (euros, horizons 1…H), by
  /// index: its own model's forecast is its base forecast less this.
  public var shifts: [Int: [Double]] = [:]

  /// Nothing anchored.
  public init() {}

  /// Anchors `driven` in `bases`; `requested` is the method the run asked for (kept in
  /// the driven totals' outcomes); the open lines' codes are read in `plan`, the last
  /// executed year's.
  public static func apply(
    _ driven: [DrivenLineForecast], to bases: inout HierarchicalBudgetForecaster.BaseForecasts,
    requested: ForecastMethod, plan: FunctionalPlan?
  ) -> DrivenAnchoring {
    var result = DrivenAnchoring()
    let hierarchy = bases.hierarchy
    let identifiers = hierarchy.nodes.map(NodeLabel.identifier)
    for forecast in driven {
      let lines = identifiers.indices.filter { index in
        DrivenLine.classify(node: identifiers[index], plan: plan) == forecast.line
          && !(bases.closed.indices.contains(index) && bases.closed[index])
      }
      guard !lines.isEmpty, bases.horizon == forecast.forecast.horizon else {
        result.notes.append("\(forecast.line.rawValue): no open line in the hierarchy to anchor")
        continue
      }
      let before = lines.map { bases.forecasts[$0].mean }
      guard scale(lines, to: forecast.forecast.mean, in: &bases) else {
        result.notes.append(
          "\(forecast.line.rawValue) stays univariate: its lines' forecasts add up to zero")
        continue
      }
      for index in lines { result.anchors[index] = Anchor(forecast: forecast, role: .share) }
      let total = totalNode(of: lines, in: hierarchy)
      if let total {
        set(total, to: forecast, in: &bases, requested: requested)
        result.anchors[total] = Anchor(forecast: forecast, role: .total)
      }
      let moved = shiftAncestors(of: lines, by: zip(lines, before), skipping: total, in: &bases)
      for (node, shift) in moved {
        result.shifts[node] = zip(result.shifts[node] ?? shift.map { _ in 0 }, shift).map(+)
      }
    }
    return result
  }

  /// Scales the base forecasts of `lines` so that they add up to `target` each year;
  /// false (nothing changed) when their sum is not positive in some year.
  static func scale(
    _ lines: [Int], to target: [Double], in bases: inout HierarchicalBudgetForecaster.BaseForecasts
  ) -> Bool {
    let factors = target.indices.map { h in
      target[h] / lines.reduce(0) { $0 + bases.forecasts[$1].mean[h] }
    }
    guard factors.allSatisfy({ $0.isFinite && $0 > 0 }) else { return false }
    let scaled = { (values: [Double]) in zip(values, factors).map { $0 * $1 } }
    for index in lines {
      bases.forecasts[index] = bases.forecasts[index].mapValues(scaled)
    }
    return true
  }

  /// Moves every aggregate above `lines` but `skipped` (set from the regression), and
  /// returns the moves.
  ///
  /// Each moves by its lines' change from `before`, intervals alike: the aggregates' own
  /// forecasts held the lines' univariate forecasts, now replaced.
  static func shiftAncestors(
    of lines: [Int], by before: Zip2Sequence<[Int], [[Double]]>, skipping skipped: Int?,
    in bases: inout HierarchicalBudgetForecaster.BaseForecasts
  ) -> [Int: [Double]] {
    let parents = bases.hierarchy.parents
    var shift: [Int: [Double]] = [:]
    for (line, old) in before {
      let change = zip(bases.forecasts[line].mean, old).map { $0 - $1 }
      var node = parents[line]
      while let ancestor = node {
        if ancestor != skipped {
          shift[ancestor] = zip(shift[ancestor] ?? change.map { _ in 0 }, change).map { $0 + $1 }
        }
        node = parents[ancestor]
      }
    }
    for (node, change) in shift {
      let moved = { (values: [Double]) in zip(values, change).map { $0 + $1 } }
      bases.forecasts[node] = bases.forecasts[node].mapValues(moved)
    }
    return shift
  }

  /// The node whose bottom lines are exactly `lines`: the chapter that holds them all
  /// and nothing else, else a single line itself.
  static func totalNode(of lines: [Int], in hierarchy: BudgetHierarchy) -> Int? {
    let parents = Set(lines.map { hierarchy.parents[$0] })
    if parents.count == 1, let chapter = parents.first ?? nil,
      Set(hierarchy.parents.indices.filter { hierarchy.parents[$0] == chapter }) == Set(lines)
    {
      return chapter
    }
    return lines.count == 1 ? lines[0] : nil
  }

  /// Makes node `index`'s base forecast, model and one-step errors the regression's.
  static func set(
    _ index: Int, to forecast: DrivenLineForecast,
    in bases: inout HierarchicalBudgetForecaster.BaseForecasts, requested: ForecastMethod
  ) {
    bases.forecasts[index] = forecast.forecast
    bases.models[index] = forecast.model
    bases.fallbacks[index] = []
    let years = bases.hierarchy.years
    for t in years.indices.dropFirst() where t - 1 < bases.residuals.count {
      if let error = forecast.errors[years[t]] { bases.residuals[t - 1][index] = error }
    }
    var outcome = SeriesOutcome(
      id: NodeLabel.identifier(bases.hierarchy.nodes[index]), forecast: forecast.forecast,
      requested: requested, used: .arima, model: forecast.model, fallbacks: [], fitted: nil)
    outcome.parameters = forecast.coefficients
    outcome.aicc = forecast.aicc
    outcome.statistics = ["logLik": forecast.logLikelihood, "sigma2": forecast.sigma2]
    for (name, error) in forecast.standardErrors { outcome.statistics["se.\(name)"] = error }
    outcome.contributions = Dictionary(
      forecast.contributions.map { ($0.key.rawValue, $0.value) }, uniquingKeysWith: { a, _ in a })
    bases.outcomes[index] = outcome
  }
}
