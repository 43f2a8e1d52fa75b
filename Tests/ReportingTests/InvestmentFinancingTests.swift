import BudgetcastTestSupport
import Foundation
import Testing

@testable import Reporting

/// The report's financing table: a programme of 40 M€ in 2024 replaces the trend the
/// same run without it forecasts, and borrowing closes what is left.
@Suite struct InvestmentFinancingTests {
  @Test func theProgrammeReplacesTheTrendOfTheRunWithoutIt() throws {
    let debt = "debt: {outstanding: 30000000, residual_years: 10, rate: 0.03}\n"
    let fixture = try RunsFixture(scenarios: [
      "name: Sans PPI\n" + debt,
      "name: PPI\nlevers:\n  investment_programme: {2024: 40e6}\n" + debt,
    ])
    defer { fixture.remove() }
    let without = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let with = try ReportData.load(fixture.runIDs[1], from: fixture.archive)
    let trend = try #require(FinancialRatios(without).years.first { $0.year == 2024 })
    let programmed = try #require(FinancialRatios(with).years.first { $0.year == 2024 })
    #expect(abs(programmed.investmentSpending - 40e6) < 1e-3)
    let fr = ReportLanguage.french
    let html = HTMLReport(data: with, language: .french).render()
    #expect(html.contains("Financement de l&#39;investissement (opérations réelles)"))
    #expect(
      html.contains(
        "Programme pluriannuel d&#39;investissement (scénario)</th><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">\(fr.millions(40e6))</td>"
      ))
    #expect(
      html.contains(
        "Prolongement tendanciel qu&#39;il remplace</th><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">—</td><td class=\"num\">\(fr.millions(trend.investmentSpending))</td>"
      ))
    // Without a programme the table still shows the financing, not the programme rows.
    let plain = HTMLReport(data: without, language: .french).render()
    #expect(plain.contains("Financement de l&#39;investissement"))
    #expect(!plain.contains("Programme pluriannuel d&#39;investissement (scénario)"))
  }
}
