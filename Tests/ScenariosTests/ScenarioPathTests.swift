import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

@Suite("Scenario paths: months, horizon")
struct ScenarioPathTests {
  @Test func monthlyChangesAverageIntoTheirYear() throws {
    let text = """
      name: Mensuel
      horizon: 5
      drivers:
        unemployment_rate: {2025-07: 1.0, 2026-04: 1.6}
        real_estate_transactions: {2025: -0.1, 2026-10: -0.2}
        pay_index: {2025: 0.01, 2026: 0.02}
      """
    let path = try CommandRunner.temporaryFile(named: "monthly.yaml", contents: text)
    let scenario = try ScenarioFile.read(path)
    #expect(scenario.horizon == 5)
    // +1 point from July: half of 2025; 1.0 for three months then 1.6 for nine in 2026.
    let unemployment = try #require(scenario.drivers[.unemploymentRate])
    #expect(unemployment.count == 2)
    #expect(abs((unemployment[2025] ?? 0) - 0.5) < 1e-15)
    #expect(abs((unemployment[2026] ?? 0) - (3 * 1.0 + 9 * 1.6) / 12) < 1e-15)
    let transactions = try #require(scenario.drivers[.realEstateTransactions])
    #expect(transactions[2025] == -0.1)
    #expect(abs((transactions[2026] ?? 0) - (9 * -0.1 + 3 * -0.2) / 12) < 1e-15)
    // Whole-year values are kept exactly as written.
    #expect(scenario.drivers[.payIndex] == [2025: 0.01, 2026: 0.02])
    // The effects hold the last change after it: 1.6 points from 2027.
    let effects = ScenarioEffects(scenario: scenario, years: [2025, 2026, 2027])
    let households = effects.factors(node: "line/F/D/017/6515/561", year: 2027)
    #expect(
      abs((households["rsa_households"] ?? 0) - (1 + 0.09 * (3 * 1.0 + 9 * 1.6) / 12)) < 1e-12)
  }

  @Test func horizonInheritsAndIsChecked() throws {
    let base = try CommandRunner.temporaryFile(
      named: "base-h.yaml", contents: "name: Central\nhorizon: 4\n")
    let child = URL(fileURLWithPath: base).deletingLastPathComponent()
      .appendingPathComponent("child-h.yaml").path
    try Data("name: Variante\nbase: base-h.yaml\n".utf8).write(to: URL(fileURLWithPath: child))
    #expect(try ScenarioFile.read(child).horizon == 4)
    let text = """
      name: Mauvais
      horizon: 12
      drivers:
        inflation: {2025-13: 1.0, 25: 0.5}
      """
    let path = try CommandRunner.temporaryFile(named: "bad-months.yaml", contents: text)
    #expect {
      try ScenarioFile.read(path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("bad-months.yaml:2:10: horizon '12' is not a multi-year horizon")
        && text.contains("bad-months.yaml:4:15: '2025-13' is not a year or a month")
        && text.contains("bad-months.yaml:4:29: '25' is not a year or a month")
    }
  }
}
