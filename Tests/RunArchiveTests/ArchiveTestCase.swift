import BudgetcastTestSupport
import Foundation
import RunArchive
import XCTest

/// A fresh archive and a small dataset for each test.
class ArchiveTestCase: XCTestCase {
  var folder: URL!
  var archive: Archive!
  var dataPath: String!

  let engine = EngineDescription(version: "test", gitCommit: nil, buildConfiguration: "debug")
  let parameters = RunParameters(
    horizon: 2, model: "ets", reconciliation: "mint-shrink", includeOrder: false)

  override func setUpWithError() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-archive-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    archive = Archive(path: folder.appendingPathComponent("archive").path)
    dataPath = folder.appendingPathComponent("accounts.csv").path
    try Data(BudgetFixture.longCSV().utf8).write(to: URL(fileURLWithPath: dataPath))
  }

  override func tearDownWithError() throws {
    try? FileManager.default.removeItem(at: folder)
  }

  /// Records a forecast run of the fixture.
  func recordRun(jobs: Int = 1, actor: String = "alice") throws -> RunRecorder.Recorded {
    try RunRecorder(archive: archive, engine: engine).record(
      dataFiles: [dataPath], nomenclatureFile: nil, parameters: parameters, jobs: jobs,
      actor: actor, note: "test")
  }

  /// The rows of a run's forecasts file.
  func forecastRows(_ id: String) throws -> [[String]] {
    RunOutputs.parseCSV(try archive.object(try archive.manifest(id).outputs.forecasts))
  }

  /// Every file of the archive that is evidence (not the index or the lock).
  func evidenceFiles() -> [URL] {
    let enumerator = FileManager.default.enumerator(
      at: archive.root, includingPropertiesForKeys: nil)
    var files: [URL] = []
    while let url = enumerator?.nextObject() as? URL {
      let name = url.lastPathComponent
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory)
      if !exists || isDirectory.boolValue || name == ".lock" || name.hasPrefix("index.sqlite") {
        continue
      }
      files.append(url)
    }
    return files.sorted { $0.path < $1.path }
  }
}
