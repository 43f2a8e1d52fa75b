import BudgetcastTestSupport
import Foundation
import Testing

/// `scenario compare` beside the accounts executed since: a baseline and a scenario
/// forecast on 2015–2023, the scenario evaluated against 2024–2025.
@Suite("Scenario comparison against the executed accounts")
struct CompareExecutedTests {
  @Test func theExecutedSavingsAndTheClosestScenarioAreShown() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let scenario = try ScenarioCommandsTests.rsaScenario(beside: data)
    let ids = try [[], ["--scenario", scenario]].map { extra in
      try #require(
        try CommandRunner.budgetcast(
          ArchiveCommandsTests.forecastArguments(data, archive) + extra
        ).lastLine)
    }
    let compare = { (extra: [String]) in
      try CommandRunner.budgetcast(["scenario", "compare"] + ids + ["--archive", archive] + extra)
    }
    #expect(!(try compare([])).standardOutput.contains("Executed (accounts)"))

    let actualsText = EvaluateCommandTests.actuals()
    let actuals = try CommandRunner.temporaryFile(named: "ca.csv", contents: actualsText)
    let evaluated = try CommandRunner.budgetcast([
      "evaluate", ids[1], "--actuals", actuals, "--archive", archive, "--actor", "auditor",
    ])
    #expect(evaluated.status == 0, "\(evaluated.standardError)")
    // Gross savings: real operating revenue less real operating spending, from the file.
    let spending = EvaluateCommandTests.sums(actualsText) { $0[0] == "F" && $0[1] == "D" }
    let revenue = EvaluateCommandTests.sums(actualsText) { $0[0] == "F" && $0[1] == "R" }
    let savings = [2024, 2025].map { (revenue[$0] ?? 0) - (spending[$0] ?? 0) }
    let table = try compare([])
    #expect(table.status == 0, "\(table.standardError)")
    let rows = table.standardOutput.split(separator: "\n").filter {
      $0.hasPrefix("Executed (accounts)")
    }
    #expect(rows.count == 3, "\(table.standardOutput)")
    let cells = rows.map { $0.split(separator: " ").suffix(3).map(String.init) }
    #expect(
      cells.first == ["—"] + savings.map { String(format: "%.1f", $0 / 1e6) },
      "\(table.standardOutput)")
    // Net savings: less the capital repaid (account 1641).
    let repaid = EvaluateCommandTests.sums(actualsText) { $0[3] == "1641" }
    let net = zip([2024, 2025], savings).map { $1 - (repaid[$0] ?? 0) }
    #expect(cells.last == ["—"] + net.map { String(format: "%.1f", $0 / 1e6) })

    let page = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("comparaison.html").path
    let html = try compare(["--format", "html", "--output", page])
    #expect(html.status == 0, "\(html.standardError)")
    let text = try String(contentsOfFile: page, encoding: .utf8)
    #expect(text.contains("<em>Réalisé (comptes exécutés)</em>"))
    #expect(text.contains("Comptes exécutés 2025\u{00A0}: épargne brute"))
    #expect(text.contains("le scénario le plus proche\u{00A0}: <strong>"))
  }
}
