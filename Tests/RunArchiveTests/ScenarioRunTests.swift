import BudgetcastTestSupport
import Foundation
import RunArchive
import XCTest

final class ScenarioRunTests: ArchiveTestCase {
  func value(_ rows: [[String]], _ node: String, _ year: String) -> Double? {
    guard let column = rows.first?.firstIndex(of: "forecast"),
      let row = rows.first(where: { $0.first == node && $0[1] == year })
    else { return nil }
    return Double(row[column])
  }

  func testScenarioMovesRSAByItsFactorsAndStaysCoherent() throws {
    let scenario = try CommandRunner.temporaryFile(
      named: "rsa.yaml",
      contents: """
        name: RSA
        drivers:
          unemployment_rate: {2024: 1.0}
        levers:
          rsa_revaluation: {date: 2024-04, rate: 0.046}
        shocks:
          - {series: chapter/F/D/011, year: 2025, amount: -500000, label: économies}
        """)
    let baseline = try recordRun()
    let run = try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, scenarioFile: scenario,
      parameters: parameters, jobs: 1, actor: "alice", note: "scenario")
    let before = try forecastRows(baseline.id)
    let after = try forecastRows(run.id)
    // 2024: revaluation from April (9/12 of 4.6 %), households not yet (one year's lag).
    let rsa2024 = try XCTUnwrap(value(before, "chapter/F/D/017", "2024"))
    XCTAssertEqual(
      try XCTUnwrap(value(after, "chapter/F/D/017", "2024")), rsa2024 * (1 + 0.046 * 9 / 12),
      accuracy: 1e-6 * rsa2024)
    // 2025: +9 % households and the full revaluation.
    let rsa2025 = try XCTUnwrap(value(before, "chapter/F/D/017", "2025"))
    XCTAssertEqual(
      try XCTUnwrap(value(after, "chapter/F/D/017", "2025")), rsa2025 * 1.09 * 1.046,
      accuracy: 1e-6 * rsa2025)
    // The shock lands on chapter 011 in 2025; totals move by the sum of the changes.
    let charges = try XCTUnwrap(value(before, "chapter/F/D/011", "2025"))
    XCTAssertEqual(
      try XCTUnwrap(value(after, "chapter/F/D/011", "2025")), charges - 500_000, accuracy: 1e-3)
    let total = try XCTUnwrap(value(before, "total/D", "2025"))
    let expected = total + rsa2025 * (1.09 * 1.046 - 1) - 500_000
    XCTAssertEqual(try XCTUnwrap(value(after, "total/D", "2025")), expected, accuracy: 1e-3)
    // Effects by cause add up to the change of the total.
    let manifest = try archive.manifest(run.id)
    let effects = RunOutputs.parseCSV(try archive.object(try XCTUnwrap(manifest.outputs.effects)))
    let totalEffects = effects.filter { $0.first == "total/D" && $0[1] == "2025" }
      .compactMap { Double($0[3]) }.reduce(0, +)
    XCTAssertEqual(totalEffects, expected - total, accuracy: 1e-3)
    XCTAssertTrue(manifest.inputs.map(\.role).contains("scenario"))
    XCTAssertTrue(
      try RunReplayer(archive: archive, engine: engine, jobs: 2).replay(run.id, actor: "a")
        .identical)
  }
}
