import BudgetcastTestSupport
import Foundation
import Testing

/// `budgetcast scenario check`, end to end on the example files.
@Suite("Scenario check, end to end")
struct ScenarioCheckTests {
  static let scenarios = RepositoryPaths.datasets.appendingPathComponent("scenarios")

  @Test func showsWhatAScenarioSetsAndItsPathsAgainstTheirTrend() throws {
    let file = Self.scenarios.appendingPathComponent("hypotheses-nationales.yaml").path
    let history = RepositoryPaths.datasets.appendingPathComponent("synthetic/driver_history.csv")
    let checked = try CommandRunner.budgetcast([
      "scenario", "check", file, "--driver-history", history.path,
    ])
    #expect(checked.status == 0, "\(checked.standardError)")
    let out = checked.standardOutput
    #expect(out.contains("horizon: 3 years"))
    #expect(out.contains("unemployment_rate in levels: 2025: 7.6, 2026: 7.9, 2027: 8"))
    #expect(out.contains("investment programme: 2025: 250.0 M€, 2026: 265.0 M€, 2027: 270.0 M€"))
    #expect(out.contains("debt: 620.0 M€ in 4 loan(s)"))
    // The history projects unemployment to 2027 (7.6): the reference is that projection;
    // inflation, not projected, is read against its own ETS trend.
    let rows = out.split(separator: "\n").map {
      $0.split(separator: " ", omittingEmptySubsequences: true)
    }
    let cells = try #require(
      rows.first { $0.count == 7 && $0[0] == "unemployment_rate" && $0[1] == "2027" })
    let (trend, assumed) = (try #require(Double(cells[2])), try #require(Double(cells[3])))
    #expect(assumed == 8.0 && trend == 7.6 && cells[6] == "history")
    #expect(cells[4] == String(format: "%+.2f", assumed - trend))
    let inflation = try #require(
      rows.first { $0.count == 7 && $0[0] == "inflation" && $0[1] == "2027" })
    #expect(inflation[6].hasPrefix("ETS("))

    let plain = try CommandRunner.budgetcast(["scenario", "check", file])
    #expect(plain.status == 0)
    #expect(plain.standardOutput.contains("give --driver-history to see them here"))
  }

  @Test func forecastAndRunsShowPrintThePaths() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let folder = URL(fileURLWithPath: data).deletingLastPathComponent()
    let scenario = folder.appendingPathComponent("levels.yaml").path
    try Data("name: Niveaux\ndrivers:\n  unemployment_rate: {levels: {2024: 9.0}}\n".utf8)
      .write(to: URL(fileURLWithPath: scenario))
    let history = folder.appendingPathComponent("flat.csv").path
    try Data(
      ("driver,year,value\n" + (2012...2023).map { "unemployment_rate,\($0),8.0\n" }.joined()).utf8
    ).write(to: URL(fileURLWithPath: history))
    let run = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + [
        "--scenario", scenario, "--driver-history", history,
      ])
    #expect(run.status == 0, "\(run.standardError)")
    // A flat history's trend is its level: 9 % against 8 % is one point.
    #expect(run.standardOutput.contains("Driver paths against their trend"))
    let row = run.standardOutput.split(separator: "\n").first { $0.contains("unemployment_rate  ") }
    #expect(row?.contains("8.00        9.00        +1.00 pt") == true, "\(row ?? "")")
    let id = try #require(run.lastLine)
    let shown = try CommandRunner.budgetcast(["runs", "show", id, "--archive", archive])
    #expect(
      shown.standardOutput.contains("Scenario\n  Niveaux\n  Driver paths against their trend"))
  }

  @Test func problemsAreLocatedAndExit65() throws {
    let bad = try CommandRunner.temporaryFile(
      named: "check-bad.yaml", contents: "name: X\nhorizon: 9\nlevers: {dmto_rate: 0.07}\n")
    let checked = try CommandRunner.budgetcast(["scenario", "check", bad])
    #expect(checked.status == 65)
    #expect(checked.standardError.contains("check-bad.yaml:2:10: horizon '9'"))
    #expect(checked.standardError.contains("check-bad.yaml:3:21: dmto_rate 0.07"))
  }
}
