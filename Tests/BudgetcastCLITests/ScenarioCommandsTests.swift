import BudgetcastTestSupport
import Foundation
import Testing

/// budgetcast scenario compare and budgetcast sensitivity, end to end.
@Suite("Scenario comparison and sensitivity, end to end")
struct ScenarioCommandsTests {
  /// A scenario file beside `data`: the RSA base amount revalued by 4.6 % in April 2024.
  static func rsaScenario(beside data: String) throws -> String {
    let scenario = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("rsa.yaml").path
    try Data(
      "name: RSA +4.6\nlevers:\n  rsa_revaluation: {date: 2024-04, rate: 0.046}\n".utf8
    ).write(to: URL(fileURLWithPath: scenario))
    return scenario
  }

  @Test func compareAndSensitivity() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let scenario = try Self.rsaScenario(beside: data)
    let base = try CommandRunner.budgetcast(ArchiveCommandsTests.forecastArguments(data, archive))
    let moved = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + ["--scenario", scenario])
    let ids = try [base, moved].map {
      try #require($0.lastLine)
    }

    // The index finds a run by its scenario's name.
    let listed = try CommandRunner.budgetcast([
      "runs", "list", "--archive", archive, "--scenario", "rsa", "--model", "ets",
    ])
    #expect(listed.standardOutput.contains(String(ids[1].prefix(12))))
    #expect(!listed.standardOutput.contains(String(ids[0].prefix(12))))
    #expect(listed.standardOutput.contains("RSA +4.6"))

    let table = try CommandRunner.budgetcast(
      ["scenario", "compare"] + ids + ["--archive", archive])
    #expect(table.status == 0, "\(table.standardError)")
    #expect(
      table.standardOutput.contains("Gross savings, RSA +4.6 minus reference (M€), by cause:"))
    #expect(table.standardOutput.contains("rsa_revaluation"))
    // Without a debt stock only the savings-rate thresholds read.
    #expect(
      table.standardOutput.contains(
        "Alert thresholds, first forecast year crossed (share of simulated paths by"))
    #expect(table.standardOutput.contains("rate<8%") && !table.standardOutput.contains("paydown>"))

    let html = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("comparaison.html").path
    let report = try CommandRunner.budgetcast(
      ["scenario", "compare"] + ids + ["--archive", archive, "--format", "html", "--output", html])
    #expect(report.status == 0, "\(report.standardError)")
    let text = try String(contentsOfFile: html, encoding: .utf8)
    #expect(text.contains("Seuils d&#39;alerte : année de franchissement"))
    // The lines that move most, with the scenario's cause: the RSA lines, revalued.
    #expect(text.contains("Lignes qui bougent le plus en"))
    #expect(text.contains("<br><small>revalorisation du RSA</small>"))
    for heading in ["Scénarios comparés", "D'où viennent les écarts", "Sensibilité", "Traçabilité"]
    {
      #expect(text.contains(heading.replacingOccurrences(of: "'", with: "&#39;")), "\(heading)")
    }
    let journal = try String(contentsOfFile: archive + "/journal.jsonl", encoding: .utf8)
    #expect(journal.components(separatedBy: "comparison-html").count - 1 == 2)

    let one = try CommandRunner.budgetcast(["scenario", "compare", ids[0], "--archive", archive])
    #expect(one.status == 64)

    let json = try CommandRunner.budgetcast([
      "sensitivity", ids[0], "--archive", archive, "--driver", "pay_index", "--delta", "0.01",
      "--format", "json",
    ])
    #expect(json.status == 0, "\(json.standardError)")
    let tests = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    #expect(tests.count == 1)
    let years = try #require(tests.first?["years"] as? [[String: Any]])
    #expect(years.count == 2)
    #expect(years.allSatisfy { ($0["grossSavingsChange"] as? Double ?? 0) < 0 })

    let ceiling = try CommandRunner.budgetcast([
      "sensitivity", ids[0], "--archive", archive, "--driver", "dmto_rate", "--delta", "0.01",
    ])
    #expect(ceiling.status == 64)
    #expect(ceiling.standardError.contains("above its legal ceiling"))
    let unknown = try CommandRunner.budgetcast([
      "sensitivity", ids[0], "--archive", archive, "--driver", "weather",
    ])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("unemployment_rate"))
  }

  @Test func theScenarioHorizonIsTheDefault() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let scenario = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("four.yaml").path
    try Data("name: Quatre ans\nhorizon: 4\n".utf8).write(to: URL(fileURLWithPath: scenario))
    let arguments = [
      "forecast", "--data", data, "--model", "naive", "--archive", archive, "--scenario", scenario,
      "--json",
    ]
    let run = try CommandRunner.budgetcast(arguments)
    #expect(run.status == 0, "\(run.standardError)")
    let object = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
    #expect(((object as? [String: Any])?["years"] as? [Int])?.count == 4)
    let asked = try CommandRunner.budgetcast(arguments + ["--horizon", "2"])
    let years = try JSONSerialization.jsonObject(with: Data(asked.standardOutput.utf8))
    #expect(((years as? [String: Any])?["years"] as? [Int])?.count == 2)
  }

  @Test func levelsWithoutTheirHistoryAreRefused() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let scenario = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("levels.yaml").path
    try Data("name: Niveaux\ndrivers:\n  unemployment_rate: {levels: {2024: 9.0}}\n".utf8)
      .write(to: URL(fileURLWithPath: scenario))
    let run = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + ["--scenario", scenario])
    #expect(run.status == 64)
    #expect(run.standardError.contains("give it in --driver-history, or give changes"))
    // Nothing archived: no run manifest.
    let runs = (try? FileManager.default.contentsOfDirectory(atPath: archive + "/runs")) ?? []
    #expect(runs.isEmpty)
  }

  /// The synthetic département projects the population aged 85+ and the pay index:
  /// `forecast` and `runs show` list APA and personnel as forecast from them.
  @Test func drivenLinesAreListedByForecastAndRunsShow() throws {
    let synthetic = RepositoryPaths.datasets.appendingPathComponent("synthetic")
    let archive = try CommandRunner.temporaryFile(named: "archive", contents: "") + ".d"
    let run = try CommandRunner.budgetcast([
      "forecast", "--data", synthetic.appendingPathComponent("departement_accounts.csv").path,
      "--driver-history", synthetic.appendingPathComponent("driver_history.csv").path,
      "--model", "naive", "--horizon", "2", "--backtest-horizon", "0", "--archive", archive,
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let apa = "  chapter/F/D/016: ln apa ~ ln population_85, ARIMA(0,1,0) with drift"
    #expect(run.standardOutput.contains(apa), "\(run.standardOutput)")
    let id = try #require(run.lastLine)
    let shown = try CommandRunner.budgetcast(["runs", "show", id, "--archive", archive])
    #expect(shown.standardOutput.contains("Forecast from their drivers' projected values"))
    #expect(shown.standardOutput.contains(apa))
    #expect(shown.standardOutput.contains("chapter/F/D/012: ln personnel ~ ln pay_index"))
  }

  @Test func driverHistoryElasticitiesArePrintedShownAndChecked() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let history = RepositoryPaths.datasets.appendingPathComponent("synthetic/driver_history.csv")
    let run = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + ["--driver-history", history.path])
    #expect(run.status == 0, "\(run.standardError)")
    // The fixture has no chapter 012: personnel cannot be estimated; RSA households come
    // from the history alone, up to the fixture's last year (2023: later years would be
    // projections).
    #expect(
      run.standardOutput.contains(
        "rsa_households_per_unemployment_point  0.0881  estimated: 0.0881 ± 0.00388 on 11 years (2013–2023)"
      ))
    #expect(run.standardOutput.contains("personnel_per_pay_index                1.0000  default"))
    // The history gives unemployment to 2024, a year past the accounts: with its
    // one-year lag, both forecast years' RSA households follow known changes, and RSA
    // spending is forecast from them and from the base amount in force (its 2025 mean
    // from the amounts dated April 2024 and 2025).
    #expect(
      run.standardOutput.contains(
        "  chapter/F/D/017: ln rsa = ln households + ln rsa_base_amount + ln base amounts per household; ln households ~ unemployment_rate[t−1], ARIMA("
      ), "\(run.standardOutput)")
    let id = try #require(run.lastLine)
    let shown = try CommandRunner.budgetcast(["runs", "show", id, "--archive", archive, "--json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
    let elasticities = try #require(document["elasticities"] as? [[String: Any]])
    #expect(elasticities.count == 9)
    #expect(elasticities.first?["verdict"] as? String == "significant")

    let bad = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("history.csv").path
    try Data("driver,year,value\nrsa_households,2020,0\nchomage,2021,8\n".utf8)
      .write(to: URL(fileURLWithPath: bad))
    let before = try CommandRunner.budgetcast(["runs", "list", "--archive", archive])
    let failed = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + ["--driver-history", bad])
    #expect(failed.status == 65)
    #expect(failed.standardError.contains("history.csv:2:21: rsa_households in 2020 is 0.0"))
    #expect(failed.standardError.contains("history.csv:3:1: unknown driver 'chomage'"))
    let after = try CommandRunner.budgetcast(["runs", "list", "--archive", archive])
    #expect(after.standardOutput == before.standardOutput)
  }
}
