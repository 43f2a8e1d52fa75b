import Budget
import BudgetcastTestSupport
import Foundation
import Testing

@testable import Reporting

/// The `interest_rate` driver against hand computations: a fixed loan A (10 M€, 5 years,
/// 2 %, constant capital), a variable-rate annuity B (20 M€, 10 years, 3 %), new loans at
/// 3.5 % + the year's change, rates one point higher from 2025; an investment
/// programme makes every year borrow, so each new loan's rate is tested.
@Suite struct InterestRateScheduleTests {
  static let scenario = """
    name: Taux +1 point
    drivers:
      interest_rate: {2025: 1.0}
    levers:
      investment_programme: {2024: 150e6, 2025: 150e6, 2026: 150e6}
    debt:
      new_loan_years: 15
      new_loan_rate: 0.035
      loans:
        - {name: Prêt A, outstanding: 10e6, rate: 0.02, years: 5, profile: constant}
        - {name: Prêt B, outstanding: 20e6, rate: 0.03, years: 10, profile: annuity, variable: true}
    """

  @Test func variableLoansAndNewBorrowingFollowTheRate() throws {
    let fixture = try RunsFixture(scenarios: [Self.scenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let years = FinancialRatios(data).years.filter(\.forecast)
    #expect(years.map(\.year) == [2024, 2025, 2026])
    let annuity = 20e6 * 0.03 / (1 - pow(1.03, -10))
    let bCapital2024 = annuity - 0.03 * 20e6
    // 2024, unchanged rates.
    #expect(abs(years[0].interest - (0.02 * 10e6 + 0.03 * 20e6)) < 1e-6)
    let borrowed2024 = try #require(years[0].newBorrowing)
    #expect(borrowed2024 > 50e6)
    // 2025: B pays 4 % on its capital but repays capital as contracted at 3 %; 2024's new
    // loan keeps the 3.5 % it was signed at.
    let bLeft = 20e6 - bCapital2024
    let interest2025 = 0.02 * 8e6 + 0.04 * bLeft + 0.035 * borrowed2024
    #expect(abs(years[1].interest - interest2025) < 1e-6)
    let bCapital2025 = annuity - 0.03 * bLeft
    #expect(abs(years[1].capitalRepayment - (2e6 + bCapital2025 + borrowed2024 / 15)) < 1e-6)
    // 2026: 2025's new loan pays 4.5 %.
    let borrowed2025 = try #require(years[1].newBorrowing)
    #expect(borrowed2025 > 50e6)
    let interest2026 =
      0.02 * 6e6 + 0.04 * (bLeft - bCapital2025) + 0.035 * (borrowed2024 * 14 / 15)
      + 0.045 * borrowed2025
    #expect(abs(years[2].interest - interest2026) < 1e-6)
    // Investment spending leaves out chapter 16 (net savings pay the capital): the gap
    // closed by borrowing is equipment − its revenue − net savings.
    for year in years {
      let section = try #require(data.forecasts["section/I/D"]?[year.year]).mean
      let repaid =
        data.forecasts.filter { DebtAccounts.isDebtLine(node: $0.key, direction: "D") }
        .reduce(0) { $0 + ($1.value[year.year]?.mean ?? 0) }
      #expect(abs(year.investmentSpending - (section - repaid)) < 1e-6)
    }
  }

  @Test func theSensitivityToRatesAddsToTheRunsPath() throws {
    let fixture = try RunsFixture(scenarios: [Self.scenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let analysis = try SensitivityAnalysis(data, shocks: [(.interestRate, 1)])
    let test = try #require(analysis.tests.first)
    let base = analysis.baseline.filter(\.forecast)
    let moved = test.years.filter(\.forecast)
    // 2024: only B is variable: one more point on its opening capital.
    #expect(abs((moved[0].interest - base[0].interest) - 0.01 * 20e6) < 1e-6)
    #expect(analysis.grossSavingsChange(test, year: 2024) < 0)
    // The run's +1 point from 2025 and the test's +1 point make B pay 5 % in 2025.
    let annuity = 20e6 * 0.03 / (1 - pow(1.03, -10))
    let bLeft = 20e6 - (annuity - 0.03 * 20e6)
    let borrowed = try #require(moved[0].newBorrowing)
    #expect(borrowed > 50e6)
    let expected = 0.02 * 8e6 + 0.05 * bLeft + 0.045 * borrowed
    #expect(abs(moved[1].interest - expected) < 1e-6)
  }
}
