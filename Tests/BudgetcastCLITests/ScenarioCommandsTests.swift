import BudgetcastTestSupport
import Foundation
import Testing

/// budgetcast scenario compare and budgetcast sensitivity, end to end.
@Suite("Scenario comparison and sensitivity, end to end")
struct ScenarioCommandsTests {
  @Test func compareAndSensitivity() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let scenario = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("rsa.yaml").path
    try Data(
      "name: RSA +4.6\nlevers:\n  rsa_revaluation: {date: 2024-04, rate: 0.046}\n".utf8
    ).write(to: URL(fileURLWithPath: scenario))
    let base = try CommandRunner.budgetcast(ArchiveCommandsTests.forecastArguments(data, archive))
    let moved = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive) + ["--scenario", scenario])
    let ids = try [base, moved].map {
      try #require($0.standardOutput.split(separator: "\n").last.map(String.init))
    }

    let table = try CommandRunner.budgetcast(
      ["scenario", "compare"] + ids + ["--archive", archive])
    #expect(table.status == 0, "\(table.standardError)")
    #expect(
      table.standardOutput.contains("Gross savings, RSA +4.6 minus reference (M€), by cause:"))
    #expect(table.standardOutput.contains("rsa_revaluation"))

    let html = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("comparaison.html").path
    let report = try CommandRunner.budgetcast(
      ["scenario", "compare"] + ids + ["--archive", archive, "--format", "html", "--output", html])
    #expect(report.status == 0, "\(report.standardError)")
    let text = try String(contentsOfFile: html, encoding: .utf8)
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
}
