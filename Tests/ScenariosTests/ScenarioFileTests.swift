import BudgetcastTestSupport
import DelimitedText
import Foundation
import Scenarios
import Testing

@Suite("Scenario files and their effects")
struct ScenarioFileTests {
  static let folder = RepositoryPaths.datasets.appendingPathComponent("scenarios")

  @Test func examplesReadAndInherit() throws {
    let scenario = try ScenarioFile.read(
      Self.folder.appendingPathComponent("chomage-plus-1pt.yaml").path)
    #expect(scenario.name == "Chômage +1 point")
    #expect(scenario.drivers[.unemploymentRate] == [2025: 1.0])
    #expect(scenario.rsaRevaluation == Scenario.Revaluation(year: 2026, month: 4, rate: 0.01))
    #expect(scenario.debt?.outstanding == 620_000_000)
    #expect(scenario.assumptions.count == 4)
    let dmto = try ScenarioFile.read(Self.folder.appendingPathComponent("dmto-moins-15.yaml").path)
    #expect(dmto.dmtoRate == 0.05)
    let national = try ScenarioFile.read(
      Self.folder.appendingPathComponent("hypotheses-nationales.yaml").path)
    #expect(national.horizon == 3)
    #expect(national.assumedPaths[.unemploymentRate]?.values == [2025: 7.6, 2026: 7.9, 2027: 8.0])
    #expect(national.assumedPaths[.inflation]?.form == .levels)
    #expect(national.investmentProgramme == [2025: 250e6, 2026: 265e6, 2027: 270e6])
    #expect(national.debt?.loans?.count == 4)
  }

