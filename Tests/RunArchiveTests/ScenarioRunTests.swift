import BudgetcastTestSupport
import Foundation
import RunArchive
import Scenarios
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
    // 2025: +9 % households in log terms (e^0.09) and the full revaluation.
    let rsa2025 = try XCTUnwrap(value(before, "chapter/F/D/017", "2025"))
    XCTAssertEqual(
      try XCTUnwrap(value(after, "chapter/F/D/017", "2025")), rsa2025 * exp(0.09) * 1.046,
      accuracy: 1e-6 * rsa2025)
    // The shock lands on chapter 011 in 2025; totals move by the sum of the changes.
    let charges = try XCTUnwrap(value(before, "chapter/F/D/011", "2025"))
    XCTAssertEqual(
      try XCTUnwrap(value(after, "chapter/F/D/011", "2025")), charges - 500_000, accuracy: 1e-3)
    let total = try XCTUnwrap(value(before, "total/D", "2025"))
    let expected = total + rsa2025 * (exp(0.09) * 1.046 - 1) - 500_000
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

  /// A driver history where RSA households rise by exp(0.05) per point of the previous
  /// year's unemployment change, give or take a small fixed wobble.
  func householdsHistory() throws -> String {
    let unemployment = [
      8.9, 8.8, 9.4, 9.9, 10.1, 10.1, 9.8, 9.1, 8.7, 8.2, 7.8, 7.9, 7.3, 7.3, 7.4,
    ]
    let wobble = [
      0.003, -0.002, 0.001, -0.003, 0.002, 0.0, -0.001, 0.002, -0.002, 0.001, 0.003, -0.003, 0.001,
    ]
    var households = [24_000.0, 24_100]
    for i in 2..<unemployment.count {
      let change = unemployment[i - 1] - unemployment[i - 2]
      households.append(households[i - 1] * exp(0.05 * change + wobble[i - 2]))
    }
    var text = "driver,year,value\n"
    for (i, year) in (2010...2024).enumerated() {
      text += "unemployment_rate,\(year),\(unemployment[i])\n"
      text += "rsa_households,\(year),\(households[i])\n"
    }
    return try CommandRunner.temporaryFile(named: "history.csv", contents: text)
  }

  func testEstimatedElasticityMovesTheScenarioAndIsArchived() throws {
    let scenario = try CommandRunner.temporaryFile(
      named: "chomage.yaml",
      contents: """
        name: Chômage
        drivers:
          unemployment_rate: {2024: 1.0}
        """)
    // The baseline with the same history: its RSA is forecast from the households.
    let baseline = try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, driverHistoryFile: try householdsHistory(),
      parameters: parameters, jobs: 1, actor: "alice", note: "baseline")
    let run = try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, scenarioFile: scenario,
      driverHistoryFile: try householdsHistory(), parameters: parameters, jobs: 1,
      actor: "alice", note: "estimated")
    let manifest = try archive.manifest(run.id)
    XCTAssertTrue(manifest.inputs.map(\.role).contains("driver-history"))
    let elasticities = try JSONDecoder().decode(
      [Elasticity].self,
      from: try archive.object(try XCTUnwrap(manifest.outputs.elasticities)))
    let rsa = try XCTUnwrap(
      elasticities.first { $0.name == "rsa_households_per_unemployment_point" })
    XCTAssertEqual(rsa.source, .estimated)
    XCTAssertEqual(rsa.used, 0.05, accuracy: 0.005)
    // The history has no other driver: every other elasticity keeps its default.
    XCTAssertTrue(
      elasticities.filter { $0.name != rsa.name }.allSatisfy { $0.verdict == .missingDriver })
    // 2025: households up by the estimated elasticity, not the 9 % default.
    let rsa2025 = try XCTUnwrap(value(try forecastRows(baseline.id), "chapter/F/D/017", "2025"))
    XCTAssertEqual(
      try XCTUnwrap(value(try forecastRows(run.id), "chapter/F/D/017", "2025")),
      rsa2025 * exp(rsa.used), accuracy: 1e-6 * rsa2025)
    XCTAssertTrue(
      try RunReplayer(archive: archive, engine: engine, jobs: 2).replay(run.id, actor: "a")
        .identical)
  }

  func testBadDriverHistoryStopsTheRunAndArchivesNothing() throws {
    let history = try CommandRunner.temporaryFile(
      named: "bad-history.csv", contents: "driver,year,value\nchomage,2020,8\n")
    XCTAssertThrowsError(
      try RunRecorder(archive: archive, engine: engine).record(
        dataFiles: [dataPath], nomenclatureFile: nil, driverHistoryFile: history,
        parameters: parameters, jobs: 1, actor: "alice", note: "bad")
    ) { error in
      XCTAssertTrue("\(error)".contains("bad-history.csv:2:1: unknown driver 'chomage'"))
    }
    XCTAssertTrue(evidenceFiles().isEmpty)
  }
}
