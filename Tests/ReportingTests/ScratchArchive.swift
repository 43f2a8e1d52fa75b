import Foundation
import Reporting
import RunArchive

/// A temporary archive for one test, with a recorder of a test engine; `remove()`
/// deletes it.
struct ScratchArchive {
  let folder: URL
  let archive: Archive
  let recorder: RunRecorder

  init(_ name: String) throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    archive = Archive(path: folder.appendingPathComponent("archive").path)
    recorder = RunRecorder(
      archive: archive,
      engine: EngineDescription(version: "t", gitCommit: nil, buildConfiguration: "debug"))
  }

  /// Writes `text` to a file of the folder and returns its URL.
  func file(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Records a run of `data` with `parameters` (and `scenario` when given; one worker,
  /// actor `a`), its ID.
  func record(_ data: URL, _ parameters: RunParameters, scenario: URL? = nil) throws -> String {
    try recorder.record(
      dataFiles: [data.path], nomenclatureFile: nil, scenarioFile: scenario?.path,
      parameters: parameters, jobs: 1, actor: "a", note: ""
    ).id
  }

  /// A two-year ETS forecast, OLS reconciliation, real operations, no backtest: the
  /// quickest whole run.
  static let quickRun = RunParameters(
    horizon: 2, model: "ets", reconciliation: "ols", includeOrder: false, backtestHorizon: 0)

  /// Records a ``quickRun`` of the long CSV `text` and reads it back for reports.
  func quickReport(_ text: String) throws -> ReportData {
    let run = try record(try file("accounts.csv", text), Self.quickRun)
    return try ReportData.load(run, from: archive)
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
