import Budget
import Foundation

/// How a scenario moves each budget line, year by year, against the baseline.
///
/// A line's scenario value is `baseline × Π factors + shocks`, the factors by rule:
///
/// | lines | factor in year t |
/// |---|---|
/// | RSA, chapter 017 (spending) | `(1 + h_t)·exp(e_u·Δu_{t−L})·(1 + base_t)·(1 + revaluation_t)`, h_t the rsa_households change, Δu the unemployment change in points, L the run's lag (one year unless the history chose another), base_t the rsa_base_amount change |
/// | APA, chapter 016 (spending) | `(1 + population_75_t)^e_75·(1 + population_85_t)^e_85` (a file gives one age group) |
/// | PCH, chapter 65 accounts 651121… | `(1 + pch_beneficiaries_t)^e_pch` |
/// | child welfare, chapter 65 function 51… (M52) or 421… (M57) | `(1 + ase_children_t)^e_ase` |
/// | personnel, chapter 012 | `(1 + pay_index_t)^e_pay`, and `(1 + step)^e_pay` for a dated pay-index step; its pension-contribution lines (6453…) also `cnracl_t / current` |
/// | general charges, chapter 011 | `exp(e_π·Σ_{s≤t} inflation_s / 100)` (the price level) |
/// | DMTO, accounts 7321/7322 | `(1 + transactions_t)^e_tx·(1 + prices_t)^e_px·rate/4.5 %` |
///
/// The driver models are log-linear (``DriverModel``: `Δln L = β·x`), so these are their
/// exact effects: a line forecast by its regression (``DrivenLineForecaster``) moves by
/// the same factor when its drivers' path moves by the same change. A revaluation or
/// pay-index step at month M of year Y counts (13 − M)/12 of its rate in
/// Y and all of it after; a driver value holds for the following years until changed. An elasticity is
/// the scenario file's value, else the run's (estimated on the driver history by
/// ``ElasticityEstimator``, or its default), else ``defaultElasticities`` (unit
/// elasticities, and 0.09 per point of unemployment on the log of RSA households).
public struct ScenarioEffects: Sendable {
  /// The elasticities used when neither the scenario nor the run gives one.
  public static let defaultElasticities: [String: Double] = [
    "rsa_households_per_unemployment_point": 0.09,
    "apa_per_population_75": 1,
    "apa_per_population_85": 1,
    "pch_per_beneficiaries": 1,
    "child_welfare_per_children": 1,
    "personnel_per_pay_index": 1,
    "charges_per_inflation_point": 1,
    "dmto_per_transactions": 1,
    "dmto_per_prices": 1,
  ]

  /// The scenario applied.
  public var scenario: Scenario
  /// The forecast years.
  public var years: [Int]
  /// The run's elasticities by name (``Elasticity/usedValues(_:)``).
  public var elasticities: [String: Double]
  /// The run's lags by elasticity name (``Elasticity/usedLags(_:)``).
  public var lags: [String: Int]
  /// The kind of collectivité whose lines move (``DrivenLine/belongs(to:)``).
  public var entityKind: EntityKind
  /// The functional plan the forecast lines' codes are read in: the last executed
  /// year's (``BudgetDataset/lastFunctionalPlan``); nil reads both.
  public var functionalPlan: FunctionalPlan?

  /// The effects of a scenario over the forecast years.
  public init(
    scenario: Scenario, years: [Int], elasticities: [String: Double] = [:],
    lags: [String: Int] = [:], entityKind: EntityKind = .departement,
    functionalPlan: FunctionalPlan? = nil
  ) {
    self.scenario = scenario
    self.years = years
    self.elasticities = elasticities
    self.lags = lags
    self.entityKind = entityKind
    self.functionalPlan = functionalPlan
  }

  /// The lag of elasticity `name`: the run's, else the documented default.
  func lag(_ name: String) -> Int { DriverModel.lag(of: name, in: lags) }

  func elasticity(_ name: String) -> Double {
    scenario.elasticities[name] ?? elasticities[name] ?? Self.defaultElasticities[name] ?? 1
  }

  /// The driver's change in `year` (the last value given at or before it; 0 before any).
  public func change(_ driver: Scenario.Driver, _ year: Int) -> Double {
    scenario.drivers[driver].flatMap { Scenario.held($0, in: year) } ?? 0
  }

