import BudgetcastTestSupport
import Foundation
import RunArchive
import XCTest

@testable import Reporting

final class DebtScheduleTests: XCTestCase {
  func testDebtScheduleIdentitiesAndPaydownRatio() throws {
    let fixture = try RunsFixture(scenarios: [RunsFixture.debtScenario])
    defer { fixture.remove() }
    let (archive, run) = (fixture.archive, fixture.runIDs[0])
    let ratios = FinancialRatios(try ReportData.load(run, from: archive))
    let years = ratios.years
    let start = try XCTUnwrap(years.firstIndex { $0.year == 2023 })
    XCTAssertEqual(years[start].outstandingDebt, 30_000_000)
    var previous = 30_000_000.0
    for year in years[(start + 1)...] {
      let borrowing = try XCTUnwrap(year.newBorrowing)
      let gap = year.investmentSpending - year.investmentRevenueWithoutLoans - year.netSavings
      XCTAssertEqual(borrowing, max(0, gap))
      let stock = try XCTUnwrap(year.outstandingDebt)
      XCTAssertEqual(stock, previous - year.capitalRepayment + borrowing)
      if year.grossSavings > 0 {
        XCTAssertEqual(year.debtPaydownYears, stock / year.grossSavings)
      }
      XCTAssertEqual(year.netSavings, year.grossSavings - year.capitalRepayment)
      XCTAssertEqual(year.grossSavings, year.operatingRevenue - year.operatingSpending)
      previous = stock
    }
    let html = HTMLReport(data: try ReportData.load(run, from: archive), language: .french)
      .render()
    XCTAssertTrue(html.contains("Encours de dette au 31/12"))
    XCTAssertTrue(html.contains("Scénario : Dette"))
    // The summary's spending and gross savings come from the same cascade, so they add up
    // with revenue (the schedule's interest, not chapter 66's forecast).
    let end = try XCTUnwrap(years.last)
    let fr = ReportLanguage.french
    XCTAssertTrue(
      html.contains(
        "fonctionnement passeraient de <strong>\(fr.millions(years[start].operatingSpending))</strong> en 2023 à <strong>\(fr.millions(end.operatingSpending))</strong> en \(end.year)"
      ))
    XCTAssertTrue(html.contains("<strong>\(fr.millions(end.grossSavings))</strong>"))
    // The capacité de désendettement and the stock in the summary, from the same schedule.
    let paydown =
      end.debtPaydownYears.map { fr.grouped($0, decimals: 1) + "\u{00A0}ans" } ?? "non définie"
    XCTAssertTrue(html.contains("La capacité de désendettement passerait de "))
    XCTAssertTrue(html.contains("<strong>\(paydown)</strong> en \(end.year) ("))
    let borrowed = years.filter(\.forecast).reduce(0) { $0 + ($1.newBorrowing ?? 0) }
    XCTAssertTrue(
      html.contains(", avec \(fr.millions(borrowed)) d'emprunts nouveaux sur la période ; "))
    XCTAssertTrue(
      html.contains("dans l&#39;échéancier des emprunts plutôt que dans leur prévision"))
  }

  /// A band's bound of the capacité de désendettement beyond 30 years reads "> 30" (the
  /// ratio explodes as gross savings near zero), and the note says so.
  func testPaydownBoundsBeyondThirtyYearsAreCapped() throws {
    let fixture = try RunsFixture(scenarios: [RunsFixture.debtScenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let french = HTMLReport(data: data, language: .french)
    XCTAssertEqual(french.paydownBound(12.34), "12,3")
    XCTAssertEqual(french.paydownBound(30), "30,0")
    XCTAssertEqual(french.paydownBound(1_233.2), "&gt;\u{00A0}30")
    XCTAssertTrue(french.render().contains("« >\u{00A0}30 » une borne au-delà de 30\u{00A0}ans"))
    let english = HTMLReport(data: data, language: .english)
    XCTAssertEqual(english.paydownBound(1_233.2), "&gt;\u{00A0}30")
    XCTAssertTrue(english.render().contains("“> 30” a bound beyond 30 years"))
  }
}
