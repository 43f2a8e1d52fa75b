import Foundation
import RunArchive
import XCTest

final class OverrideTests: ArchiveTestCase {
  func value(_ rows: [[String]], _ node: String, _ year: String, _ column: String) -> Double? {
    guard let index = rows.first?.firstIndex(of: column),
      let row = rows.first(where: { $0.first == node && $0[1] == year })
    else { return nil }
    return Double(row[index])
  }

  func testOverrideIsHeldAndTheRestReconciledAround() throws {
    let parent = try recordRun()
    let recorder = OverrideRecorder(archive: archive, engine: engine, jobs: 1)
    let derived = try recorder.override(
      parent.id, node: "chapter/F/D/017", year: 2025, amount: .value(9_000_000), actor: "dfin",
      reason: "new RSA base amount")
    let before = try forecastRows(parent.id)
    let after = try forecastRows(derived.id)
    XCTAssertEqual(value(after, "chapter/F/D/017", "2025", "forecast"), 9_000_000)
    XCTAssertEqual(after.first { $0.first == "chapter/F/D/017" && $0[1] == "2025" }?.last, "yes")
    // Coherent: the section is the sum of its chapters, the chapter of its lines.
    let chapters = ["011", "012", "017"].compactMap {
      value(after, "chapter/F/D/\($0)", "2025", "forecast")
    }
    let section = try XCTUnwrap(value(after, "section/F/D", "2025", "forecast"))
    XCTAssertEqual(chapters.reduce(0, +), section, accuracy: 1e-6 * section)
    let lines = (1...3).compactMap {
      value(after, "line/F/D/017/017\($0)/0\($0 - 1)", "2025", "forecast")
    }
    XCTAssertEqual(lines.reduce(0, +), 9_000_000, accuracy: 1e-3)
    // The parent is untouched, and the model's value is kept beside the human one.
    XCTAssertEqual(try forecastRows(parent.id), before)
    let manifest = try archive.manifest(derived.id)
    XCTAssertEqual(manifest.parent, parent.id)
    let override = try XCTUnwrap(manifest.overrides.first)
    XCTAssertEqual(override.modelValue, value(before, "chapter/F/D/017", "2025", "forecast"))
    XCTAssertEqual(override.reason, "new RSA base amount")
    // An override run replays bit for bit too.
    XCTAssertTrue(
      try RunReplayer(archive: archive, engine: engine, jobs: 1).replay(derived.id, actor: "a")
        .identical)
  }

  func testUnknownSeriesAndYearAreExplained() throws {
    let parent = try recordRun()
    let recorder = OverrideRecorder(archive: archive, engine: engine, jobs: 1)
    XCTAssertThrowsError(
      try recorder.override(
        parent.id, node: "chapter/F/D/999", year: 2024, amount: .percent(1), actor: "a",
        reason: "r")
    ) { XCTAssertTrue("\($0)".contains("no series 'chapter/F/D/999'"), "\($0)") }
    XCTAssertThrowsError(
      try recorder.override(
        parent.id, node: "chapter/F/D/017", year: 2030, amount: .percent(1), actor: "a",
        reason: "r")
    ) { XCTAssertTrue("\($0)".contains("2030 is not a forecast year"), "\($0)") }
    XCTAssertThrowsError(
      try recorder.override(
        parent.id, node: "chapter/F/D/017", year: 2024, amount: .percent(1), actor: "a",
        reason: "  ")
    ) { XCTAssertTrue("\($0)".contains("--reason"), "\($0)") }
    for amount: OverrideRecorder.Amount in [.value(.nan), .value(1e300), .percent(1e308)] {
      XCTAssertThrowsError(
        try recorder.override(
          parent.id, node: "chapter/F/D/017", year: 2024, amount: amount, actor: "a",
          reason: "r")
      ) { XCTAssertTrue("\($0)".contains("the override value"), "\($0)") }
    }
    XCTAssertThrowsError(
      try recorder.override(
        parent.id, node: "chapter/F/D/017", year: 2024, amount: .value(-2e13), actor: "a",
        reason: "r")
    ) { XCTAssertTrue("\($0)".contains("beyond ±10^13 €"), "\($0)") }
    XCTAssertEqual(try archive.visibleRuns(), [parent.id])
  }
}