  /// The factors moving line `node` in `year`, by driver name (empty when none applies).
  public func factors(node: String, year: Int) -> [String: Double] {
    guard let line = DrivenLine.classify(node: node, kind: entityKind, plan: functionalPlan)
    else { return [:] }
    var factors: [String: Double] = [:]
    switch line {
    case .rsa:
      let name = "rsa_households_per_unemployment_point"
      let households =
        (1 + change(.rsaHouseholds, year))
        * exp(elasticity(name) * change(.unemploymentRate, year - lag(name)))
      if households != 1 { factors["rsa_households"] = households }
      let amount = change(.rsaBaseAmount, year)
      if amount != 0 { factors["rsa_base_amount"] = 1 + amount }
      if let revaluation = scenario.rsaRevaluation, year >= revaluation.year {
        factors["rsa_revaluation"] = 1 + revaluation.rate * revaluation.share(in: year)
      }
    case .apa:
      for (driver, name) in [
        (Scenario.Driver.population75, "apa_per_population_75"),
        (.population85, "apa_per_population_85"),
      ] {
        let population = change(driver, year)
        if population != 0 { factors[driver.rawValue] = pow(1 + population, elasticity(name)) }
      }
    case .pch:
      let beneficiaries = change(.pchBeneficiaries, year)
      if beneficiaries != 0 {
        factors["pch_beneficiaries"] = pow(
          1 + beneficiaries, elasticity("pch_per_beneficiaries"))
      }
    case .childWelfare:
      let children = change(.aseChildren, year)
      if children != 0 {
        factors["ase_children"] = pow(1 + children, elasticity("child_welfare_per_children"))
      }
    case .personnel:
      let pay = change(.payIndex, year)
      if pay != 0 { factors["pay_index"] = pow(1 + pay, elasticity("personnel_per_pay_index")) }
      if let step = scenario.payIndexStep, year >= step.year {
        factors["pay_index_step"] =
          pow(1 + step.rate * step.share(in: year), elasticity("personnel_per_pay_index"))
      }
      let account = node.split(separator: "/", omittingEmptySubsequences: false)[4]
      if let pension = scenario.pensionRate, pension.moves(account: String(account)) {
        let factor = pension.factor(in: year)
        if factor != 1 { factors["cnracl_rate"] = factor }
      }
    case .generalCharges:
      let level = years.filter { $0 <= year }.reduce(0) { $0 + change(.inflation, $1) } / 100
      if level != 0 {
        factors["inflation"] = exp(elasticity("charges_per_inflation_point") * level)
      }
    case .dmto:
      let transactions = change(.realEstateTransactions, year)
      let prices = change(.realEstatePrices, year)
      if transactions != 0 {
        factors["real_estate_transactions"] = pow(
          1 + transactions, elasticity("dmto_per_transactions"))
      }
      if prices != 0 {
        factors["real_estate_prices"] = pow(1 + prices, elasticity("dmto_per_prices"))
      }
      if let rate = scenario.dmtoRate, rate != Scenario.baselineDMTORate {
        factors["dmto_rate"] = rate / Scenario.baselineDMTORate
      }
    }
    return factors
  }

  /// The scenario value of a line from its baseline value, and each cause's share of the
  /// change (first-order: `baseline·(f − 1)` per factor, interactions under `interaction`);
  /// `levers` are factors set on the line from outside the rules (the investment
  /// programme and voted tax rates, which need the hierarchy), by cause.
  public func apply(
    node: String, year: Int, baseline: Double, levers: [String: Double] = [:]
  ) -> (value: Double, contributions: [String: Double]) {
    let factors = self.factors(node: node, year: year).merging(levers) { $0 * $1 }
    // Dictionary order changes from process to process: combine in name order so that
    // every run and replay rounds the same way.
    let names = factors.keys.sorted()
    let product = names.reduce(1) { $0 * (factors[$1] ?? 1) }
    let value = baseline * product
    var contributions = factors.mapValues { baseline * ($0 - 1) }
    let firstOrder = names.reduce(0) { $0 + (contributions[$1] ?? 0) }
    let interaction = value - baseline - firstOrder
    if abs(interaction) > 1e-9 * Swift.max(abs(baseline), 1) {
      contributions["interaction"] = interaction
    }
    return (value, contributions)
  }
}
