import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import RunArchive
import Testing

@testable import Reporting

/// Accounts that hold the debt stock (DGFiP balances: chapter 16's closing balances,
/// as `balance` lines of the long format): executed years get their outstanding debt
/// and capacité de désendettement, and the forecasts do not move.
@Suite("Outstanding debt from the accounts")
struct ExecutedDebtTests {
  /// The fixture with a closing balance of 1641 at the end of each year: 40 M€ in
  /// 2015, 2 M€ more each year.
  static func withBalances() -> String {
    BudgetFixture.longCSV()
      + (2015...2023).map { year in
        "D999,principal,\(year),CA,M57,I,R,balance,16,1641,01,Emprunts en euros,"
          + "\(40_000_000 + 2_000_000 * (year - 2015)).00\n"
      }.joined()
  }

  @Test func executedYearsCarryTheStockAndForecastsStayTheSame() throws {
    let scratch = try ScratchArchive("executed-debt")
    defer { scratch.remove() }
    let parameters = ScratchArchive.quickRun
    let flows = try scratch.record(
      try scratch.file("flows.csv", BudgetFixture.longCSV()), parameters)
    let stocks = try scratch.record(try scratch.file("stocks.csv", Self.withBalances()), parameters)
    let plain = try scratch.archive.manifest(flows)
    let balanced = try scratch.archive.manifest(stocks)
    #expect(balanced.outputs.forecasts == plain.outputs.forecasts)
    #expect(balanced.outputs.models == plain.outputs.models)

    let data = try ReportData.load(stocks, from: scratch.archive)
    #expect(data.executedDebt[2015] == 40_000_000 && data.executedDebt[2023] == 56_000_000)
    let ratios = FinancialRatios(data)
    let last = try #require(ratios.years.first { $0.year == 2023 })
    #expect(last.outstandingDebt == 56_000_000)
    let paydown = try #require(last.debtPaydownYears)
    #expect(abs(paydown - 56_000_000 / last.grossSavings) < 1e-9)
    #expect(ratios.years.filter(\.forecast).allSatisfy { $0.outstandingDebt == nil })

    let html = HTMLReport(data: data, language: .french).render()
    #expect(html.contains("solde créditeur des comptes d'emprunts et dettes assimilées"))
    #expect(html.contains("Encours de la dette au 31 décembre 2023 : 56,0\u{00A0}M€"))
    // Charted over the executed years, the figures in its description.
    #expect(html.contains("Encours de la dette au 31 décembre</title>"))
    #expect(html.contains("2015 40,0\u{00A0}M€, 2016 42,0\u{00A0}M€"))
    // Without balances, nothing of the kind is said.
    let without = HTMLReport(
      data: try ReportData.load(flows, from: scratch.archive), language: .french
    ).render()
    #expect(!without.contains("solde créditeur des comptes d'emprunts et dettes assimilées"))
    #expect(!without.contains("Encours de la dette au 31 décembre</title>"))
    // With the scenario's debt, the chart goes on along its schedule.
    let scheduled = try scratch.record(
      try scratch.file("scheduled.csv", Self.withBalances()), parameters,
      scenario: try scratch.file("debt.yaml", RunsFixture.debtScenario))
    let withSchedule = HTMLReport(
      data: try ReportData.load(scheduled, from: scratch.archive), language: .french
    ).render()
    let chart = try #require(
      withSchedule.range(of: "Encours de la dette au 31 décembre</title><desc").map {
        String(withSchedule[$0.upperBound...].prefix(400))
      })
    #expect(chart.contains("Prévu : 2024 "), "\(chart)")
    // The scenario's 30 M€ against the balances' 56 M€ at the end of 2023: said in the
    // run's notes and in the report.
    let notes = try scratch.archive.manifest(scheduled).summary.notes
    #expect(
      notes.contains(
        "debt: the scenario's stock at 31 December 2023, 30.0 M€, differs from the accounts' (chapter 16 closing balances), 56.0 M€, by 26.0 M€; the scenario's is used for the forecast years"
      ), "\(notes)")
    #expect(withSchedule.contains("<strong>Écart avec les comptes</strong> : "))
    #expect(withSchedule.contains("soit 26,0\u{00A0}M€ de plus dans les comptes"))
  }

  /// Evaluated against actuals that hold the stock, a run without the scenario's debt
  /// still compares the executed encours: the actuals' own.
  @Test func anEvaluationReadsTheActualsStock() throws {
    let scratch = try ScratchArchive("evaluated-debt")
    defer { scratch.remove() }
    let training =
      Self.withBalances().split(separator: "\n").filter {
        !($0.contains(",2022,") || $0.contains(",2023,"))
      }.joined(separator: "\n") + "\n"
    let run = try scratch.record(
      try scratch.file("training.csv", training),
      ScratchArchive.quickRun)
    let actuals = try LongBudgetFormat.read(
      try DelimitedTable(bytes: Array(Self.withBalances().utf8), file: "actuals.csv"))
    let evaluation = try ForecastEvaluation.evaluate(
      run: run, in: scratch.archive, actuals: actuals)
    #expect(evaluation.ratios.map(\.year) == [2022, 2023])
    #expect(evaluation.ratios.map(\.actualOutstandingDebt) == [54_000_000, 56_000_000])
    #expect(evaluation.ratios.allSatisfy { $0.forecastOutstandingDebt == nil })
  }
}
