import BudgetForecast
import BudgetcastTestSupport
import Foundation
import GRDB
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

  /// Runs archived before subdivided accounts were joined keep their own rule, so that
  /// their reports and replays read the dataset they forecast.
  func testRunsArchivedBeforeSubdivisionsDoNotJoinThem() throws {
    let encoded = try JSONEncoder().encode(parameters)
    XCTAssertTrue(try JSONDecoder().decode(RunParameters.self, from: encoded).bridgesSubdivisions)
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
    object["bridgesSubdivisions"] = nil
    let older = try JSONDecoder().decode(
      RunParameters.self, from: try JSONSerialization.data(withJSONObject: object))
    XCTAssertTrue(older.bridgesNomenclatures)
    XCTAssertFalse(older.bridgesSubdivisions)
  }

  func testRunsArchivedBeforeLocalOverridesReconcileAgain() throws {
    let encoded = try JSONEncoder().encode(parameters)
    XCTAssertEqual(
      try JSONDecoder().decode(RunParameters.self, from: encoded).overrideAdjustment, .local)
    var object = try XCTUnwrap(JSONSerialization.jsonObject(with: encoded) as? [String: Any])
    object["overrideAdjustment"] = nil
    let older = try JSONSerialization.data(withJSONObject: object)
    XCTAssertEqual(
      try JSONDecoder().decode(RunParameters.self, from: older).overrideAdjustment, .reconcile)
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
    XCTAssertEqual(try index.list(RunQuery(text: "alice")).count, 1)
    XCTAssertEqual(try index.list(RunQuery(text: "nobody")).count, 0)
  }

  func testQueriesCombineTextActorDaysAndKind() throws {
    let run = try recordRun()
    let index = ArchiveIndex(archive: archive)
    let day = String(try XCTUnwrap(index.list().first).created.prefix(10))
    XCTAssertEqual(
      try index.list(RunQuery(actor: "alice", since: day, until: day)).map(\.id), [run.id])
    XCTAssertEqual(try index.list(RunQuery(actor: "ali")).count, 0, "the actor is matched exactly")
    XCTAssertEqual(try index.list(RunQuery(until: "2000-01-01")).count, 0)
    XCTAssertEqual(try index.list(RunQuery(since: "9999-12-31")).count, 0)
    XCTAssertEqual(try index.list(RunQuery(kind: .forecast)).count, 1)
    XCTAssertEqual(try index.list(RunQuery(kind: .override)).count, 0)
    XCTAssertTrue(RunQuery.isDay("2026-03-31"))
    for bad in ["2026-3-31", "2026-13-01", "31/03/2026", "2026-03-3x", ""] {
      XCTAssertFalse(RunQuery.isDay(bad), bad)
    }
  }

  func testScenarioAndModelAreListedAndAnOlderIndexIsRebuilt() throws {
    let baseline = try recordRun()
    let scenario = try CommandRunner.temporaryFile(
      named: "chomage.yaml",
      contents: "name: Chômage +1 point\ndrivers: {unemployment_rate: {2024: 1}}\n")
    let moved = try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, scenarioFile: scenario,
      parameters: parameters, jobs: 1, actor: "alice", note: "")
    let index = ArchiveIndex(archive: archive)
    XCTAssertEqual(try index.list(RunQuery(scenario: "chômage")).map(\.id), [moved.id])
    XCTAssertEqual(try index.list(RunQuery(text: "Chômage")).map(\.id), [moved.id])
    XCTAssertEqual(Set(try index.list(RunQuery(model: "ets")).map(\.id)), [baseline.id, moved.id])
    XCTAssertEqual(try index.list(RunQuery(model: "auto")).count, 0)
    XCTAssertEqual(try index.list().first { $0.id == baseline.id }?.scenario, "")
    // An index of the first layout (no scenario column, user_version 0) is rebuilt.
    let url = archive.root.appendingPathComponent("index.sqlite")
    try FileManager.default.removeItem(at: url)
    let old = try DatabaseQueue(path: url.path)
    try old.write { db in
      try db.execute(sql: "CREATE TABLE runs (id TEXT PRIMARY KEY, kind TEXT NOT NULL)")
      try db.execute(sql: "INSERT INTO runs VALUES (?, 'forecast')", arguments: [baseline.id])
    }
    try old.close()
    XCTAssertEqual(try index.list(RunQuery(scenario: "Chômage")).map(\.id), [moved.id])
    // Recording a run into an archive whose index has the old layout rebuilds it.
    try FileManager.default.removeItem(at: url)
    let older = try DatabaseQueue(path: url.path)
    try older.write { db in
      try db.execute(sql: "CREATE TABLE runs (id TEXT PRIMARY KEY, kind TEXT NOT NULL)")
    }
    try older.close()
    let third = try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil,
      parameters: RunParameters(
        horizon: 1, model: "naive", reconciliation: "ols", includeOrder: false),
      jobs: 1, actor: "bob", note: "")
    XCTAssertEqual(Set(try index.list().map(\.id)), [baseline.id, moved.id, third.id])
  }
}
