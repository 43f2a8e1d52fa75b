import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

/// The employer pension-rate lever (CNRACL): read from a file with located problems,
/// inherited, and applied to the pension-contribution lines only, by hand computation.
@Suite struct PensionRateTests {
  @Test func contributionLinesMoveByTheRateRatioFromItsYear() throws {
    let path = try CommandRunner.temporaryFile(
      named: "cnracl.yaml",
      contents: """
        name: CNRACL
        levers:
          cnracl_rate: {current: 0.3165, rates: {2025: 0.3465, 2027: 0.4065}}
        """)
    let scenario = try ScenarioFile.read(path)
    let pension = try #require(scenario.pensionRate)
    #expect(pension.accounts == ["6453"])
    let effects = ScenarioEffects(scenario: scenario, years: [2024, 2025, 2026, 2027])
    let node = "line/F/D/012/6453/0202"
    // Before the first rate, nothing; then the rate held until the next one given.
    #expect(effects.apply(node: node, year: 2024, baseline: 30e6).value == 30e6)
    for (year, rate) in [(2025, 0.3465), (2026, 0.3465), (2027, 0.4065)] {
      let moved = effects.apply(node: node, year: year, baseline: 30e6)
      #expect(abs(moved.value - 30e6 * rate / 0.3165) < 1e-6, "\(year)")
      #expect(abs((moved.contributions["cnracl_rate"] ?? 0) - (moved.value - 30e6)) < 1e-6)
    }
    // Salaries and other personnel lines do not move.
    #expect(effects.apply(node: "line/F/D/012/64111/0202", year: 2027, baseline: 1e8).value == 1e8)
  }

  @Test func namedAccountsAndInheritance() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-pension-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Data(
      "name: Base\nlevers:\n  cnracl_rate: {current: 0.3165, rates: {2025: 0.3465}}\n".utf8
    ).write(to: folder.appendingPathComponent("base.yaml"))
    try Data(
      """
      name: Enfant
      base: base.yaml
      levers:
        cnracl_rate: {current: 0.3165, rates: {2025: 0.3765}, accounts: [64531]}
      """.utf8
    ).write(to: folder.appendingPathComponent("child.yaml"))
    let base = try ScenarioFile.read(folder.appendingPathComponent("base.yaml").path)
    let child = try ScenarioFile.read(folder.appendingPathComponent("child.yaml").path)
    #expect(base.pensionRate?.rates == [2025: 0.3465])
    #expect(child.pensionRate?.rates == [2025: 0.3765])
    #expect(child.pensionRate?.accounts == ["64531"])
    let effects = ScenarioEffects(scenario: child, years: [2025])
    #expect(effects.apply(node: "line/F/D/012/64532/0202", year: 2025, baseline: 1).value == 1)
    let moved = effects.apply(node: "line/F/D/012/64531/0202", year: 2025, baseline: 1).value
    #expect(abs(moved - 0.3765 / 0.3165) < 1e-12)
  }

  @Test func badRatesAreLocatedErrors() throws {
    let problems = try ScenarioProblems.reading(
      "pension.yaml",
      """
      name: Mauvais
      levers:
        cnracl_rate: {current: 31.65, rates: {2025: 1.2, 20x6: 0.37}, accounts: [64a], colour: 1}
      """)
    #expect(
      problems.contains("pension.yaml:3:26: cnracl_rate.current 31.65 is not a rate"), "\(problems)"
    )
    #expect(problems.contains("cnracl_rate.rates.2025 = 1.2 is not a rate"))
    #expect(problems.contains("'20x6' is not a year"))
    #expect(problems.contains("'64a' is not an account number"))
    #expect(problems.contains("unknown key 'colour'"))
    let missing = try ScenarioProblems.reading(
      "missing.yaml", "name: M\nlevers:\n  cnracl_rate: {rates: {2025: 0.3465}}\n")
    #expect(missing.contains("missing.yaml:3:16: cnracl_rate needs the current rate"), "\(missing)")
  }
}
