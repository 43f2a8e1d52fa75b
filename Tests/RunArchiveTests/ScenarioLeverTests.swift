import BudgetcastTestSupport
import Foundation
import RunArchive
import XCTest

/// The levers that need the hierarchy, on the fixture's accounts (equipment chapters 20,
/// 21, 23; investment revenue chapter 10), forecast 2024–2025.
final class ScenarioLeverTests: ArchiveTestCase {
  func value(_ rows: [[String]], _ node: String, _ year: String) throws -> Double {
    let column = try XCTUnwrap(rows.first?.firstIndex(of: "forecast"))
    let row = try XCTUnwrap(rows.first { $0.first == node && $0[1] == year }, node)
    return try XCTUnwrap(Double(row[column]))
  }

  func record(_ text: String) throws -> RunRecorder.Recorded {
    let scenario = try CommandRunner.temporaryFile(named: "levers.yaml", contents: text)
    return try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, scenarioFile: scenario,
      parameters: parameters, jobs: 1, actor: "alice", note: "levers")
  }

  func testProgrammeSetsEquipmentAndTaxRatesScaleTheirSeries() throws {
    let baseline = try recordRun()
    let run = try record(
      """
      name: PPI et fiscalité
      levers:
        investment_programme: {2024: 40e6}
        tax_rates:
          - {series: chapter/I/R/10, year: 2025, current: 0.02, voted: 0.025, ceiling: 0.025, label: Taxe d'aménagement}
      """)
    let before = try forecastRows(baseline.id)
    let after = try forecastRows(run.id)
    let equipment = ["chapter/I/D/20", "chapter/I/D/21", "chapter/I/D/23"]
    // 2024: the equipment chapters sum to the programme, each scaled by the same factor.
    let sum2024 = try equipment.reduce(0) { $0 + (try value(after, $1, "2024")) }
    XCTAssertEqual(sum2024, 40e6, accuracy: 1e-3)
    let factor = 40e6 / (try equipment.reduce(0) { $0 + (try value(before, $1, "2024")) })
    for chapter in equipment {
      XCTAssertEqual(
        try value(after, chapter, "2024"), try value(before, chapter, "2024") * factor,
        accuracy: 1e-3)
      // 2025 is not in the programme: the forecast stays.
      XCTAssertEqual(
        try value(after, chapter, "2025"), try value(before, chapter, "2025"), accuracy: 1e-6)
    }
    // The tax rate moves its chapter by 2.5 / 2 from 2025 only; other revenue stays.
    XCTAssertEqual(
      try value(after, "chapter/I/R/10", "2024"), try value(before, "chapter/I/R/10", "2024"),
      accuracy: 1e-6)
    let revenue2025 = try value(before, "chapter/I/R/10", "2025")
    XCTAssertEqual(
      try value(after, "chapter/I/R/10", "2025"), revenue2025 * 1.25, accuracy: 1e-6 * revenue2025)
    XCTAssertEqual(
      try value(after, "chapter/I/R/13", "2025"), try value(before, "chapter/I/R/13", "2025"),
      accuracy: 1e-6)
    // Both causes are in the effects, and the run replays bit for bit.
    let manifest = try archive.manifest(run.id)
    let effects = RunOutputs.parseCSV(try archive.object(try XCTUnwrap(manifest.outputs.effects)))
    let causes = Set(
      effects.filter { $0.first == "total/R" || $0.first == "total/D" }.map { $0[2] })
    XCTAssertEqual(causes, ["investment_programme", "tax_rates"])
    XCTAssertTrue(
      try RunReplayer(archive: archive, engine: engine, jobs: 2).replay(run.id, actor: "a")
        .identical)
  }

  func testAScenarioNamingAnUnknownSeriesIsRefused() throws {
    for text in [
      "name: Choc\nshocks:\n  - {series: chapter/F/D/099, year: 2024, amount: -1e6}\n",
      "name: Taux\nlevers:\n  tax_rates:\n    - {series: chapter/F/R/999, year: 2024, current: 0.01, voted: 0.02}\n",
    ] {
      XCTAssertThrowsError(try record(text)) { error in
        XCTAssertTrue("\(error)".contains("which the data do not have"), "\(error)")
      }
    }
    XCTAssertTrue(evidenceFiles().isEmpty)
  }
}
