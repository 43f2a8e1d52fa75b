import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

@testable import Reporting

/// The debt schedule of a loan table against hand computations: one loan in constant
/// capital (10 M€, 5 years, 2 %), one annuity (20 M€, 10 years, 3 %), new loans over
/// 15 years at 3.5 %.
@Suite struct LoanScheduleTests {
  static let scenario = """
    name: Dette détaillée
    debt:
      new_loan_years: 15
      new_loan_rate: 0.035
      loans:
        - {name: Prêt A, outstanding: 10e6, rate: 0.02, years: 5, profile: constant}
        - {name: Prêt B, outstanding: 20e6, rate: 0.03, years: 10, profile: annuity}
    """

  @Test func loansPayTheirInterestAndCapital() throws {
    let fixture = try RunsFixture(scenarios: [Self.scenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let ratios = FinancialRatios(data)
    let years = ratios.years.filter(\.forecast)
    #expect(years.map(\.year) == [2024, 2025, 2026])
    let annuity = 20e6 * 0.03 / (1 - pow(1.03, -10))  // 2,344,610.2 € a year
    // 2024: interest on the opening capital; A repays a fifth, B its annuity less interest.
    #expect(abs(years[0].interest - (0.02 * 10e6 + 0.03 * 20e6)) < 1e-6)
    let bCapital2024 = annuity - 0.03 * 20e6
    #expect(abs(years[0].capitalRepayment - (2e6 + bCapital2024)) < 1e-6)
    // 2025: the capital left, plus the first year of 2024's new loan (if any).
    let borrowed = try #require(years[0].newBorrowing)
    let interest2025 = 0.02 * 8e6 + 0.03 * (20e6 - bCapital2024) + 0.035 * borrowed
    #expect(abs(years[1].interest - interest2025) < 1e-6)
    let bCapital2025 = annuity - 0.03 * (20e6 - bCapital2024)
    #expect(abs(years[1].capitalRepayment - (2e6 + bCapital2025 + borrowed / 15)) < 1e-6)
    // The stock identity holds exactly, and interest moves operating spending.
    var previous = 30e6
    for year in years {
      let stock = try #require(year.outstandingDebt)
      #expect(stock == previous - year.capitalRepayment + (year.newBorrowing ?? 0))
      previous = stock
      let forecastSpending = try #require(data.forecasts["section/F/D"]?[year.year]).mean
      let forecastInterest = data.forecasts["chapter/F/D/66"]?[year.year]?.mean ?? 0
      #expect(
        abs(year.operatingSpending - (forecastSpending - forecastInterest + year.interest)) < 1e-6)
    }
  }

  @Test("The debt section: structure with weighted means, extinction to zero")
  func debtSectionShowsStructureAndExtinction() throws {
    let fixture = try RunsFixture(scenarios: [Self.scenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let debt = try #require(data.scenario?.debt)
    let profile = DebtSchedule(debt: debt).extinction(from: 2024)
    // A lasts 5 years, B 10: the existing debt is repaid in 2033, to the cent.
    #expect(profile.map(\.year) == Array(2024...2033))
    #expect(abs(profile.reduce(0) { $0 + $1.capital } - 30e6) < 1e-6)
    #expect(abs(try #require(profile.last).outstanding) < 1e-6)
    let annuity = 20e6 * 0.03 / (1 - pow(1.03, -10))
    #expect(abs(profile[0].capital - (2e6 + annuity - 0.03 * 20e6)) < 1e-6)
    #expect(abs(profile[0].interest - (0.02 * 10e6 + 0.03 * 20e6)) < 1e-6)
    // From 2029 only B remains: its payment is the annuity.
    #expect(abs(profile[5].capital + profile[5].interest - annuity) < 1e-6)
    let html = HTMLReport(data: data, language: .french).render()
    #expect(html.contains("<section id=\"dette\""))
    #expect(html.contains("Structure de la dette au 31 décembre 2023"))
    // Weighted rate (10 × 2 % + 20 × 3 %) / 30 = 2,67 %; life (10 × 5 + 20 × 10) / 30 = 8,3 years.
    #expect(html.contains("<th scope=\"row\">Total</th><td class=\"num\">30,0\u{00A0}M€</td>"))
    #expect(html.contains("2,67\u{00A0}%</td><td class=\"num\">8,3</td>"))
    #expect(html.contains("éteinte en 2033"))
    // The workbook carries the same: a Dette sheet with the loans and the extinction.
    let workbook = try WorkbookFile(data)
    defer { workbook.remove() }
    #expect(try workbook.part("xl/workbook.xml").contains("name=\"Dette\""))
    #expect(try workbook.part("xl/sharedStrings.xml").contains("Prêt B"))
    let sheet = try workbook.sheet(named: "Dette")
    #expect(sheet.contains("<v>2033</v>") && !sheet.contains("<v>2034</v>"))
    // And the JSON export, for other systems.
    let json = try JSONSerialization.jsonObject(with: try ReportExport.json(data))
    let exported = try #require((json as? [String: Any])?["debt"] as? [String: Any])
    #expect((exported["loans"] as? [Any])?.count == 2)
    let years = try #require(exported["extinction"] as? [[String: Any]])
    #expect(years.compactMap { $0["year"] as? Int } == Array(2024...2033))
  }
}

/// A bond repaid in fine beside a constant-capital loan: interest every year on the
/// whole bond, its capital at once in its last year (hand computations).
@Suite struct BulletLoanTests {
  @Test func aBondPaysInterestThenItsCapitalAtMaturity() throws {
    let file = try CommandRunner.temporaryFile(
      named: "bond.yaml",
      contents: """
        name: Obligation
        debt:
          loans:
            - {name: Obligation 2026, outstanding: 30e6, rate: 0.025, years: 3, profile: in_fine}
            - {name: Prêt A, outstanding: 10e6, rate: 0.02, years: 5, profile: constant}
        """)
    let debt = try #require(try ScenarioFile.read(file).debt)
    let profile = DebtSchedule(debt: debt).extinction(from: 2024)
    #expect(profile.map(\.year) == Array(2024...2028))
    let capital = [2e6, 2e6, 32e6, 2e6, 2e6]
    let interest = [0.75e6 + 0.2e6, 0.75e6 + 0.16e6, 0.75e6 + 0.12e6, 0.08e6, 0.04e6]
    for (k, year) in profile.enumerated() {
      #expect(abs(year.capital - capital[k]) < 1e-6, "\(year)")
      #expect(abs(year.interest - interest[k]) < 1e-6, "\(year)")
    }
    #expect(abs(profile[2].outstanding - 4e6) < 1e-6 && abs(profile[4].outstanding) < 1e-6)
    #expect(ReportLanguage.french.loanProfile(.inFine) == "in fine (capital à l'échéance)")
  }
}

/// New borrowing raised as bonds (`new_loan_profile: in_fine`): each year's new loan pays
/// interest from the next year and no capital before its maturity.
@Suite struct BulletBorrowingTests {
  @Test func newBondsPayInterestOnly() throws {
    // A programme that needs borrowing every year.
    let programme = "\nlevers:\n  investment_programme: {2024: 150e6, 2025: 150e6, 2026: 150e6}\n"
    let constantLoans = LoanScheduleTests.scenario + programme
    let bondIssues = LoanScheduleTests.scenario + "\n  new_loan_profile: in_fine" + programme
    let fixture = try RunsFixture(scenarios: [constantLoans, bondIssues])
    defer { fixture.remove() }
    let data = try fixture.runIDs.map { try ReportData.load($0, from: fixture.archive) }
    let schedules = data.map { FinancialRatios($0).years.filter(\.forecast) }
    let (constant, bonds) = (schedules[0], schedules[1])
    let debt = try #require(data[1].scenario?.debt)
    #expect(debt.newLoanProfile == .inFine)
    let existing = DebtSchedule(debt: debt).extinction(from: 2024)
    #expect(bonds.allSatisfy { ($0.newBorrowing ?? 0) > 50e6 }, "\(bonds)")
    // 15-year bonds mature after the horizon: the existing loans' capital only, and
    // interest at 3.5 % on the bonds of the years before; constant capital repays a
    // fifteenth of each earlier loan.
    var (bondsSoFar, loansSoFar) = (0.0, 0.0)
    for k in bonds.indices {
      #expect(abs(bonds[k].capitalRepayment - existing[k].capital) < 1e-6, "\(bonds[k].year)")
      #expect(abs(bonds[k].interest - (existing[k].interest + 0.035 * bondsSoFar)) < 1e-6)
      #expect(
        abs(constant[k].capitalRepayment - (existing[k].capital + loansSoFar / 15)) < 1e-6)
      bondsSoFar += bonds[k].newBorrowing ?? 0
      loansSoFar += constant[k].newBorrowing ?? 0
    }
    let html = HTMLReport(data: data[1], language: .french).render()
    #expect(
      html.contains(
        "Emprunts nouveaux : 15 ans à 3,50\u{00A0}%, in fine (capital à l&#39;échéance)."))
  }
}
