import Foundation
import RunArchive
import XCTest

final class RunRecordingTests: ArchiveTestCase {
  func testSameInputsGiveTheSameRunWhateverTheWorkerCount() throws {
    let first = try recordRun(jobs: 1)
    let second = try recordRun(jobs: 2, actor: "bob")
    XCTAssertEqual(first.id, second.id)
    XCTAssertTrue(first.isNew)
    XCTAssertFalse(second.isNew)
    XCTAssertEqual(try archive.visibleRuns(), [first.id])
    // Both creations are in the journal, with their actors.
    XCTAssertEqual(try archive.journalEntries().map(\.actor), ["alice", "bob"])
  }

  func testManifestRecordsInputsEnvironmentAndOutputs() throws {
    let run = try recordRun()
    let manifest = try archive.manifest(run.id)
    XCTAssertEqual(manifest.schema, "budgetcast.run/1")
    XCTAssertEqual(manifest.inputs.map(\.name), ["accounts.csv"])
    XCTAssertEqual(manifest.snapshot.years, Array(2015...2023))
    XCTAssertEqual(manifest.summary.forecastYears, [2024, 2025])
    XCTAssertEqual(manifest.environment.blas.threadCount, 1)
    XCTAssertFalse(manifest.environment.blas.coreName.isEmpty)
    // 36 lines + 12 chapters + 4 sections + 2 totals, two years each, plus a header.
    XCTAssertEqual(try forecastRows(run.id).count, 1 + 54 * 2)
    let models = try JSONDecoder().decode(
      [NodeModelRecord].self, from: try archive.object(manifest.outputs.models))
    XCTAssertEqual(models.count, 54)
    XCTAssertTrue(models.allSatisfy { $0.backtest?.origin == 2021 })
  }

  func testRunsArchivedBeforeTheNomenclatureBridgeDoNotBridge() throws {
    let encoded = try JSONEncoder().encode(parameters)
    XCTAssertTrue(try JSONDecoder().decode(RunParameters.self, from: encoded).bridgesNomenclatures)
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
    object["bridgesNomenclatures"] = nil
    let older = try JSONSerialization.data(withJSONObject: object)
    XCTAssertFalse(try JSONDecoder().decode(RunParameters.self, from: older).bridgesNomenclatures)
  }

  func testReplayIsBitIdentical() throws {
    let run = try recordRun()
    let report = try RunReplayer(archive: archive, engine: engine, jobs: 2).replay(
      run.id, actor: "auditor")
    XCTAssertTrue(report.identical, "\(report.files)")
    XCTAssertTrue(report.differences.isEmpty, "\(report.differences)")
    XCTAssertEqual(try archive.journalEntries().last?.details["verdict"], "bit-identical")
  }

  func testIndexIsRebuiltFromTheFiles() throws {
    let run = try recordRun()
    let index = ArchiveIndex(archive: archive)
    XCTAssertEqual(try index.list().map(\.id), [run.id])
    try FileManager.default.removeItem(at: archive.root.appendingPathComponent("index.sqlite"))
    XCTAssertEqual(try index.list().map(\.id), [run.id])
    XCTAssertEqual(try index.list(search: "alice").count, 1)
    XCTAssertEqual(try index.list(search: "nobody").count, 0)
  }
}
