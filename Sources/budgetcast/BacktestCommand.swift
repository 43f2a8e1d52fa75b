import ArgumentParser
import Budget
import BudgetForecast
import Forecasting
import Foundation
import Reconciliation
import Scenarios

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

  @Option(
    help: ArgumentHelp(
      "Yearly driver history (CSV driver,year,value): forecast the driven lines from their drivers as a run would, each origin given the drivers' actual values for the years it forecasts (as right projections would give them)."
    ))
  var driverHistory: String?

  @OptionGroup var entityKind: EntityKindOption

  func run() throws {
    let dataset = try common.dataset()
    guard dataset.years.contains(origin), origin < (dataset.years.last ?? origin) else {
      throw ValidationError(
        "--origin must be a year of the data before its last year (\(dataset.years.map(String.init).joined(separator: ", ")))"
      )
    }
    let forecaster = HierarchicalBudgetForecaster(model: common.model, jobs: common.jobs)
    var backtest = BudgetBacktest(forecaster: forecaster)
    if let driverHistory, !common.includeOrder {
      let history = try ArchiveOptions.reporting { try DriverHistory.read(driverHistory) }
      let kind = entityKind.resolved(for: dataset)
      backtest.adjustingBases = { bases, origin in
        _ = DrivenAnchoring.anchor(
          &bases, asOf: origin, dataset: dataset, history: history, levels: forecaster.levels,
          requested: forecaster.model, entityKind: kind)
      }
    }
    let rows = backtest.run(
      dataset, origin: origin, horizon: horizon, includingOrder: common.includeOrder)
    print(
      "Backtest from origin \(origin), horizon \(horizon), model \(common.model.rawValue)"
        + (backtest.adjustingBases == nil
          ? "" : ", driven lines from their drivers' actual values (conditional)"))
    print("level     method         MAPE %      MASE   node-years")
    for row in rows {
      print(
        row.level.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0)
          + row.method.padding(toLength: 13, withPad: " ", startingAt: 0)
          + String(format: "%9.2f %9.3f %12d", row.mape, row.mase, row.count))
    }
  }
}
