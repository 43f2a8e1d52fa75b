import BudgetcastTestSupport
import Foundation
import Testing

@testable import Reporting

/// A scenario in levels moves the run exactly as the same scenario in changes, once the
/// levels are read against the drivers' reference forecasts (flat histories here, so
/// the references are their levels: unemployment 8 %, interest rates 3 %).
@Suite struct DriverPathReportTests {
  static let history =
    "driver,year,value\n"
    + (2012...2023).map { "unemployment_rate,\($0),8.0\ninterest_rate,\($0),3.0\n" }.joined()
  static let debt = "debt: {outstanding: 30000000, residual_years: 10, rate: 0.03}\n"

  @Test func levelsMoveTheRunAsTheirChangesDo() throws {
    let levels =
      "name: Niveaux\ndrivers:\n  unemployment_rate: {levels: {2024: 9.0, 2025: 9.5}}\n"
      + "  interest_rate: {levels: {2024: 4.0}}\n" + Self.debt
    let changes =
      "name: Écarts\ndrivers:\n  unemployment_rate: {2024: 1.0, 2025: 1.5}\n"
      + "  interest_rate: {2024: 1.0}\n" + Self.debt
    let fixture = try RunsFixture(scenarios: [levels, changes], driverHistory: Self.history)
    defer { fixture.remove() }
    let byLevels = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let byChanges = try ReportData.load(fixture.runIDs[1], from: fixture.archive)
    #expect(byLevels.manifest.outputs.driverPaths != nil)
    #expect(byChanges.manifest.outputs.driverPaths == nil)
    #expect(byLevels.driverPaths.count == 6)
    let unemployment = try #require(byLevels.scenario?.drivers[.unemploymentRate])
    #expect(abs((unemployment[2026] ?? .nan) - 1.5) < 1e-9)
    // RSA a year later, and the whole cascade with its debt schedule, agree.
    for year in byLevels.forecastYears {
      let a = try #require(byLevels.forecasts["chapter/F/D/017"]?[year]).mean
      let b = try #require(byChanges.forecasts["chapter/F/D/017"]?[year]).mean
      #expect(abs(a - b) < 1e-9 * abs(b), "\(year)")
    }
    let (left, right) = (FinancialRatios(byLevels).years, FinancialRatios(byChanges).years)
    for (x, y) in zip(left, right) {
      #expect(abs(x.interest - y.interest) < 1e-6)
      #expect(abs((x.outstandingDebt ?? 0) - (y.outstandingDebt ?? 0)) < 1e-6)
    }
    // The report shows the paths against their trend.
    let html = HTMLReport(data: byLevels, language: .french).render()
    #expect(html.contains("Trajectoires des moteurs retenues par le scénario"))
    // The comparison lists each scenario's paths beside their trend.
    let comparison = ComparisonReport(
      comparison: try ScenarioComparison([byChanges, byLevels]), language: .french,
      sensitivity: nil
    ).render()
    #expect(
      comparison.contains(
        "<small>Taux de chômage 2024–2026\u{00A0}: 9,00 / 9,50 / 9,50 (tendance 8,00 / 8,00 / 8,00)</small>"
      ))
    // The RSA message says what the scenario adds to the trend, and why.
    let added = try #require(byLevels.effects["chapter/F/D/017"]?[2026]?.values.reduce(0, +))
    let fr = ReportLanguage.french
    #expect(
      html.contains(
        " ; le scénario y ajoute +\(fr.millions(added)) en 2026 (foyers allocataires du RSA (dont effet du chômage))."
      ))
    // The workbook's scenario sheet: causes and paths.
    let workbook = try WorkbookFile(byLevels)
    defer { workbook.remove() }
    #expect(try workbook.part("xl/workbook.xml").contains("name=\"Scénario\""))
    let strings = try workbook.part("xl/sharedStrings.xml")
    #expect(strings.contains("Modèle de la tendance") && strings.contains("unemployment_rate"))
    #expect(strings.contains("foyers allocataires du RSA (dont effet du chômage)"))
    #expect(
      html.contains(
        "<td class=\"num\">2025</td><td class=\"num\">8,00</td><td class=\"num\">9,50</td><td class=\"num\">+1,50\u{00A0}pt</td>"
      ))
  }
}
