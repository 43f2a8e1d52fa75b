import BudgetcastTestSupport
import Foundation
import Reporting
import RunArchive
import XCTest

final class HTMLReportTests: XCTestCase {
  var folder: URL!
  var archive: Archive!
  var runID: String!
  let engine = EngineDescription(version: "test", gitCommit: nil, buildConfiguration: "debug")

  override func setUpWithError() throws {
    let fixture = try RunsFixture(scenarios: [nil])
    folder = fixture.folder
    archive = fixture.archive
    runID = try OverrideRecorder(archive: archive, engine: engine, jobs: 1).override(
      fixture.runIDs[0], node: "chapter/F/D/017", year: 2025, amount: .percent(4.6),
      actor: "dfin.martin",
      reason: "Revalorisation <RSA> & avril"
    ).id
  }

  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: folder) }

  func testEverySectionOverridesAndNoMissingNumbers() throws {
    let data = try ReportData.load(runID, from: archive)
    let html = HTMLReport(data: data, language: .french).render()
    for id in [
      "synthese", "trajectoire", "social", "recettes", "personnel", "ratios", "dette",
      "sensibilite", "methodologie", "tracabilite",
    ] {
      XCTAssertTrue(html.contains("<section id=\"\(id)\""), id)
    }
    XCTAssertTrue(html.contains("dfin.martin"))
    XCTAssertTrue(html.contains("Revalorisation &lt;RSA&gt; &amp; avril"), "reason escaped")
    // The overridden chapter named for a reader beside its identifier.
    XCTAssertTrue(
      html.contains("017 Revenu de solidarité active<br><small>chapter/F/D/017</small>"))
    XCTAssertTrue(html.contains("✎"))
    // Text is escaped once: no entity escaped again.
    XCTAssertFalse(html.contains("&amp;#") || html.contains("&amp;amp;"))
    for bad in ["NaN", "nan", "inf", "Infinity"] {
      XCTAssertFalse(html.contains(">\(bad)<") || html.contains(" \(bad) "), bad)
    }
    // Four sections, RSA, personnel and the savings rate are charted (history and
    // forecast lines), and the sensitivity tornado (bars); the fixture has no APA, PCH,
    // child-welfare, DMTO, VAT or DGF lines, which are said so.
    let charts = html.components(separatedBy: "<svg").count - 1
    XCTAssertEqual(charts, 8)
    XCTAssertEqual(html.components(separatedBy: "<polyline").count - 1, 2 * (charts - 1))
    XCTAssertTrue(html.contains("Effet de chaque facteur sur l&#39;épargne brute"))
    // Personnel: the fixture's three 012 accounts (0121–0123) are all "other" components,
    // so that row is the chapter's, year by year; without a debt in the scenario, the
    // section says how to give one.
    XCTAssertTrue(html.contains("Dépenses de personnel par composante"))
    let cells = { (row: String) -> String? in
      html.components(separatedBy: "<th scope=\"row\">\(row)</th>").dropFirst().first?
        .components(separatedBy: "</tr>").first
    }
    let other = try XCTUnwrap(cells("Autres (personnel extérieur, autres charges)"))
    XCTAssertEqual(other, try XCTUnwrap(cells("Total du chapitre 012")))
    XCTAssertTrue(html.contains("L&#39;état de la dette ne figure pas dans les comptes"))
    XCTAssertEqual(html.components(separatedBy: "pas de données").count - 1, 6)
    // Self-contained: no stylesheet, script, image or font fetched from anywhere.
    for external in ["<link", "<script", "<img", "src=\"", "url("] {
      XCTAssertFalse(html.contains(external), "external reference \(external)")
    }
    let english = HTMLReport(data: data, language: .english).render()
    XCTAssertTrue(english.contains("<html lang=\"en\">"))
    XCTAssertTrue(english.contains("Gross savings"))
    // Each line's reason in the report's language.
    XCTAssertTrue(html.contains("méthode demandée (ets)"))
    XCTAssertFalse(html.contains("as requested"))
    XCTAssertTrue(english.contains("ets as requested"))
    // The run's parameters too; option values as typed on the command line.
    XCTAssertTrue(html.contains("modèle ets, réconciliation "), "French parameters")
    XCTAssertTrue(html.contains("opérations d&#39;ordre exclues"))
    XCTAssertTrue(english.contains("model ets, reconciliation "))
    // Chapters by their nomenclature title; French typography keeps "15 %" together.
    XCTAssertTrue(html.contains("<th scope=\"row\">73 Impôts et taxes</th>"))
    XCTAssertTrue(
      english.contains("<th scope=\"row\">74 Dotations, subventions et participations</th>"))
    XCTAssertFalse(html.contains(" %"), "a space that may break before %")
  }

  func testSavingsCascadeMatchesTheAccounts() throws {
    let data = try ReportData.load(runID, from: archive)
    let ratios = FinancialRatios(data)
    // Independent sums of the fixture's CSV for 2019.
    var revenue = 0.0
    var spending = 0.0
    for row in BudgetFixture.longCSV().split(separator: "\n").dropFirst() {
      let cells = row.split(separator: ",")
      guard cells[2] == "2019", cells[5] == "F", let amount = Double(cells[12]) else { continue }
      if cells[6] == "R" { revenue += amount } else { spending += amount }
    }
    let year = try XCTUnwrap(ratios.years.first { $0.year == 2019 })
    XCTAssertEqual(year.grossSavings, revenue - spending, accuracy: 0.005)
    XCTAssertEqual(year.grossSavingsRate, 100 * (revenue - spending) / revenue, accuracy: 1e-9)
    XCTAssertEqual(ratios.years.filter(\.forecast).map(\.year), [2024, 2025, 2026])
  }

  func testCSVExportCarriesOverrideAuthorAndReason() throws {
    let csv = ReportExport.csv(try ReportData.load(runID, from: archive))
    let row = try XCTUnwrap(
      csv.split(separator: "\n").first { $0.hasPrefix("chapter/F/D/017,,2025,forecast") })
    XCTAssertTrue(row.contains(",yes,"))
    XCTAssertTrue(row.contains("dfin.martin"))
  }

  func testTheDriverHistoryIsShownBesideTheLinesItDrives() throws {
    let fixture = try RunsFixture(
      scenarios: [nil],
      driverHistory:
        "driver,year,value\nunemployment_rate,2022,7.3\nunemployment_rate,2023,7.1\n"
        + "rsa_households,2023,21000\npay_index,2023,106.3\npch_beneficiaries,2023,5120\n")
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let html = HTMLReport(data: data, language: .french).render()
    XCTAssertTrue(html.contains("Moteurs des dépenses sociales observés"))
    XCTAssertTrue(
      html.contains(
        "<th scope=\"row\">Taux de chômage (%)</th><td class=\"num\">7,3</td><td class=\"num\">7,1</td>"
      ))
    XCTAssertTrue(
      html.contains(
        "<th scope=\"row\">Foyers allocataires du RSA</th><td class=\"num\">—</td><td class=\"num\">21\u{202F}000</td>"
      ))
    XCTAssertTrue(
      html.contains(
        "<th scope=\"row\">Point d&#39;indice (indice)</th><td class=\"num\">106,3</td>"))
    XCTAssertTrue(
      html.contains(
        "<th scope=\"row\">Bénéficiaires de la PCH</th><td class=\"num\">—</td><td class=\"num\">5\u{202F}120</td>"
      ))
    XCTAssertFalse(
      html.contains("Moteurs des droits de mutation observés"), "no real-estate history")
  }
}
