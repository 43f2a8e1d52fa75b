import BudgetcastTestSupport
import Foundation
import Testing

/// `scenario compare` beside the accounts executed since: a baseline and a scenario
/// forecast on 2015–2023, the scenario evaluated against 2024–2025.
@Suite("Scenario comparison against the executed accounts")
struct CompareExecutedTests {
  @Test func theExecutedSavingsAndTheClosestScenarioAreShown() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    // A scenario that gives the debt stock at the end of 2023, so that the executed
    // stock can be rolled from it.
    let scenario = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("rsa-dette.yaml").path
    try Data(
      "name: RSA +4.6 avec dette\nlevers:\n  rsa_revaluation: {date: 2024-04, rate: 0.046}\ndebt:\n  outstanding: 50e6\n"
        .utf8
    ).write(to: URL(fileURLWithPath: scenario))
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
    #expect(evaluated.standardOutput.contains("Debt at 31/12 (M€)"), "\(evaluated.standardOutput)")
    // Gross savings: real operating revenue less real operating spending, from the file.
    let spending = EvaluateCommandTests.sums(actualsText) { $0[0] == "F" && $0[1] == "D" }
    let revenue = EvaluateCommandTests.sums(actualsText) { $0[0] == "F" && $0[1] == "R" }
    let savings = [2024, 2025].map { (revenue[$0] ?? 0) - (spending[$0] ?? 0) }
    let table = try compare([])
    #expect(table.status == 0, "\(table.standardError)")
    let rows = table.standardOutput.split(separator: "\n").filter {
      $0.hasPrefix("Executed (accounts)")
    }
    #expect(rows.count == 5, "\(table.standardOutput)")
    let cells = rows.map { $0.split(separator: " ").suffix(3).map(String.init) }
    #expect(
      cells.first == ["—"] + savings.map { String(format: "%.1f", $0 / 1e6) },
      "\(table.standardOutput)")
    // Net savings: less the capital repaid (chapter 16's debits).
    let repaid = EvaluateCommandTests.sums(actualsText) { $0[1] == "D" && $0[2] == "16" }
    let net = zip([2024, 2025], savings).map { $1 - (repaid[$0] ?? 0) }
    #expect(cells[2] == ["—"] + net.map { String(format: "%.1f", $0 / 1e6) })
    // The debt stock: the scenario's 50 M€ at the end of 2023, plus the loans (chapter
    // 16's credits: the fixture's accounts 161–163) less the capital repaid; the
    // capacité: stock / gross savings.
    let borrowed = EvaluateCommandTests.sums(actualsText) { $0[1] == "R" && $0[2] == "16" }
    let moved = [2024, 2025].map { (borrowed[$0] ?? 0) - (repaid[$0] ?? 0) }
    let stock = [50e6 + moved[0], 50e6 + moved[0] + moved[1]]
    #expect(cells[3] == ["—"] + stock.map { String(format: "%.1f", $0 / 1e6) })
    #expect(cells[4] == ["—"] + zip(stock, savings).map { String(format: "%.1f", $0 / $1) })

    let page = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("comparaison.html").path
    let html = try compare(["--format", "html", "--output", page])
    #expect(html.status == 0, "\(html.standardError)")
    let text = try String(contentsOfFile: page, encoding: .utf8)
    #expect(text.contains("<em>Réalisé (comptes exécutés)</em>"))
    #expect(text.contains("Comptes exécutés 2025\u{00A0}: épargne brute"))
    #expect(text.contains("le scénario le plus proche\u{00A0}: <strong>"))
    let report = page + ".run.html"
    _ = try CommandRunner.budgetcast(["report", ids[1], "--archive", archive, "--output", report])
    #expect(
      try String(contentsOfFile: report, encoding: .utf8).contains(
        "Encours de dette au 31/12 et capacité de désendettement, prévus et exécutés"))
    let workbook = page + ".run.xlsx"
    _ = try CommandRunner.budgetcast([
      "report", ids[1], "--archive", archive, "--format", "xlsx", "--output", workbook,
    ])
    #expect(
      try ZipMember.text(of: "xl/sharedStrings.xml", in: workbook).contains(
        "Encours exécuté au 31/12"))
  }
}
