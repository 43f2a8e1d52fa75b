import BudgetcastTestSupport
import Foundation
import NotebookExport
import RunArchive
import Testing

/// The exported notebook: well formed, and its checks pass on a true run and fail when
/// budgetcast's numbers are altered (the independent re-computation must disagree).
@Suite struct VerificationNotebookTests {
  /// A run of the fixture accounts (ETS, RSA revalued by 4.6 % in April 2024 and
  /// unemployment one point higher, elasticities estimated on the synthetic driver
  /// history) and its notebook's code cells joined as a script.
  struct Exported {
    let folder: URL
    let runID: String
    let notebook: [String: Any]
    let script: [String]

    init() throws {
      folder = FileManager.default.temporaryDirectory.appendingPathComponent(
        "budgetcast-notebook-tests-\(UUID().uuidString)")
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let data = folder.appendingPathComponent("accounts.csv")
      try Data(BudgetFixture.longCSV().utf8).write(to: data)
      let scenario = folder.appendingPathComponent("rsa.yaml")
      try Data(
        """
        name: RSA
        drivers:
          unemployment_rate: {2024: 1.0}
          rsa_base_amount: {2025: 0.01}
          population_75: {2024-07: 0.02}
          inflation: {levels: {2024: 2.0, 2026: 1.5}}
          real_estate_prices: {growth: {2025: -0.03, 2026: 0.01}}
        levers:
          rsa_revaluation: {date: 2024-04, rate: 0.046}
          investment_programme: {2025: 40e6}
          cnracl_rate: {current: 0.3165, rates: {2025: 0.3465}, accounts: [0121]}
          tax_rates:
            - {series: chapter/I/R/10, year: 2025, current: 0.02, voted: 0.025}
        """.utf8
      ).write(to: scenario)
      let archive = Archive(path: folder.appendingPathComponent("archive").path)
      runID = try RunRecorder(
        archive: archive,
        engine: EngineDescription(version: "t", gitCommit: nil, buildConfiguration: "debug")
      ).record(
        dataFiles: [data.path], nomenclatureFile: nil, scenarioFile: scenario.path,
        driverHistoryFile: RepositoryPaths.datasets.appendingPathComponent(
          "synthetic/driver_history.csv"
        ).path,
        parameters: RunParameters(
          horizon: 3, model: "ets", reconciliation: "wls", includeOrder: false),
        jobs: 1, actor: "a", note: ""
      ).id
      let bytes = try VerificationNotebook(
        runID: runID, archivePath: archive.root.path, manifest: try archive.manifest(runID)
      ).json()
      notebook = try #require(try JSONSerialization.jsonObject(with: bytes) as? [String: Any])
      let cells = try #require(notebook["cells"] as? [[String: Any]])
      script = cells.filter { $0["cell_type"] as? String == "code" }.map {
        (($0["source"] as? [String]) ?? []).joined()
      }
    }

    /// Runs the script with `mutation` inserted after the loading cell; nil when no
    /// Python with numpy, statsmodels and matplotlib is at hand.
    func run(mutation: String = "") throws -> CommandRunner.Outcome? {
      let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python").path
      guard FileManager.default.isExecutableFile(atPath: python) else { return nil }
      let probe = try CommandRunner.run(python, ["-c", "import numpy, statsmodels, matplotlib"])
      guard probe.status == 0 else { return nil }
      var cells = script
      cells.insert(mutation, at: 2)
      let file = folder.appendingPathComponent("notebook.py")
      try Data(cells.joined(separator: "\n\n").utf8).write(to: file)
      return try CommandRunner.run(python, [file.path], environment: ["MPLBACKEND": "Agg"])
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
  }

  @Test func notebookChecksPassOnTheRunAndFailOnAlteredNumbers() throws {
    let exported = try Exported()
    defer { exported.remove() }
    #expect(exported.notebook["nbformat"] as? Int == 4)
    #expect(exported.script.count == 11)
    #expect(exported.script[0].contains(exported.runID))

    guard let outcome = try exported.run() else {
      print(
        "skipped executing the notebook: no .venv with numpy, statsmodels and matplotlib (make notebooks installs them)"
      )
      return
    }
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("line-years re-derived from the driver rules"))
    #expect(outcome.standardOutput.contains("elasticities re-estimated"))
    #expect(outcome.standardOutput.contains("all checks passed"))
    // This run was not evaluated; `make notebooks` checks an evaluated one.
    #expect(outcome.standardOutput.contains("No ex-post evaluation recorded for this run."))
    #expect(outcome.standardOutput.contains(" ETS fits re-run"))
    #expect(!outcome.standardOutput.contains(" 0 ETS fits re-run"))

    let smoothing = try #require(
      try exported.run(
        mutation: """
          for m in models.values():
              for key in ("alpha", "ets.alpha"):
                  if key in m["parameters"]:
                      m["parameters"][key] *= 0.5
          """))
    #expect(smoothing.status != 0)
    #expect(smoothing.standardError.contains("budgetcast archived"))

    let effects = try #require(
      try exported.run(
        mutation:
          "effect_rows = [effect_rows[0]] + [r[:3] + [str(float(r[3]) * 1.01)] for r in effect_rows[1:]]"
      ))
    #expect(effects.status != 0)
    #expect(effects.standardError.contains("rule"))

    let elasticity = try #require(
      try exported.run(
        mutation:
          "elasticities['rsa_households_per_unemployment_point']['estimate']['value'] *= 1.01"))
    #expect(elasticity.status != 0)
    #expect(elasticity.standardError.contains("statsmodels"))
  }
}
