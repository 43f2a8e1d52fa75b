import ArgumentParser
import Budget
import BudgetForecast
import DelimitedText
import Forecasting
import Foundation
import Reconciliation

/// `budgetcast forecast-budget`: every line and aggregate, forecast and reconciled.
struct ForecastBudgetCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast-budget",
    abstract: "Forecast every budget line, chapter, section and total, and reconcile them.",
    discussion: """
      Output columns: level,section,direction,chapter,account,function,year,forecast,lo80,hi80,lo95,hi95,\
      base_forecast; 'forecast' is reconciled, 'base_forecast' is the model's own. Only real \
      operations unless --include-order.
      """)

  @OptionGroup var common: BudgetModelOptions

  @Option(help: "Years ahead.")
  var horizon: Int = 3

  @Option(
    help: "Reconciliation: \(ReconciliationMethod.allCases.map(\.rawValue).joined(separator: "|"))."
  )
  var method: ReconciliationMethod = .minTraceShrink

  @Option(help: "Where to write the forecasts CSV.")
  var output: String

  func validate() throws {
    guard horizon >= 1, horizon <= 10 else {
      throw ValidationError("--horizon must be between 1 and 10 years")
    }
  }

  func run() throws {
    let hierarchy = BudgetHierarchy(try common.dataset(), includingOrder: common.includeOrder)
    let forecaster = HierarchicalBudgetForecaster(
      model: common.model, reconciliation: method, jobs: common.jobs)
    let result = forecaster.forecast(hierarchy, horizon: horizon)
    var lines = [
      "level,section,direction,chapter,account,function,year,forecast,lo80,hi80,lo95,hi95,base_forecast"
    ]
    for node in result.nodes {
      for (h, year) in result.years.enumerated() {
        let bounds = [80.0, 95].flatMap { level -> [String] in
          guard let interval = node.reconciled.interval(level: level) else { return ["", ""] }
          return [Self.euros(interval.lower[h]), Self.euros(interval.upper[h])]
        }
        let cells =
          [NodeKeys.csv(node.node), String(year), Self.euros(node.reconciled.mean[h])] + bounds
          + [Self.euros(node.base.mean[h])]
        lines.append(cells.joined(separator: ","))
      }
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: output, atomically: true, encoding: .utf8)
    let totals = result.nodes.filter { $0.node.level == .total }
    print(
      "Forecast of \(hierarchy.nodes.count) series (\(hierarchy.aggregateCount) aggregates) with \(common.model.rawValue), reconciled by \(result.reconciliation.rawValue):"
    )
    for total in totals {
      let name = total.node.direction == .expenditure ? "total expenditure" : "total revenue"
      print(
        "  " + name.padding(toLength: 20, withPad: " ", startingAt: 0)
          + zip(result.years, total.reconciled.mean).map { "\($0): \(Self.euros($1))" }.joined(
            separator: "  "))
    }
    for note in result.notes { print("Note: \(note)") }
  }

  static func euros(_ value: Double) -> String { String(format: "%.2f", value) }
}

extension ReconciliationMethod: ExpressibleByArgument {}
