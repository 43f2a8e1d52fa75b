import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import Scenarios
import Testing

@Suite("Driver elasticities estimated by dynamic regression")
struct ElasticityEstimatorTests {
  /// One fit of `make_elasticities_golden.R`.
  struct Case: Decodable {
    var names: [String]
    var p: Double
    var lag: Double?
    var years: [Double]
    var coef: [Double]
    var se: [Double]
    var aicc: Double
  }

  static let synthetic = RepositoryPaths.datasets.appendingPathComponent("synthetic")
  static let dataset = Result { () throws -> BudgetDataset in
    try BudgetImporter.importFiles(
      [synthetic.appendingPathComponent("departement_accounts.csv").path])
  }
  static let history = Result { () throws -> DriverHistory in
    try DriverHistory.read(synthetic.appendingPathComponent("driver_history.csv").path)
  }

  static func estimated(overrides: [String: Double] = [:]) throws -> [String: Elasticity] {
    let list = ElasticityEstimator().elasticities(
      dataset: try dataset.get(), history: try history.get(), overrides: overrides)
    return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
  }

  @Test func sameEstimatesAsR() throws {
    let cases = try GoldenFile.load([Case].self, named: "elasticities_golden.json")
    #expect(cases.count == 18)
    let ours = try Self.estimated()
    #expect(ours.count == 9)
    for names in Set(cases.map(\.names)) {
      // The choice between white-noise and AR(1) errors, and for RSA households between
      // the lags 0, 1 and 2 of unemployment: the lower AICc among R's fits.
      let fits = cases.filter { $0.names == names }
      let chosen = try #require(fits.min { $0.aicc < $1.aicc })
      for (j, name) in names.enumerated() {
        let estimate = try #require(ours[name]?.estimate, "\(name) not estimated")
        #expect(
          estimate.model.hasPrefix("ARIMA(\(Int(chosen.p)),0,0)"), "\(name): \(estimate.model)")
        #expect(estimate.lag == chosen.lag.map { Int($0) }, "\(name): lag")
        #expect(estimate.firstYear == Int(chosen.years.first ?? 0))
        #expect(estimate.lastYear == Int(chosen.years.last ?? 0))
        #expect(estimate.observations == chosen.years.count)
        #expect(
          abs(estimate.value - chosen.coef[j]) <= 2e-3 * max(1, abs(chosen.coef[j])),
          "\(name): \(estimate.value) vs R \(chosen.coef[j])")
        #expect(
          abs(estimate.standardError - chosen.se[j]) <= 0.03 * chosen.se[j],
          "\(name): standard error \(estimate.standardError) vs R \(chosen.se[j])")
        #expect(abs(estimate.aicc - chosen.aicc) <= 2e-2, "\(name): AICc")
      }
    }
  }

  @Test func projectionsAreNeverEstimatedOn() throws {
    // Projected households and unemployment after the accounts' last year (2024), far
    // off the relation: the estimates are those of the history alone.
    var projected = try Self.history.get()
    for year in 2025...2030 {
      projected.values[.unemploymentRate]?[year] = year.isMultiple(of: 2) ? 15 : 5
      projected.values[.rsaHouseholds]?[year] = 10_000
    }
    let withProjections = ElasticityEstimator().elasticities(
      dataset: try Self.dataset.get(), history: projected)
    let alone = try Self.estimated()
    #expect(withProjections.count == alone.count)
    for elasticity in withProjections {
      #expect(elasticity == alone[elasticity.name], "\(elasticity.name)")
    }
  }

  @Test func significantPlausibleEstimatesReplaceTheDefaults() throws {
    let ours = try Self.estimated()
    // The synthetic département is built on 9 % more households per point (on about
    // 23,500 at 8.5 %), unit elasticities of personnel to the pay index and of DMTO to
    // transactions: the estimates find them and are used.
    let rsa = try #require(ours["rsa_households_per_unemployment_point"])
    #expect(rsa.source == .estimated)
    #expect(abs(rsa.used - 0.09) < 0.01)
    #expect(try #require(ours["personnel_per_pay_index"]).source == .estimated)
    #expect(abs((ours["personnel_per_pay_index"]?.used ?? 0) - 1) < 0.1)
    #expect(abs((ours["dmto_per_transactions"]?.used ?? 0) - 1) < 0.1)
    // PCH spending is beneficiaries × a cost per beneficiary growing 1.4 % a year.
    #expect(try #require(ours["pch_per_beneficiaries"]).source == .estimated)
    #expect(abs((ours["pch_per_beneficiaries"]?.used ?? 0) - 1) < 0.05)
    // Child welfare (chapter 65 of Famille et enfance, 51 then 4213 under M57) is the
    // children in care × a cost per child growing 2.4 % a year, with 2023's rise two
    // thirds cost and one third volume: that year's cost jump, beside a volume rise,
    // takes the estimate above 1 (about 1.3, as R's in `sameEstimatesAsR`).
    let welfare = try #require(ours["child_welfare_per_children"])
    #expect(welfare.source == .estimated)
    #expect((1.1...1.5).contains(welfare.used), "\(welfare.used)")
    // General charges do not follow inflation in these accounts: the estimate is not
    // significant and the default stays, with the reason.
    let charges = try #require(ours["charges_per_inflation_point"])
    #expect(charges.source == .default)
    #expect(charges.used == ScenarioEffects.defaultElasticities["charges_per_inflation_point"])
    #expect(charges.reason.contains("not significant"))
    #expect(charges.estimate != nil)
  }

  @Test func scenarioValuesWinOverEstimates() throws {
    let ours = try Self.estimated(overrides: ["dmto_per_prices": 0.5])
    let prices = try #require(ours["dmto_per_prices"])
    #expect(prices.source == .scenario)
    #expect(prices.used == 0.5)
    #expect(prices.estimate != nil)
  }

  @Test func withoutHistoryOrEnoughYearsTheDefaultsStay() throws {
    let dataset = try Self.dataset.get()
    let none = ElasticityEstimator().elasticities(dataset: dataset, history: nil)
    #expect(none.allSatisfy { $0.source == .default && $0.estimate == nil })
    #expect(none.first?.reason.contains("--driver-history") == true)
    var short = try Self.history.get()
    short.values = short.values.mapValues { $0.filter { $0.key >= 2019 } }
    let few = ElasticityEstimator().elasticities(dataset: dataset, history: short)
    #expect(few.allSatisfy { $0.source == .default })
    // RSA households from 2019: growth from 2020; unemployment changes lagged up to two
    // years, compared on the years they share, from 2022.
    #expect(few.first?.reason == "3 consecutive years of data, at least 8 needed")
    short.values[.payIndex] = nil
    let missing = ElasticityEstimator().elasticities(dataset: dataset, history: short)
    #expect(
      missing.first { $0.name == "personnel_per_pay_index" }?.reason
        == "the driver history has no pay_index")
  }

  @Test func constantDriverIsNamed() throws {
    var history = try Self.history.get()
    history.values[.payIndex] = Dictionary(uniqueKeysWithValues: (2010...2024).map { ($0, 100) })
    let ours = ElasticityEstimator().elasticities(dataset: try Self.dataset.get(), history: history)
    let pay = try #require(ours.first { $0.name == "personnel_per_pay_index" })
    #expect(pay.source == .default)
    #expect(pay.reason.contains("personnel_per_pay_index does not vary enough"), "\(pay.reason)")
  }

  @Test func badHistoryFilesGiveLocatedErrors() throws {
    let text = """
      driver,year,value
      unemployment,2020,8
      rsa_households,20x0,24000
      rsa_households,2021,-3
      pay_index,2021,abc
      inflation,2022,1.5
      inflation,2022,1.6
      """
    let path = try CommandRunner.temporaryFile(named: "history.csv", contents: text)
    #expect {
      try DriverHistory.read(path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("history.csv:2:1: unknown driver 'unemployment'")
        && text.contains("history.csv:3:16: year '20x0' is not a year")
        && text.contains("history.csv:4:21: rsa_households in 2021 is -3.0")
        && text.contains("history.csv:5:16:")
        && text.contains("history.csv:7:1: inflation has 2022 twice (first on line 6)")
    }
  }

  @Test func theUnemploymentLagIsChosenByAICc() throws {
    // Households built to follow unemployment in the same year: lag 0 wins, and the
    // scenario rules then move RSA spending in the year unemployment moves.
    var history = try Self.history.get()
    let unemployment = try #require(history.values[.unemploymentRate])
    history.values[.rsaHouseholds] = Dictionary(
      uniqueKeysWithValues: unemployment.map { year, rate in
        (year, 23_500 * (1 + 0.09 * (rate - 8.5)) * (1 + 0.002 * sin(Double(year))))
      })
    let ours = ElasticityEstimator().elasticities(dataset: try Self.dataset.get(), history: history)
    let rsa = try #require(ours.first { $0.name == "rsa_households_per_unemployment_point" })
    #expect(rsa.source == .estimated && rsa.lag == 0 && rsa.estimate?.lag == 0)
    #expect(rsa.estimate?.aiccByLag?.keys.sorted() == ["0", "1", "2"])
    #expect(rsa.reason.contains("a lag of 0 years chosen by AICc"), "\(rsa.reason)")
    var scenario = Scenario(name: "test")
    scenario.drivers[.unemploymentRate] = [2025: 1]
    let effects = ScenarioEffects(
      scenario: scenario, years: [2025, 2026], elasticities: Elasticity.usedValues(ours),
      lags: Elasticity.usedLags(ours))
    let node = "line/F/D/017/65171/567"
    // exp(β·Δu): the households' log-linear model (Δln H = β·Δu), exactly.
    #expect(effects.factors(node: node, year: 2025)["rsa_households"] == exp(rsa.used))
    // Without an estimate the documented lag of one year holds.
    let none = ElasticityEstimator().elasticities(dataset: try Self.dataset.get(), history: nil)
    #expect(none.first { $0.name == "rsa_households_per_unemployment_point" }?.lag == 1)
    let later = ScenarioEffects(
      scenario: scenario, years: [2025, 2026], lags: ["rsa_households_per_unemployment_point": 2])
    #expect(later.factors(node: node, year: 2026)["rsa_households"] == nil)
    #expect(later.factors(node: node, year: 2027)["rsa_households"] == exp(0.09))
    // A lag fixed by the scenario file is the only one fitted, and the one used.
    let fixed = ElasticityEstimator().elasticities(
      dataset: try Self.dataset.get(), history: history,
      lags: ["rsa_households_per_unemployment_point": 2])
    let rsaFixed = try #require(fixed.first { $0.name == "rsa_households_per_unemployment_point" })
    #expect(rsaFixed.lag == 2 && rsaFixed.estimate?.lag == 2)
    #expect(rsaFixed.estimate?.aiccByLag?.keys.sorted() == ["2"])
    #expect(
      rsaFixed.reason.hasSuffix("lag of 2 years set in the scenario file"), "\(rsaFixed.reason)")
  }

  @Test func scenarioRulesUseTheRunsElasticities() {
    var scenario = Scenario(name: "test")
    scenario.drivers[.unemploymentRate] = [2025: 1]
    let node = "line/F/D/017/65171/567"
    let estimated = ScenarioEffects(
      scenario: scenario, years: [2025, 2026],
      elasticities: ["rsa_households_per_unemployment_point": 0.05])
    #expect(estimated.factors(node: node, year: 2026)["rsa_households"] == exp(0.05))
    scenario.elasticities["rsa_households_per_unemployment_point"] = 0.2
    let overridden = ScenarioEffects(
      scenario: scenario, years: [2025, 2026],
      elasticities: ["rsa_households_per_unemployment_point": 0.05])
    #expect(overridden.factors(node: node, year: 2026)["rsa_households"] == exp(0.2))
  }
}
