import ArgumentParser
import Budget
import BudgetForecast
import Forecasting
import Foundation
import Reconciliation

/// `budgetcast backtest`: how well forecasts would have done on this entity's own past.
struct BacktestCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "backtest",
    abstract:
      "Refit at rolling origins and report accuracy per level for each reconciliation method.")

  @OptionGroup var common: BudgetModelOptions

  @Option(help: "First origin year: fit on the years up to it, forecast the next ones.")
  var origin: Int

  @Option(help: "Years ahead.")
  var horizon: Int = 2

  func run() throws {
    let dataset = try common.dataset()
    guard dataset.years.contains(origin), origin < (dataset.years.last ?? origin) else {
      throw ValidationError(
        "--origin must be a year of the data before its last year (\(dataset.years.map(String.init).joined(separator: ", ")))"
      )
    }
    let backtest = BudgetBacktest(
      forecaster: HierarchicalBudgetForecaster(model: common.model, jobs: common.jobs))
    let rows = backtest.run(
      dataset, origin: origin, horizon: horizon, includingOrder: common.includeOrder)
    print("Backtest from origin \(origin), horizon \(horizon), model \(common.model.rawValue)")
    print("level     method         MAPE %      MASE   node-years")
    for row in rows {
      print(
        row.level.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
          + row.method.padding(toLength: 13, withPad: " ", startingAt: 0)
          + String(format: "%9.2f %9.3f %12d", row.mape, row.mase, row.count))
    }
  }
}
