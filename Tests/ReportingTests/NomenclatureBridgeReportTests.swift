import BudgetcastTestSupport
import Foundation
import RunArchive
import XCTest

@testable import Reporting

/// A run across the M52 → M57 switch: its report names the lines joined to their
/// history.
final class NomenclatureBridgeReportTests: XCTestCase {
  func testTheMethodologyListsTheLinesJoinedAcrossTheSwitch() throws {
    let scratch = try ScratchArchive("bridge-report")
    defer { scratch.remove() }
    // The fixture until 2022 in M52 with chapter 017's functions 50–52, re-coded 40–42
    // in M57 from 2023, as the départements' switch did.
    let rows = BudgetFixture.longCSV().split(separator: "\n").enumerated().map { index, row in
      guard index > 0 else { return String(row) }
      var cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      let switched = (Int(cells[2]) ?? 0) >= 2023
      cells[4] = switched ? "M57-2023" : "M52"
      if cells[8] == "017" { cells[10] = (switched ? "4" : "5") + cells[10].dropFirst() }
      return cells.joined(separator: ",")
    }
    let data = try scratch.file("accounts.csv", rows.joined(separator: "\n") + "\n")
    let run = try scratch.record(
      data,
      RunParameters(
        horizon: 2, model: "naive", reconciliation: "ols", includeOrder: false,
        backtestHorizon: 0))
    let report = try ReportData.load(run, from: scratch.archive)
    XCTAssertEqual(report.bridge?.links.count, 3)
    XCTAssertTrue(report.manifest.summary.notes.contains { $0.contains("3 line(s) joined") })
    // One series per account across the years, not one per nomenclature.
    XCTAssertEqual(report.history.keys.filter { $0.hasPrefix("line/F/D/017/") }.count, 3)
    let html = HTMLReport(data: report, language: .french).render()
    XCTAssertTrue(html.contains("Passage de la M52 à la M57 en 2023"))
    XCTAssertTrue(html.contains("<td>0171</td><td>50</td><td>40</td>"), "the RSA line's row")
    // Function 51 (child welfare) became 41: the joined line is still child welfare,
    // charted over both nomenclatures' years.
    let joined = try XCTUnwrap(report.history["line/F/D/017/0172/41"])
    let last = try XCTUnwrap(report.historyYears.last)
    XCTAssertTrue(
      html.contains(
        "Aide sociale à l&#39;enfance (fonctions 51 et 421)</title><desc id=\"d"),
      "charted, not 'pas de données'")
    XCTAssertTrue(
      html.contains("\(last) \(ReportLanguage.french.millions(try XCTUnwrap(joined[last])))"))
  }

  /// A run on the fixture whose account `6574` is subdivided at the switch: the
  /// sub-accounts carry its history, the report's methodology lists the split, and a
  /// run whose parameters predate the join keeps the accounts apart.
  func testSubdividedAccountsCarryTheirHistoryAndAreListed() throws {
    let scratch = try ScratchArchive("subdivision-report")
    defer { scratch.remove() }
    let data = RepositoryPaths.root.appendingPathComponent(
      "datasets/fixtures/subdivision_switch.csv")
    let (archive, recorder) = (scratch.archive, scratch.recorder)
    var parameters = RunParameters(
      horizon: 2, model: "naive", reconciliation: "ols", includeOrder: false,
      backtestHorizon: 0)
    let run = try recorder.record(
      dataFiles: [data.path], nomenclatureFile: nil, parameters: parameters, jobs: 1,
      actor: "a", note: "")
    let report = try ReportData.load(run.id, from: archive)
    XCTAssertEqual(report.bridge?.subdivisions.map(\.account), ["6568", "65681", "6574"])
    XCTAssertNil(report.history["line/F/D/65/6574/51"])
    // 30 % of 6574's 2016 amount (2 M€ × growth), and the twice-subdivided account's.
    let parts = try XCTUnwrap(report.history["line/F/D/65/65741/41"]?[2016])
    XCTAssertEqual(parts, 0.6e6, accuracy: 0.1e6)
    XCTAssertGreaterThan(report.history["line/F/D/65/656811/01"]?[2016] ?? 0, 0.7e6)
    let html = HTMLReport(data: report, language: .french).render()
    XCTAssertTrue(html.contains("Comptes subdivisés"))
    XCTAssertTrue(html.contains("<td>6574</td><td>51</td><td>65741 (30,0"), "the split's row")

    parameters.bridgesSubdivisions = false
    let older = try recorder.record(
      dataFiles: [data.path], nomenclatureFile: nil, parameters: parameters, jobs: 1,
      actor: "a", note: "")
    let apart = try ReportData.load(older.id, from: archive)
    XCTAssertEqual(apart.bridge?.subdivisions.count, 0)
    XCTAssertNotNil(apart.history["line/F/D/65/6574/51"])
    XCTAssertEqual(apart.history["line/F/D/65/65741/41"]?[2016] ?? 0, 0)
  }
}
