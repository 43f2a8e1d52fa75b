import Budget
import Foundation
import Reconciliation

/// The current year completed before it is closed (*compte administratif anticipé*):
/// every line's amount for the year after the accounts, from the forecast of that year
/// held to the landings of the series whose monthly execution is known.
///
/// The budget debate of year N + 1 is prepared in the autumn of year N: the accounts end
/// in N − 1, and N is partly executed. Each line is forecast one year ahead and
/// reconciled, then the landed series (``YearEndLanding``, by node) are held and met
/// locally (``HeldAdjustment/local``: the lines under a landed chapter move pro rata,
/// the aggregates above it by the difference). The completed year joins the history as
/// its last year, so that the trajectory starts from it.
public struct ProvisionalYear: Sendable {
  /// The year completed.
  public var year: Int
  /// The lines of that year, one per line node, keyed and labelled as the node's last
  /// executed line (stage `provisional`).
  public var lines: [BudgetLine]
  /// What the completion had to note (a landing that could not hold).
  public var notes: [String]

  /// The stage of the completed year's lines.
  public static let stage = "provisional"

  /// Completes the year after `dataset`'s last from `bases`, its one-year base forecasts
  /// (``HierarchicalBudgetForecaster/baseForecasts(_:horizon:)`` with horizon 1, driven
  /// lines anchored by the caller), reconciled by `forecaster` with `landings` (node
  /// identifier → euros) held.
  ///
  /// - Throws: ``ReconciliationError`` when the landings contradict each other (a
  ///   chapter landed above its section's landing with nothing else to give).
  public static func complete(
    _ dataset: BudgetDataset, bases: HierarchicalBudgetForecaster.BaseForecasts,
    landings: [String: Double], forecaster: HierarchicalBudgetForecaster, includingOrder: Bool
  ) throws(ReconciliationError) -> ProvisionalYear {
    let hierarchy = bases.hierarchy
    let year = (hierarchy.years.last ?? 0) + 1
    var held: [Int: Double] = [:]
    for (index, node) in hierarchy.nodes.enumerated() {
      if let value = landings[NodeLabel.identifier(node)] { held[index] = value }
    }
    let result = try forecaster.reconcile(
      bases, with: forecaster.reconciliation, holding: [0: held], adjustment: .local)
    // The last executed line of each key, as the template of its provisional line.
    var template: [LineKey: BudgetLine] = [:]
    for line in dataset.lines where line.isFlow(includingOrder: includingOrder) {
      if let known = template[line.key], known.year > line.year { continue }
      template[line.key] = line
    }
    var lines: [BudgetLine] = []
    var notes = result.notes
    for forecast in result.nodes where forecast.node.level == .line {
      let node = forecast.node
      guard let section = node.section else { continue }
      let key = LineKey(
        section: section, direction: node.direction, chapter: node.chapter,
        account: node.account, function: node.function)
      guard var line = template[key], let value = forecast.reconciled.mean.first else { continue }
      guard let cents = Cents.from(euros: value) else {
        notes.append(
          "\(NodeLabel.identifier(node)): \(value) € in \(year) is beyond ±10^13 €; left out")
        continue
      }
      (line.year, line.stage, line.amountCents) = (year, Self.stage, cents)
      lines.append(line)
    }
    return ProvisionalYear(year: year, lines: lines, notes: notes)
  }
}
