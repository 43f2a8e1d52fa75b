import Budget
import BudgetForecast

/// The accounts executed in a run's forecast years, keyed like the run's nodes, for an
/// ex-post evaluation (``ForecastEvaluation``).
///
/// The actuals go through the run's own conventions: real operations only unless the
/// run included order operations, and, when the run bridges nomenclatures, the
/// M52 → M57 bridge derived from the run's snapshot and the actuals together. A run
/// trained on M52 years and evaluated on M57 ones (the 2024 switch) thus has its line
/// `line/F/D/65/6568/50` read from the M57 line the bridge joins it to; chapters,
/// sections and totals need no bridge.
struct ExecutedAccounts {
  /// The years compared: forecast years the actuals cover.
  var years: [Int]
  /// Years of the actuals outside the run's forecast years (not compared).
  var ignoredYears: [Int]
  /// Amounts in euros by node identifier (the actuals' own keys) and year.
  var values: [String: [Int: Double]]
  /// Line labels from the actuals.
  var labels: [String: String]
  /// For each of the run's line identifiers read from other lines of the actuals, those
  /// lines: the one the bridge re-codes it to, or the sub-accounts it was split into
  /// (``readSplits(runLines:)``).
  var counterparts: [String: [String]]
  /// The functions the M52 → M57 switch re-codes one way only, when the run bridges
  /// nomenclatures (``NomenclatureBridge/functionMap``).
  var functionMap: [String: String] = [:]
  /// The outstanding debt at 31 December of the compared years, when the actuals hold
  /// it (DGFiP balances, ``BudgetDataset/outstandingDebt``).
  var outstandingDebt: [Int: Double] = [:]

  /// The actuals of `dataset` in `forecastYears` of the run whose snapshot is
  /// `snapshot`, with the run's choices of order operations and bridge.
  init(
    _ dataset: BudgetDataset, snapshot: BudgetDataset, forecastYears: [Int],
    includeOrder: Bool, bridgesNomenclatures: Bool
  ) throws(ForecastEvaluation.NoCommonYear) {
    let compared = Set(forecastYears).intersection(dataset.years)
    guard !compared.isEmpty else {
      throw ForecastEvaluation.NoCommonYear(
        forecastYears: forecastYears, actualYears: dataset.years)
    }
    years = compared.sorted()
    ignoredYears = dataset.years.filter { !compared.contains($0) }
    let executed = dataset.lines.filter { compared.contains($0.year) }
    var actuals = BudgetDataset(lines: executed)
    counterparts = [:]
    if bridgesNomenclatures {
      let first = compared.min() ?? 0
      let history = snapshot.lines.filter { $0.year < first }
      // Functions only: a run's line split since is read by ``readSplits(runLines:)``.
      let bridge = NomenclatureBridge(
        BudgetDataset(lines: history + executed), subdividedAccounts: false)
      actuals = bridge.applied(to: actuals)
      functionMap = bridge.functionMap
      for link in bridge.links {
        let key = { (function: String) in
          NodeLabel.line(link.section, link.direction, link.chapter, link.account, function)
        }
        counterparts[key(link.fromFunction)] = [key(link.toFunction)]
      }
    }
    values = BudgetHierarchy(actuals, includingOrder: includeOrder).eurosByNode
    outstandingDebt = actuals.outstandingDebt
    labels = [:]
    for line in actuals.lines { labels[NodeLabel.identifier(of: line)] = line.label }
  }

  /// The executed amount of the run's node `id` in `year`: 0 where the node was not
  /// executed that year.
  func actual(_ id: String, _ year: Int) -> Double {
    (counterparts[id] ?? [id]).reduce(0) { $0 + (values[$1]?[year] ?? 0) }
  }
}
