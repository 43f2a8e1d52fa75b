import Foundation
import Scenarios
import Testing

@testable import Reporting

/// The social section splits PCH and child-welfare spending into volume and cost per
/// head, against hand computations on executed amounts set here.
@Suite struct VolumeSplitTests {
  @Test func spendingGrowthSplitsIntoVolumeAndCostPerHead() throws {
    let fixture = try RunsFixture(scenarios: [nil])
    defer { fixture.remove() }
    var data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    data.history["line/F/D/65/6511211/52"] = [2022: 100e6, 2023: 110e6]
    data.history["line/F/D/65/652412/4213"] = [2022: 50e6, 2023: 54e6]
    data.driverHistory = DriverHistory(values: [
      .pchBeneficiaries: [2022: 1000, 2023: 1050], .aseChildren: [2022: 1000, 2023: 1020],
    ])
    let fr = ReportLanguage.french
    let html = HTMLReport(data: data, language: .french).volumeSplitTable()
    let row = { (name: String, cell: String) in
      "<th scope=\"row\">\(name)</th><td class=\"num\">\(cell)</td>"
    }
    // PCH: +10 % of spending = +5 % of beneficiaries × +4.76 % of cost per head.
    #expect(html.contains(row("PCH : dépense", fr.percent(10, signed: true))))
    #expect(html.contains(row("dont volume (bénéficiaires)", fr.percent(5, signed: true))))
    let pchCost = (110e6 / 1050) / (100e6 / 1000) - 1
    #expect(html.contains(row("dont coût par tête", fr.percent(100 * pchCost, signed: true))))
    #expect(html.contains(fr.grouped(110e6 / 1050, decimals: 0)))
    // Child welfare by its function 4213 (the fixture is M57): +8 % = +2 % of children × +5.88 % of cost.
    #expect(
      html.contains(row("Aide sociale à l&#39;enfance : dépense", fr.percent(8, signed: true))))
    #expect(html.contains(row("dont volume (enfants confiés)", fr.percent(2, signed: true))))
    let aseCost = (54e6 / 1020) / (50e6 / 1000) - 1
    #expect(abs((1 + 0.08) - (1 + 0.02) * (1 + aseCost)) < 1e-12)
    #expect(html.contains(fr.percent(100 * aseCost, signed: true)))

    // The synthesis says it in one sentence for the last year.
    let message = try #require(HTMLReport(data: data, language: .french).volumeSplitMessage())
    #expect(
      message
        == "Dépenses sociales en 2023 : la PCH \(fr.percent(10, signed: true)) (bénéficiaires "
        + "\(fr.percent(5, signed: true)), coût par bénéficiaire "
        + "\(fr.percent(100 * pchCost, signed: true)))"
        + " ; l&#39;aide sociale à l&#39;enfance \(fr.percent(8, signed: true)) (enfants "
        + "confiés \(fr.percent(2, signed: true)), coût par enfant "
        + "\(fr.percent(100 * aseCost, signed: true)))."
    )

    // Without the counts in the driver history there is nothing to split.
    data.driverHistory = DriverHistory(values: [.unemploymentRate: [2022: 7.3]])
    #expect(HTMLReport(data: data, language: .french).volumeSplitTable().isEmpty)
    #expect(HTMLReport(data: data, language: .french).volumeSplitMessage() == nil)
  }
}
