import BudgetcastTestSupport
import Foundation
import Reporting
import RunArchive
import XCTest

final class DebtScheduleTests: XCTestCase {
  func testDebtScheduleIdentitiesAndPaydownRatio() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-debt-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let data = folder.appendingPathComponent("accounts.csv")
    try Data(BudgetFixture.longCSV().utf8).write(to: data)
    let scenario = folder.appendingPathComponent("debt.yaml")
    try Data(
      "name: Dette\ndebt: {outstanding: 30000000, residual_years: 10, rate: 0.03}\n".utf8
    ).write(to: scenario)
    let archive = Archive(path: folder.appendingPathComponent("archive").path)
    let run = try RunRecorder(
      archive: archive,
      engine: EngineDescription(version: "t", gitCommit: nil, buildConfiguration: "debug")
    ).record(
      dataFiles: [data.path], nomenclatureFile: nil, scenarioFile: scenario.path,
      parameters: RunParameters(
        horizon: 3, model: "ets", reconciliation: "wls", includeOrder: false),
      jobs: 1, actor: "a", note: "")
    let ratios = FinancialRatios(try ReportData.load(run.id, from: archive))
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
    let html = HTMLReport(data: try ReportData.load(run.id, from: archive), language: .french)
      .render()
    XCTAssertTrue(html.contains("Encours de dette au 31/12"))
    XCTAssertTrue(html.contains("Scénario : Dette"))
  }
}
