import Budget
import BudgetcastTestSupport
import Foundation
import RunArchive
import Testing

@testable import Reporting

/// Loans, repayments and the treasury movements of chapter 16 in the savings cascade
/// and the investment financing (``DebtAccounts``: the 2018 decree's reading).
@Suite("Borrowing and treasury movements in the cascade")
struct DebtFlowsTests {
  /// The fixture with, each year, euro loans and bonds repaid and issued, a revolving
  /// loan, a treasury line drawn and repaid within the year, and equipment.
  static func accounts() -> String {
    let row = { (year: Int, direction: String, chapter: String, account: String, amount: Int) in
      "D999,principal,\(year),CA,M57,I,\(direction),real,\(chapter),\(account),01,Compte \(account),\(amount).00\n"
    }
    return BudgetFixture.longCSV().split(separator: "\n").filter {
      !$0.contains(",I,R,real,16,")
    }.joined(separator: "\n") + "\n"
      + (2015...2023).map { year in
        let k = year - 2015
        return row(year, "D", "16", "1641", 27_000_000 + 100_000 * k)
          + row(year, "D", "16", "16441", 7_800_000)
          + row(year, "D", "16", "16449", 90_000_000 - 1_000_000 * k)
          + row(year, "R", "16", "1641", 37_000_000)
          + row(year, "R", "16", "16311", k % 2 == 0 ? 40_000_000 : 0)
          + row(year, "R", "16", "16441", 28_500_000)
          + row(year, "R", "16", "16449", 90_000_000 - 1_000_000 * k)
      }.joined()
  }

  @Test func repaymentsAndLoansFollowTheDecreeAndTreasuryFinancesNothing() throws {
    let scratch = try ScratchArchive("debt-flows")
    defer { scratch.remove() }
    let data = try scratch.quickReport(Self.accounts())
    let ratios = FinancialRatios(data)
    let year2023 = try #require(ratios.years.first { $0.year == 2023 })
    // 1641 and the revolving loan's 16441; the treasury line's 16449 is no repayment.
    #expect(abs(year2023.capitalRepayment - (27_800_000 + 7_800_000)) < 0.01)
    // Investment without any of chapter 16, on both sides.
    let spending = try #require(data.history["section/I/D"]?[2023])
    let revenue = try #require(data.history["section/I/R"]?[2023])
    let chapter16Spending = 27_800_000.0 + 7_800_000 + 82_000_000
    let chapter16Revenue = 37_000_000.0 + 40_000_000 + 28_500_000 + 82_000_000
    #expect(abs(year2023.investmentSpending - (spending - chapter16Spending)) < 0.01)
    #expect(abs(year2023.investmentRevenueWithoutLoans - (revenue - chapter16Revenue)) < 0.01)
    #expect(abs(year2023.netSavings - (year2023.grossSavings - 35_600_000)) < 0.01)
    // The financing table gives the loans received: euro loans, bonds and the revolving
    // loan's drawings, not the treasury line.
    let html = HTMLReport(data: data, language: .french).render()
    let table = try #require(
      html.range(of: "Emprunts (reçus ; prévus : besoin de financement)").map {
        String(html[$0.upperBound...].prefix(900))
      })
    #expect(table.contains("105,5\u{00A0}M€"), "\(table)")
    #expect(table.contains("65,5\u{00A0}M€"), "\(table)")
  }
}
