import BudgetcastTestSupport
import Foundation
import RunArchive

/// Runs of the fixture accounts (2015–2023, horizon 3), one per scenario YAML text
/// (nil for no scenario), with an optional driver history (CSV text), in one temporary
/// archive removed by `remove()`.
struct RunsFixture {
  let scratch: ScratchArchive
  var folder: URL { scratch.folder }
  var archive: Archive { scratch.archive }
  let runIDs: [String]

  /// A debt stock of 30 M€ at the end of 2023.
  static let debtScenario =
    "name: Dette\ndebt: {outstanding: 30000000, residual_years: 10, rate: 0.03}\n"

  /// Runs of the fixture (2015–2023), one per scenario; with `execution`, each lands
  /// 2024 from that monthly execution through `through`.
  init(
    scenarios: [String?], driverHistory: String? = nil, execution: String? = nil,
    through: String? = nil
  ) throws {
    scratch = try ScratchArchive("report-runs")
    let data = try scratch.file("accounts.csv", BudgetFixture.longCSV())
    let recorder = scratch.recorder
    var parameters = RunParameters(
      horizon: 3, model: "ets", reconciliation: "wls", includeOrder: false)
    parameters.landingThrough = through
    var monthly: URL?
    if let execution {
      let file = data.deletingLastPathComponent().appendingPathComponent("monthly.csv")
      try Data(execution.utf8).write(to: file)
      monthly = file
    }
    var history: URL?
    if let driverHistory {
      let file = data.deletingLastPathComponent().appendingPathComponent("drivers.csv")
      try Data(driverHistory.utf8).write(to: file)
      history = file
    }
    var ids: [String] = []
    for (index, text) in scenarios.enumerated() {
      let file =
        text == nil
        ? nil : data.deletingLastPathComponent().appendingPathComponent("scenario-\(index).yaml")
      if let file, let text { try Data(text.utf8).write(to: file) }
      ids.append(
        try recorder.record(
          dataFiles: [data.path], nomenclatureFile: nil, scenarioFile: file?.path,
          driverHistoryFile: history?.path, executionFile: monthly?.path, parameters: parameters,
          jobs: 1, actor: "a", note: ""
        ).id)
    }
    runIDs = ids
  }

  func remove() { scratch.remove() }
}
