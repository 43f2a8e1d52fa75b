import BudgetcastTestSupport
import Foundation
import Testing

@testable import Reporting

@Suite struct ThresholdCrossingTests {
  func year(revenue: Double, spending: Double, debt: Double?) -> FinancialRatios.Year {
    var year = FinancialRatios.Year(
      year: 2025, forecast: true, operatingRevenue: revenue, operatingSpending: spending,
      interest: 0, capitalRepayment: 0)
    year.outstandingDebt = debt
    return year
  }

  @Test func thresholdsReadTheRatiosAsTheirDefinitionsSay() {
    let rate8 = AlertThreshold(measure: .grossSavingsRate, value: 8, severity: .weak)
    let years10 = AlertThreshold(measure: .debtPaydownYears, value: 10, severity: .watch)
    // 79 of 1,000 saved: 7.9 %, below 8; debt 800 / 79 = 10.1 years, beyond 10.
    #expect(rate8.isBeyond(year(revenue: 1000, spending: 921, debt: 800)) == true)
    #expect(years10.isBeyond(year(revenue: 1000, spending: 921, debt: 800)) == true)
    // 80 saved: exactly 8 % is not below; 800 / 80 = 10 years is not beyond.
    #expect(rate8.isBeyond(year(revenue: 1000, spending: 920, debt: 800)) == false)
    #expect(years10.isBeyond(year(revenue: 1000, spending: 920, debt: 800)) == false)
    // No gross savings with debt: unbounded, beyond any; no debt stock: cannot say.
    #expect(years10.isBeyond(year(revenue: 1000, spending: 1010, debt: 800)) == true)
    #expect(years10.isBeyond(year(revenue: 1000, spending: 900, debt: nil)) == nil)
    #expect(rate8.key == "gross_savings_rate_below_8")
    #expect(years10.key == "debt_paydown_years_above_10")
  }

  @Test func crossingsFollowTheCentralFiguresAndThePaths() throws {
    let fixture = try RunsFixture(scenarios: [RunsFixture.debtScenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let ratios = FinancialRatios(data)
    let bands = RatioBands(data, ratios: ratios)
    let crossings = ThresholdCrossing.all(ratios, bands: bands)
    #expect(crossings.map(\.threshold) == AlertThreshold.all(for: .departement))
    let forecast = ratios.years.filter(\.forecast)
    for crossing in crossings {
      // The central year: the first forecast year beyond, computed here from the ratios.
      let first = forecast.first { year in
        crossing.threshold.measure == .grossSavingsRate
          ? year.grossSavingsRate < crossing.threshold.value
          : (year.grossSavings <= 0 || (year.debtPaydownYears ?? 0) > crossing.threshold.value)
      }
      #expect(crossing.firstForecastYear == first?.year, "\(crossing.threshold.key)")
      // Shares of 2,000 paths, never falling from one year to the next.
      let shares = forecast.map { crossing.probability[$0.year] ?? -1 }
      #expect(shares.allSatisfy { (0...1).contains($0) })
      #expect(zip(shares, shares.dropFirst()).allSatisfy { $0 <= $1 })
    }
    // Stricter thresholds are crossed by fewer paths.
    let last = try #require(forecast.last).year
    let rates = crossings.filter { $0.threshold.measure == .grossSavingsRate }
    #expect(
      zip(rates, rates.dropFirst()).allSatisfy {
        ($0.probability[last] ?? 0) >= ($1.probability[last] ?? 0)
      })
    let html = HTMLReport(data: data, language: .french).render()
    #expect(html.contains("Seuils d&#39;alerte : année de franchissement"))
    #expect(html.contains("Capacité de désendettement au-delà de 12\u{00A0}ans (critique)"))
    let json = try JSONSerialization.jsonObject(with: try ReportExport.json(data))
    let exported = try #require((json as? [String: Any])?["thresholds"] as? [[String: Any]])
    #expect(exported.count == 6)
    #expect(exported.first?["value"] as? Double == 0.08)
    // And under the ratios of the workbook.
    let workbook = try WorkbookFile(data)
    defer { workbook.remove() }
    let strings = try workbook.part("xl/sharedStrings.xml")
    #expect(strings.contains("Capacité de désendettement au-delà de 15\u{00A0}ans"))
    #expect(strings.contains("Franchi en (prévision centrale)"))
  }
}
