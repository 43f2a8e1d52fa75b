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
      abs((households["rsa_households"] ?? 0) - exp(0.09 * (3 * 1.0 + 9 * 1.6) / 12)) < 1e-12)
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
    let problems = try ScenarioProblems.reading("bad-months.yaml", text)
    #expect(problems.contains("bad-months.yaml:2:10: horizon '12' is not a multi-year horizon"))
    #expect(problems.contains("bad-months.yaml:4:15: '2025-13' is not a year or a month"))
    #expect(problems.contains("bad-months.yaml:4:29: '25' is not a year or a month"))
  }
}

@Suite("Scenario drivers: RSA base amount, population 75+")
struct ScenarioDriverTests {
  @Test func baseAmountAndAgeGroupsMoveTheirLines() throws {
    var scenario = Scenario(name: "Test")
    scenario.drivers = [.rsaBaseAmount: [2025: 0.02], .population75: [2026: 0.03]]
    scenario.elasticities = ["apa_per_population_75": 0.8]
    let effects = ScenarioEffects(scenario: scenario, years: [2025, 2026])
    #expect(effects.factors(node: "line/F/D/017/6515/561", year: 2025) == ["rsa_base_amount": 1.02])
    #expect(effects.factors(node: "line/F/D/016/651141/551", year: 2025).isEmpty)
    let apa = effects.factors(node: "line/F/D/016/651141/551", year: 2026)
    #expect(apa == ["population_75": pow(1.03, 0.8)])
  }

  @Test func oneAgeGroupPerFileAndTheChildsWins() throws {
    let both = try ScenarioProblems.reading(
      "ages.yaml",
      "name: Âges\ndrivers:\n  population_75: {2025: 0.02}\n  population_85: {2025: 0.03}\n")
    #expect(both.contains("ages.yaml:3:3: drivers give both population_75 and population_85"))
    let base = try CommandRunner.temporaryFile(
      named: "base-85.yaml", contents: "name: Central\ndrivers:\n  population_85: {2025: 0.03}\n")
    let child = URL(fileURLWithPath: base).deletingLastPathComponent()
      .appendingPathComponent("child-75.yaml").path
    try Data("name: V\nbase: base-85.yaml\ndrivers:\n  population_75: {2025: 0.02}\n".utf8)
      .write(to: URL(fileURLWithPath: child))
    let merged = try ScenarioFile.read(child)
    #expect(merged.drivers == [.population75: [2025: 0.02]])
  }

  @Test func variableLoansAreRead() throws {
    let text = """
      name: Dette
      debt:
        new_loan_years: 15
        new_loan_rate: 0.035
        loans:
          - {name: A, outstanding: 1e6, rate: 0.02, years: 5, profile: constant, variable: true}
          - {name: B, outstanding: 1e6, rate: 0.02, years: 5, profile: constant, variable: oui}
      """
    let problems = try ScenarioProblems.reading("variable.yaml", text)
    #expect(problems.contains("variable.yaml:7:86: variable 'oui' is not true or false"))
    #expect(!problems.contains("debt needs"))
  }
}

@Suite("Scenario levers: investment programme, tax rates")
struct ScenarioLeverReaderTests {
  @Test func leversAreReadMergedAndChecked() throws {
    let base = try CommandRunner.temporaryFile(
      named: "ppi-base.yaml",
      contents: """
        name: Central
        levers:
          investment_programme: {2025: 180e6, 2026: 200e6}
          tax_rates:
            - {series: chapter/I/R/10, year: 2025, current: 0.015, voted: 0.02, label: TA}
        """)
    let child = URL(fileURLWithPath: base).deletingLastPathComponent()
      .appendingPathComponent("ppi-child.yaml").path
    try Data(
      """
      name: Variante
      base: ppi-base.yaml
      levers:
        investment_programme: {2026: 150e6}
        tax_rates:
          - {series: chapter/I/R/10, year: 2026, current: 0.015, voted: 0.025, ceiling: 0.025}
      """.utf8
    ).write(to: URL(fileURLWithPath: child))
    let merged = try ScenarioFile.read(child)
    #expect(merged.investmentProgramme == [2025: 180e6, 2026: 150e6])
    #expect(
      merged.taxRates == [
        Scenario.TaxRate(
          node: "chapter/I/R/10", year: 2026, current: 0.015, voted: 0.025, label: "")
      ])
    #expect(merged.taxRates[0].factor(in: 2025) == 1)
    #expect(abs(merged.taxRates[0].factor(in: 2027) - 0.025 / 0.015) < 1e-15)

    let problems = try ScenarioProblems.reading(
      "bad-levers.yaml",
      """
      name: Mauvais
      levers:
        investment_programme: {2025: -1e6}
        tax_rates:
          - {series: chapter/I/R/10, year: 2025, current: 0.015, voted: 0.03, ceiling: 0.025}
          - {series: chapter/F/D/011, year: 2025, current: 0.01, voted: 0.02}
      """)
    #expect(
      problems.contains("bad-levers.yaml:3:32: investment_programme.2025 = -1000000.0 is negative"))
    #expect(problems.contains("bad-levers.yaml:5:7: voted rate 0.03 is above its ceiling 0.025"))
    #expect(
      problems.contains("bad-levers.yaml:6:7: a tax rate needs a revenue series and a year"))
  }
}