  @Test func badFilesGiveLocatedErrors() throws {
    let text = """
      name: Mauvais
      drivers:
        unemployment: {2025: 1}
        real_estate_transactions: {2025: -1.2}
        pay_index: {2025: 0.01, 2027: 0.02}
      levers:
        dmto_rate: 0.06
      colour: blue
      """
    let problems = try ScenarioProblems.reading("bad.yaml", text)
    #expect(problems.contains("bad.yaml:3:3: unknown driver 'unemployment'"))
    #expect(problems.contains("bad.yaml:4:36:") && problems.contains("zero or negative"))
    #expect(problems.contains("drivers.pay_index skips 2026"))
    #expect(problems.contains("bad.yaml:7:14: dmto_rate 0.06 is above its legal ceiling"))
    #expect(problems.contains("bad.yaml:8:1: unknown key 'colour'"))
    // Children in care are a driver like the others: a growth rate, not a level.
    let children = try ScenarioProblems.reading(
      "ase.yaml", "name: ASE\ndrivers:\n  ase_children: {2025: -1.5}\n")
    #expect(
      children.contains("ase.yaml:3:24:") && children.contains("zero or negative"), "\(children)")
    // A name is required, as text that says something; each fault is named once.
    let nameless = try ScenarioProblems.reading("nameless.yaml", "description: Sans titre\n")
    #expect(nameless.contains("nameless.yaml:1:1: no 'name'"), "\(nameless)")
    let listed = try ScenarioProblems.reading("listed.yaml", "name: [a, b]\n")
    #expect(listed.contains("listed.yaml:1:7: name is not text") && !listed.contains("no 'name'"))
    let blank = try ScenarioProblems.reading("blank.yaml", "name: '  '\n")
    #expect(blank.contains("blank.yaml:1:7: name is empty"), "\(blank)")
  }

  @Test func basesResolveFromTheFileOrAbsolutely() throws {
    let baseline = Self.folder.appendingPathComponent("baseline.yaml").path
    let absolute = try CommandRunner.temporaryFile(
      named: "absolute.yaml", contents: "name: Absolu\nbase: \(baseline)\n")
    #expect(try ScenarioFile.read(absolute).debt?.outstanding == 620_000_000)
    let problems = try ScenarioProblems.reading("orphan.yaml", "name: Orphelin\nbase: nope.yaml\n")
    #expect(problems.contains("orphan.yaml:2:1: base file 'nope.yaml' cannot be read (looked for "))
  }

  @Test func lagsAreReadAndChecked() throws {
    let good = try CommandRunner.temporaryFile(
      named: "lag.yaml",
      contents: "name: Décalage\nlags: {rsa_households_per_unemployment_point: 2}\n")
    #expect(try ScenarioFile.read(good).lags == ["rsa_households_per_unemployment_point": 2])
    let text = """
      name: Décalages
      lags:
        rsa_households_per_unemployment_point: 5
        apa_per_population_85: 1
      """
    let problems = try ScenarioProblems.reading("lags.yaml", text)
    #expect(
      problems.contains(
        "lags.yaml:3:42: lags.rsa_households_per_unemployment_point = '5' is not a lag in years"))
    #expect(problems.contains("from 0 to 3"))
    #expect(problems.contains("lags.yaml:4:3: no lag to set for 'apa_per_population_85'"))
  }

  @Test func loanTablesReadWithLocatedErrors() throws {
    let good = try CommandRunner.temporaryFile(
      named: "loans.yaml",
      contents: """
        name: Dette détaillée
        debt:
          new_loan_years: 15
          loans:
            - {name: Prêt A, outstanding: 10e6, rate: 0.02, years: 5, profile: constant}
            - {name: Prêt B, outstanding: 20e6, rate: 0.03, years: 10, profile: annuity}
            - {name: Obligation, outstanding: 40e6, rate: 0.025, years: 7, profile: in_fine}
        """)
    let debt = try #require(try ScenarioFile.read(good).debt)
    #expect(debt.outstanding == 70e6)
    #expect(debt.existingLoans.map(\.profile) == [.constant, .annuity, .inFine])
    let problems = try ScenarioProblems.reading(
      "badloans.yaml",
      """
      name: Mauvaise dette
      debt:
        outstanding: 31e6
        loans:
          - {name: Prêt A, outstanding: 10e6, rate: 0.02, years: 5, profile: balloon}
          - {name: Prêt B, outstanding: 20e6, rate: 0.30, years: 10}
      """)
    #expect(
      problems.contains(
        "badloans.yaml:5:72: unknown profile 'balloon'; expected constant, annuity or in_fine"))
    #expect(
      problems.contains("badloans.yaml:6:7: a loan needs outstanding ≥ 0, a rate in [0, 0.2]"))
    let mismatch = try ScenarioProblems.reading(
      "sum.yaml",
      "name: Somme\ndebt:\n  outstanding: 31e6\n  loans:\n"
        + "    - {name: A, outstanding: 30e6, rate: 0.02, years: 5}\n")
    #expect(
      mismatch.contains(
        "sum.yaml:3:3: debt.outstanding = 31000000.0 but the loans sum to 30000000.0"))
  }

  /// Counts of years and dates are whole numbers: a fraction is refused, not truncated,
  /// and a huge or negative value is a located problem, not a crash.
  @Test func yearsAndDurationsAreWholeNumbers() throws {
    let problems = try ScenarioProblems.reading(
      "counts.yaml",
      """
      name: Comptes
      debt:
        residual_years: 7.5
        loans:
          - {name: A, outstanding: 1e6, rate: 0.01, years: 1e300}
          - {name: B, outstanding: 1e6, rate: 0.01, years: -1e30}
      shocks:
        - {series: chapter/F/D/011, year: 2026.5, amount: 1}
      """)
    for expected in [
      "counts.yaml:3:19: debt.residual_years = 7.5 is not a whole number of the range; expected a whole number from 1 to 50",
      "counts.yaml:5:54: loan years = 1e300 is not a whole number",
      "counts.yaml:6:54: loan years = -1e30 is not a whole number",
      "counts.yaml:8:37: year = 2026.5 is not a whole number of the range; expected a whole number from 1990 to 2100",
    ] {
      #expect(problems.contains(expected), "\(problems)")
    }
    #expect(problems.split(separator: "\n").count == 4, "\(problems)")
  }

  @Test func revaluationCountsFromItsMonth() {
    var scenario = Scenario(name: "r")
    scenario.rsaRevaluation = .init(year: 2025, month: 4, rate: 0.046)
    let effects = ScenarioEffects(scenario: scenario, years: [2025, 2026])
    let line = "line/F/D/017/65171/567"
    let first = effects.apply(node: line, year: 2025, baseline: 100)
    #expect(abs(first.value - 100 * (1 + 0.046 * 9 / 12)) < 1e-12)
    #expect(abs(effects.apply(node: line, year: 2026, baseline: 100).value - 104.6) < 1e-12)
    #expect(effects.apply(node: "line/F/D/65/6511211/52", year: 2026, baseline: 100).value == 100)
  }

  @Test("A pay-index step on 1 July counts half in its year, then whole, beside the driver")
  func payIndexStepCountsFromItsMonth() throws {
    var scenario = Scenario(name: "p")
    scenario.payIndexStep = .init(year: 2025, month: 7, rate: 0.005)
    scenario.drivers[.payIndex] = [2026: 0.01]
    let effects = ScenarioEffects(scenario: scenario, years: [2024, 2025, 2026])
    let line = "line/F/D/012/64111/0202"
    #expect(effects.apply(node: line, year: 2024, baseline: 100).value == 100)
    #expect(abs(effects.apply(node: line, year: 2025, baseline: 100).value - 100.25) < 1e-12)
    let both = effects.apply(node: line, year: 2026, baseline: 100)
    #expect(abs(both.value - 100 * 1.005 * 1.01) < 1e-12)
    #expect(abs((both.contributions["pay_index_step"] ?? 0) - 0.5) < 1e-12)
    #expect(effects.apply(node: "line/F/D/011/6068/0202", year: 2026, baseline: 100).value == 100)
    // Read from a file, with located errors for a bad date and a missing rate.
    let good = try CommandRunner.temporaryFile(
      named: "step.yaml",
      contents: "name: Point\nlevers:\n  pay_index_step: {date: 2025-07, rate: 0.005}\n")
    #expect(try ScenarioFile.read(good).payIndexStep == .init(year: 2025, month: 7, rate: 0.005))
    let problems = try ScenarioProblems.reading(
      "step-bad.yaml", "name: Point\nlevers:\n  pay_index_step: {date: 2025-13}\n")
    #expect(problems.contains("step-bad.yaml:3:26: date '2025-13' is not a month"))
    #expect(problems.contains("step-bad.yaml:3:19: pay_index_step needs a date and a rate"))
  }

  @Test func unemploymentReachesRSAWithAYearsLag() {
    var scenario = Scenario(name: "u")
    scenario.drivers[.unemploymentRate] = [2025: 1]
    let effects = ScenarioEffects(scenario: scenario, years: [2025, 2026, 2027])
    let line = "line/F/D/017/65171/567"
    #expect(effects.apply(node: line, year: 2025, baseline: 100).value == 100)
    // 9 % more households per point in log terms: 100·e^0.09 ≈ 109.42.
    #expect(
      abs(effects.apply(node: line, year: 2026, baseline: 100).value - 100 * exp(0.09)) < 1e-12)
    #expect(
      abs(effects.apply(node: line, year: 2027, baseline: 100).value - 100 * exp(0.09)) < 1e-12)
  }

  @Test func dmtoFollowsTransactionsPricesAndRate() {
    var scenario = Scenario(name: "d")
    scenario.drivers[.realEstateTransactions] = [2025: -0.15]
    scenario.dmtoRate = 0.05
    let effects = ScenarioEffects(scenario: scenario, years: [2025])
    let result = effects.apply(node: "line/F/R/73/7321/01", year: 2025, baseline: 90)
    #expect(abs(result.value - 90 * 0.85 * 0.05 / 0.045) < 1e-9)
    #expect(abs(result.contributions.values.reduce(0, +) - (result.value - 90)) < 1e-9)
  }

  @Test("PCH follows its beneficiaries with its elasticity; other lines of chapter 65 do not")
  func pchFollowsItsBeneficiaries() {
    var scenario = Scenario(name: "p")
    scenario.drivers[.pchBeneficiaries] = [2025: 0.05]
    let effects = ScenarioEffects(
      scenario: scenario, years: [2025, 2026], elasticities: ["pch_per_beneficiaries": 0.9])
    for account in ["6511211", "6511212"] {
      // Held the following year, as every driver change.
      for year in [2025, 2026] {
        let result = effects.apply(node: "line/F/D/65/\(account)/52", year: year, baseline: 40)
        #expect(abs(result.value - 40 * pow(1.05, 0.9)) < 1e-12)
        #expect(result.contributions.keys.sorted() == ["pch_beneficiaries"])
      }
    }
    let welfare = effects.apply(node: "line/F/D/65/652412/51", year: 2025, baseline: 40)
    #expect(welfare.value == 40 && welfare.contributions.isEmpty)
  }

  @Test(
    "Child welfare follows its children in care on chapter 65 of Famille et enfance, in M52 and M57"
  )
  func childWelfareFollowsItsChildren() {
    var scenario = Scenario(name: "a")
    scenario.drivers[.aseChildren] = [2025: 0.04]
    let effects = ScenarioEffects(
      scenario: scenario, years: [2025], elasticities: ["child_welfare_per_children": 0.8])
    // M52 function 51, M57 421 and its sub-functions (4213: aide sociale à l'enfance).
    for function in ["51", "511", "421", "4213"] {
      let result = effects.apply(node: "line/F/D/65/652412/\(function)", year: 2025, baseline: 50)
      #expect(abs(result.value - 50 * pow(1.04, 0.8)) < 1e-12, "\(function)")
      #expect(result.contributions.keys.sorted() == ["ase_children"])
    }
    // Its staff are personnel, PCH and other functions are not child welfare, nor a
    // commune's chapter 65.
    for node in [
      "line/F/D/012/64111/51", "line/F/D/65/6511211/51", "line/F/D/65/6574/425",
      "line/F/D/65/6574/42", "line/I/D/204/20421/51",
    ] {
      #expect(effects.apply(node: node, year: 2025, baseline: 50).value == 50, "\(node)")
    }
    let commune = ScenarioEffects(scenario: scenario, years: [2025], entityKind: .commune)
    #expect(commune.apply(node: "line/F/D/65/652412/4213", year: 2025, baseline: 50).value == 50)
    // Read in the accounts' plan: M57's 51 is urban services, M52's 421 no family code.
    var m57 = effects
    m57.functionalPlan = .m57
    #expect(m57.apply(node: "line/F/D/65/6574/51", year: 2025, baseline: 50).value == 50)
    #expect(m57.apply(node: "line/F/D/65/652412/4213", year: 2025, baseline: 50).value != 50)
    var m52 = effects
    m52.functionalPlan = .m52
    #expect(m52.apply(node: "line/F/D/65/652412/4213", year: 2025, baseline: 50).value == 50)
    #expect(m52.apply(node: "line/F/D/65/652412/511", year: 2025, baseline: 50).value != 50)
  }
}
