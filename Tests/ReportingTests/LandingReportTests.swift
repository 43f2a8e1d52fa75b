import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import RunArchive
import Testing

@testable import Reporting

/// A run that lands 2024 from its monthly execution, as reports show it.
@Suite struct LandingReportTests {

  @Test func theLandedYearIsMarkedAndItsLandingsListed() throws {
    let fixture = try RunsFixture(
      scenarios: [nil], execution: BudgetFixture.monthlyExecution, through: "2024-06")
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    #expect(data.provisionalYear == 2024)
    #expect(data.historyYears.last == 2024 && data.forecastYears == [2025, 2026, 2027])
    // 2024 is history now: chapter 017 at its landing.
    #expect(abs((data.history["chapter/F/D/017"]?[2024] ?? 0) - 10_200_000) < 0.02)
    let french = HTMLReport(data: data, language: .french).render()
    #expect(french.contains("exécution 2015–2023 · 2024 anticipé"))
    #expect(french.contains("<th scope=\"col\" class=\"num\">2024 (anticipé)</th>"), "year header")
    #expect(
      french.contains(
        "L'exercice 2024 est <strong>anticipé</strong> à partir de son exécution des 6 premiers mois"
      ))
    #expect(french.contains("<strong>10,2\u{00A0}M€</strong>"))
    let section = HTMLReport(data: data, language: .french).landingSection()
    #expect(
      section.contains(
        "<th scope=\"row\">017 Revenu de solidarité active</th><td class=\"num\">5,1\u{00A0}M€</td><td class=\"num\">50,0\u{00A0}%</td><td class=\"num\"><strong>10,2\u{00A0}M€</strong></td>"
      ), "\(section)")
    #expect(section.contains("les années complètes passées (2022–2023)"))
    let english = HTMLReport(data: data, language: .english).render()
    #expect(english.contains("2024 landing of the series followed (execution to the end of June)"))
    let json = try JSONSerialization.jsonObject(with: try ReportExport.json(data)) as? [String: Any]
    #expect(json?["provisionalYear"] as? Int == 2024)
    let ratios = json?["ratios"] as? [[String: Any]] ?? []
    #expect(
      ratios.filter { $0["provisional"] as? Bool == true }.map { $0["year"] as? Int } == [2024])
    #expect((json?["landings"] as? [[String: Any]])?.first?["node"] as? String == "chapter/F/D/017")
    let workbook = try WorkbookFile(data)
    defer { workbook.remove() }
    #expect(try workbook.part("xl/workbook.xml").contains("name=\"Atterrissage\""))
    let strings = try workbook.part("xl/sharedStrings.xml")
    #expect(strings.contains("2024 anticipé") && strings.contains("profil d'exécution : 50,0"))
    // Evaluated against the accounts of 2024 and 2025 (the fixture's next two years),
    // the anticipated year's landing is compared with what was executed.
    let later = try LongBudgetFormat.read(
      try DelimitedTable(
        bytes: Array(BudgetFixture.longCSV(years: 11).utf8), file: "actuals.csv"))
    let actuals = BudgetDataset(lines: later.lines.filter { $0.year >= 2024 })
    let evaluation = try ForecastEvaluation.evaluate(
      run: fixture.runIDs[0], in: fixture.archive, actuals: actuals)
    #expect(evaluation.years == [2025])
    let landing = try #require(evaluation.landings.first)
    let executed = actuals.lines.filter { $0.year == 2024 && $0.chapter == "017" }
      .map(\.amount).reduce(0, +)
    #expect(landing.node == "chapter/F/D/017" && landing.year == 2024)
    #expect(abs(landing.actual - executed) < 0.01 && abs(landing.anticipated - 10_200_000) < 0.02)
    #expect(abs((landing.percentError ?? 0) - (10_200_000 / executed - 1)) < 1e-8)
    let table = HTMLReport(data: data, language: .french).landingOutcomesTable(evaluation)
    #expect(
      table.contains("<caption>Atterrissage 2024 face à l&#39;exécution</caption>"), "\(table)")
    // An override of the anticipated year is marked where the year is shown.
    let derived = try OverrideRecorder(
      archive: fixture.archive, engine: data.manifest.engine, jobs: 1
    ).override(
      fixture.runIDs[0], node: "chapter/F/D/017", year: 2024, amount: .value(11_000_000),
      actor: "dfin", reason: "décembre connu")
    let adjusted = HTMLReport(
      data: try ReportData.load(derived.id, from: fixture.archive), language: .french)
    #expect(
      adjusted.amount("chapter/F/D/017", 2024).contains(
        "title=\"Ajusté par dfin (décembre connu)\""))
    #expect(adjusted.landingSection().contains("ajusté à 11,0\u{00A0}M€"))
    // A run without landing has no such section.
    let plain = try RunsFixture(scenarios: [nil])
    defer { plain.remove() }
    let html = HTMLReport(
      data: try ReportData.load(plain.runIDs[0], from: plain.archive), language: .french
    ).render()
    #expect(!html.contains("id=\"atterrissage\"") && !html.contains("anticipé"))
  }
}
