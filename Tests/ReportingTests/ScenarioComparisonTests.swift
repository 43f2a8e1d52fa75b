import Foundation
import RunArchive
import Scenarios
import Testing

@testable import Reporting

/// Scenario comparison and sensitivity, checked against hand computations on the
/// fixture accounts (2015–2023, forecasts 2024–2026).
@Suite struct ScenarioComparisonTests {
  /// A baseline run and a run revaluing the RSA by 4.6 % in April 2024 with
  /// unemployment one point higher from 2024.
  struct Runs {
    let fixture: RunsFixture
    let baseline: ReportData
    let scenario: ReportData

    init() throws {
      fixture = try RunsFixture(scenarios: [
        nil,
        """
        name: RSA
        drivers:
          unemployment_rate: {2024: 1.0}
        levers:
          rsa_revaluation: {date: 2024-04, rate: 0.046}
        """,
      ])
      baseline = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
      scenario = try ReportData.load(fixture.runIDs[1], from: fixture.archive)
    }

    func remove() { fixture.remove() }
  }

  @Test func differencesFollowTheRulesAndTheirCausesAddUp() throws {
    let runs = try Runs()
    defer { runs.remove() }
    let comparison = try ScenarioComparison([runs.baseline, runs.scenario])
    #expect(comparison.years == [2024, 2025, 2026])
    let rsa = "chapter/F/D/017"
    let base2024 = comparison.value(rsa, 2024, run: 0)
    let base2025 = comparison.value(rsa, 2025, run: 0)
    // 2024: the revaluation from April counts for 9 months; unemployment acts a year later.
    let change2024 = comparison.value(rsa, 2024, run: 1) - base2024
    #expect(abs(change2024 - 0.046 * 9 / 12 * base2024) < 1e-6 * base2024)
    // 2025: the whole revaluation and 9 % more households in log terms (e^0.09).
    let change2025 = comparison.value(rsa, 2025, run: 1) - base2025
    #expect(abs(change2025 - (exp(0.09) * 1.046 - 1) * base2025) < 1e-6 * base2025)
    let causes2024 = comparison.decomposition(plus: [rsa], year: 2024, run: 1)
    #expect(causes2024.map(\.cause) == ["rsa_revaluation"])
    for year in comparison.years {
      let parts = comparison.grossSavingsDecomposition(year: year, run: 1)
      let total =
        try #require(comparison.ratio(year, run: 1)).grossSavings
        - (try #require(comparison.ratio(year, run: 0)).grossSavings)
      #expect(!parts.contains { $0.cause == ScenarioComparison.otherCause })
      #expect(abs(parts.reduce(0) { $0 + $1.amount } - total) < 1e-6 * abs(total))
      #expect(total < 0)
    }
    #expect(throws: ScenarioComparison.Problem.self) {
      try ScenarioComparison([runs.baseline])
    }
    let html = ComparisonReport(comparison: comparison, language: .french).render()
    #expect(html.contains("revalorisation du RSA"))
    #expect(!html.contains("NaN") && !html.contains("inf"))
    // Text is escaped once: no entity escaped again (« d&amp;#39;épargne »).
    #expect(!html.contains("&amp;#") && html.contains("Taux d&#39;épargne brute sous 8"))
  }

  @Test func sensitivityMatchesHandComputations() throws {
    let runs = try Runs()
    defer { runs.remove() }
    let data = runs.baseline
    let analysis = try SensitivityAnalysis(
      data, shocks: [(.unemploymentRate, 1), (.payIndex, 0.01), (.dmtoRate, 0.005)])
    let rsa = { (year: Int) in try #require(data.forecasts["chapter/F/D/017"]?[year]).mean }
    let pay = { (year: Int) in try #require(data.forecasts["chapter/F/D/012"]?[year]).mean }
    let unemployment = analysis.tests[0]
    #expect(analysis.grossSavingsChange(unemployment, year: 2024) == 0)
    for year in [2025, 2026] {
      let expected = -(exp(0.09) - 1) * (try rsa(year))
      #expect(
        abs(analysis.grossSavingsChange(unemployment, year: year) - expected) < 1e-6 * abs(expected)
      )
    }
    for year in [2024, 2025, 2026] {
      let expected = -0.01 * (try pay(year))
      #expect(
        abs(analysis.grossSavingsChange(analysis.tests[1], year: year) - expected) < 1e-6
          * abs(expected))
      // No DMTO account (7321/7322) in the fixture: the rate moves nothing.
      #expect(analysis.grossSavingsChange(analysis.tests[2], year: year) == 0)
    }
    #expect(throws: SensitivityAnalysis.Problem.self) {
      try SensitivityAnalysis(data, shocks: [(.dmtoRate, 0.006)])
    }
    let tornado = try #require(SensitivityAnalysis.tornado(data))
    // Every test runs: 4.5 % + 0.5 point reaches the 5 % DMTO ceiling, which is allowed.
    #expect(tornado.tests.count == 2 * SensitivityAnalysis.Lever.allCases.count)
    let html = tornado.html(language: .english)
    #expect(html.contains("<svg"))
    // The DMTO rate moves nothing here: named once, no rows of zeros.
    #expect(html.contains("No effect on this budget: "))
    #expect(html.contains("DMTO rate, borrowing interest rates (no line follows"))
    #expect(!html.contains(">DMTO rate</th>") && html.contains(">pay index</th>"))
  }

  @Test func pensionRateAndPCHTestsMoveTheirLines() throws {
    let runs = try Runs()
    defer { runs.remove() }
    var data = runs.baseline
    // A pension-contribution line and a PCH line of 10 M€ and 20 M€ a forecast year.
    for year in data.forecastYears {
      let cell = { (mean: Double) in
        ReportData.Cell(mean: mean, base: mean, bounds: [:], overridden: false)
      }
      data.forecasts["line/F/D/012/6453/0202", default: [:]][year] = cell(10e6)
      data.forecasts["line/F/D/65/6511211/52", default: [:]][year] = cell(20e6)
    }
    let analysis = try SensitivityAnalysis(
      data, shocks: [(.cnraclRate, 0.01), (.pchBeneficiaries, 0.05)])
    let pch = Elasticity.usedValues(data.elasticities)["pch_per_beneficiaries"] ?? 1
    for year in data.forecastYears {
      // One point on 31.65 % (2024's legal rate: the run sets none): 10 M€ × 1 / 31.65.
      let pension = analysis.grossSavingsChange(analysis.tests[0], year: year)
      #expect(abs(pension + 10e6 * 0.01 / 0.3165) < 1e-6)
      let beneficiaries = analysis.grossSavingsChange(analysis.tests[1], year: year)
      #expect(abs(beneficiaries + 20e6 * (pow(1.05, pch) - 1)) < 1e-6)
    }
    #expect(SensitivityAnalysis.Lever.cnraclRate.change(0.01, .french) == "+1\u{00A0}pt")
    #expect(SensitivityAnalysis.Lever.dmtoRate.change(-0.005, .french) == "−0,5\u{00A0}pt")
    #expect(SensitivityAnalysis.Lever.unemploymentRate.change(1, .english) == "+1 pt")
  }
}
