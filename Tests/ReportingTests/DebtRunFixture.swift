import BudgetcastTestSupport
import Foundation
import RunArchive

/// A run of the fixture accounts (2010–2024, horizon 3) under a scenario giving a debt
/// stock of 30 M€, in a temporary archive removed by `remove()`.
struct DebtRunFixture {
  let folder: URL
  let archive: Archive
  let runID: String

  init() throws {
    folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-debt-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let data = folder.appendingPathComponent("accounts.csv")
    try Data(BudgetFixture.longCSV().utf8).write(to: data)
    let scenario = folder.appendingPathComponent("debt.yaml")
    try Data(
      "name: Dette\ndebt: {outstanding: 30000000, residual_years: 10, rate: 0.03}\n".utf8
    ).write(to: scenario)
    archive = Archive(path: folder.appendingPathComponent("archive").path)
    runID = try RunRecorder(
      archive: archive,
      engine: EngineDescription(version: "t", gitCommit: nil, buildConfiguration: "debug")
    ).record(
      dataFiles: [data.path], nomenclatureFile: nil, scenarioFile: scenario.path,
      parameters: RunParameters(
        horizon: 3, model: "ets", reconciliation: "wls", includeOrder: false),
      jobs: 1, actor: "a", note: ""
    ).id
  }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}
