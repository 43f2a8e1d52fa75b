import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import RunArchive
import XCTest

/// Runs that land the year after the accounts from its monthly execution.
final class LandingRunTests: ArchiveTestCase {

  func recordLanded(
    _ execution: String = BudgetFixture.monthlyExecution, through: String = "2024-06"
  )
    throws -> RunRecorder.Recorded
  {
    let path = folder.appendingPathComponent("monthly.csv").path
    try Data(execution.utf8).write(to: URL(fileURLWithPath: path))
    var landed = parameters
    landed.landingThrough = through
    return try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, executionFile: path, parameters: landed,
      jobs: 1, actor: "alice", note: "landed")
  }

  func testTheLandedYearJoinsTheHistoryAndTheForecastStartsAfterIt() throws {
    let run = try recordLanded()
    let manifest = run.manifest
    XCTAssertEqual(manifest.summary.forecastYears, [2025, 2026])
    XCTAssertEqual(manifest.parameters.landingThrough, "2024-06")
    XCTAssertTrue(manifest.inputs.map(\.role).contains("execution"))
    // The landed chapter's provisional lines add up to its landing, to the cent.
    let provisional = try LongBudgetFormat.read(
      try DelimitedTable(
        bytes: Array(try archive.object(try XCTUnwrap(manifest.outputs.provisional))),
        file: "provisional.csv"))
    XCTAssertEqual(Set(provisional.lines.map(\.year)), [2024])
    XCTAssertEqual(Set(provisional.lines.map(\.stage)), ["provisional"])
    XCTAssertEqual(provisional.lines.count, 36)
    let rsa = provisional.lines.filter { $0.chapter == "017" }.map(\.amountCents).reduce(0, +)
    XCTAssertEqual(Double(rsa), 1_020_000_000, accuracy: 2)
    let landings = try JSONDecoder().decode(
      [LandingRecord].self, from: try archive.object(try XCTUnwrap(manifest.outputs.landings)))
    XCTAssertEqual(landings.map(\.node), ["chapter/F/D/017"])
    XCTAssertEqual(landings.first?.retained, "profile")
    XCTAssertEqual(landings.first?.executed, 5_100_000)
    XCTAssertEqual(
      try XCTUnwrap(landings.first?.estimates.first?.landing), 10_200_000, accuracy: 1e-6)
    // Every line is its one-year forecast as an unlanded run makes it (to the cent),
    // chapter 017's scaled pro rata to the landing.
    let forecast2024 = try reconciled(try recordRun().id, year: 2024)
    let scale = 10_200_000 / (try XCTUnwrap(forecast2024["chapter/F/D/017"]))
    for line in provisional.lines {
      let id =
        "line/\(line.section.rawValue)/\(line.direction.rawValue)/\(line.chapter)/\(line.account)/\(line.function)"
      let expected = try XCTUnwrap(forecast2024[id]) * (line.chapter == "017" ? scale : 1)
      XCTAssertEqual(line.amount, expected, accuracy: 0.006, id)
    }
    // Replayed bit for bit, landing included.
    let replay = try RunReplayer(archive: archive, engine: engine, jobs: 1).replay(
      run.id, actor: "a")
    XCTAssertTrue(replay.identical)
    XCTAssertTrue(replay.files.contains { $0.name == "provisional.csv" && $0.identical })
  }

  func testTheAnticipatedYearCanBeOverriddenAndTheTrajectoryFollows() throws {
    let run = try recordLanded()
    let recorder = OverrideRecorder(archive: archive, engine: engine, jobs: 1)
    let derived = try recorder.override(
      run.id, node: "chapter/F/D/017", year: 2024, amount: .value(11_000_000), actor: "dfin",
      reason: "paiement de décembre connu")
    let manifest = derived.manifest
    let override = try XCTUnwrap(manifest.overrides.first)
    XCTAssertEqual(override.modelValue, 10_200_000, accuracy: 0.02)
    XCTAssertEqual(manifest.summary.forecastYears, [2025, 2026])
    let provisional = try LongBudgetFormat.read(
      try DelimitedTable(
        bytes: Array(try archive.object(try XCTUnwrap(manifest.outputs.provisional))),
        file: "provisional.csv"))
    let rsa = provisional.lines.filter { $0.chapter == "017" }.map(\.amountCents).reduce(0, +)
    XCTAssertEqual(Double(rsa), 1_100_000_000, accuracy: 2)
    // The trajectory starts from the human value: chapter 017's 2025 forecast moves up.
    let rsa2025 = { (id: String) throws -> Double in
      try XCTUnwrap(try self.reconciled(id, year: 2025)["chapter/F/D/017"])
    }
    XCTAssertGreaterThan(try rsa2025(derived.id), try rsa2025(run.id) + 200_000)
    XCTAssertTrue(
      try RunReplayer(archive: archive, engine: engine, jobs: 1).replay(derived.id, actor: "a")
        .identical)
    XCTAssertThrowsError(
      try recorder.override(
        run.id, node: "chapter/F/D/999", year: 2024, amount: .percent(1), actor: "a", reason: "r")
    ) {
      XCTAssertTrue(
        "\($0)".contains("no series 'chapter/F/D/999' in the anticipated year"), "\($0)")
    }
  }

  /// Run `id`'s reconciled forecasts of `year`, by node.
  func reconciled(_ id: String, year: Int) throws -> [String: Double] {
    let rows = try forecastRows(id)
    let header = try XCTUnwrap(rows.first)
    let (node, column, value) = (
      try XCTUnwrap(header.firstIndex(of: "node")), try XCTUnwrap(header.firstIndex(of: "year")),
      try XCTUnwrap(header.firstIndex(of: "forecast"))
    )
    return Dictionary(
      uniqueKeysWithValues: rows.dropFirst().filter { $0[column] == String(year) }.compactMap {
        row in Double(row[value]).map { (row[node], $0) }
      })
  }

  func testAMonthOfAnotherYearOrASeriesThatIsNoNodeIsRefused() throws {
    XCTAssertThrowsError(try recordLanded(through: "2025-03")) {
      XCTAssertTrue("\($0)".contains("the accounts end in 2023"), "\($0)")
    }
    XCTAssertThrowsError(try recordLanded(through: "2024-09")) {
      XCTAssertTrue(
        "\($0)".contains(
          "monthly.csv:2:1: series 'chapter/F/D/017' is executed through 2024-06 only; expected every month through 2024-09"
        ), "\($0)")
    }
    let stray = BudgetFixture.monthlyExecution + "chapter_017,2024-01,5\n"
    XCTAssertThrowsError(try recordLanded(stray)) {
      XCTAssertTrue(
        "\($0)".contains("monthly.csv:32:1: series 'chapter_017' is not a node of the run"), "\($0)"
      )
    }
    XCTAssertEqual(try archive.visibleRuns(), [])
  }
}
