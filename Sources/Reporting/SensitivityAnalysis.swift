import Scenarios

/// How the savings cascade of an archived run responds when one driver or lever moves,
/// everything else equal: the same rules as scenario files (``ScenarioEffects``),
/// applied on top of the run's own forecasts (a scenario run's figures already include
/// its scenario), from the first forecast year on.
///
/// The RSA responds to unemployment with one year's lag, so an unemployment change
/// shows from the second forecast year. A DMTO rate change scales DMTO by
/// `(rate + δ) / rate`, from the rate of the run's scenario (4.5 % otherwise), and may
/// not cross the legal ceiling. The debt schedule is rolled again: borrowing absorbs
/// the change in net savings, and its interest weighs on the following years.
public struct SensitivityAnalysis: Sendable {
  /// A driver or policy lever, with the size of its usual test.
  public enum Lever: String, Sendable, CaseIterable {
    case unemploymentRate = "unemployment_rate"
    case rsaHouseholds = "rsa_households"
    case rsaRevaluation = "rsa_revaluation"
    case rsaBaseAmount = "rsa_base_amount"
    case population75 = "population_75"
    case population85 = "population_85"
    case pchBeneficiaries = "pch_beneficiaries"
    case aseChildren = "ase_children"
    case realEstateTransactions = "real_estate_transactions"
    case realEstatePrices = "real_estate_prices"
    case inflation
    case payIndex = "pay_index"
    case cnraclRate = "cnracl_rate"
    case dmtoRate = "dmto_rate"
    case interestRate = "interest_rate"

    /// The tornado's test: ±1 point of unemployment, inflation or interest rates, ±5 %
    /// households, population, PCH beneficiaries or children in care, ±1 % revaluation, base amount or pay index, ±10 %
    /// transactions or prices, ±0.5 point of DMTO rate, ±1 point of the employer pension
    /// rate.
    public var defaultDelta: Double {
      switch self {
      case .unemploymentRate, .inflation, .interestRate: return 1
      case .rsaHouseholds, .population75, .population85, .pchBeneficiaries, .aseChildren:
        return 0.05
      case .rsaRevaluation, .rsaBaseAmount, .payIndex: return 0.01
      case .realEstateTransactions, .realEstatePrices: return 0.10
      case .dmtoRate: return 0.005
      case .cnraclRate: return 0.01
      }
    }

    /// Whether a delta is in percentage points of a percentage (else a fraction).
    public var isInPoints: Bool { Scenario.Driver(rawValue: rawValue)?.isInPoints ?? false }
  }

  /// Why a test cannot be run.
  public enum Problem: Error, CustomStringConvertible, Sendable {
    case aboveCeiling(Double)
    case negativeRate(Double)

    public var description: String {
      switch self {
      case .aboveCeiling(let rate):
        return
          "the DMTO rate would be \(Self.percent(rate)), above its legal ceiling of \(Self.percent(Scenario.dmtoCeiling)); use a smaller --delta"
      case .negativeRate(let rate):
        return "the DMTO rate would be \(Self.percent(rate)), below zero; use a smaller --delta"
      }
    }

    static func percent(_ rate: Double) -> String { String(format: "%.2f %%", 100 * rate) }
  }

  /// One test: a lever moved by `delta`, and the run's cascade after it.
  public struct Test: Sendable {
    /// The driver or lever moved.
    public var lever: Lever
    /// By how much: percentage points where the lever is a percentage, else a fraction.
    public var delta: Double
    /// The cascade once moved.
    public var years: [FinancialRatios.Year]
  }

  /// The run's own cascade.
  public var baseline: [FinancialRatios.Year]
  /// One test per lever moved.
  public var tests: [Test]
  /// Years between a change in unemployment and the RSA households it brings.
  public var unemploymentLag: Int

  /// Runs `shocks` on `data`.
  public init(_ data: ReportData, shocks: [(Lever, Double)]) throws(Problem) {
    let ratios = FinancialRatios(data)
    baseline = ratios.years
    tests = []
    let name = "rsa_households_per_unemployment_point"
    unemploymentLag = DriverModel.lag(of: name, in: Elasticity.usedLags(data.elasticities))
    for (lever, delta) in shocks {
      let scenario = try Self.scenario(lever, delta, run: data.scenario, from: data.forecastYears)
      tests.append(
        Test(lever: lever, delta: delta, years: Self.moved(ratios, data: data, by: scenario)))
    }
  }

  /// Every lever moved down and up by its usual test (those the ceiling allows).
  public static func tornado(_ data: ReportData) -> SensitivityAnalysis? {
    let shocks = Lever.allCases.flatMap { [($0, -$0.defaultDelta), ($0, $0.defaultDelta)] }
    let allowed = shocks.filter { lever, delta in
      (try? scenario(lever, delta, run: data.scenario, from: data.forecastYears)) != nil
    }
    return try? SensitivityAnalysis(data, shocks: allowed)
  }

  /// The scenario moving `lever` by `delta` from the first of `years`.
  static func scenario(_ lever: Lever, _ delta: Double, run: Scenario?, from years: [Int])
    throws(Problem) -> Scenario
  {
    var scenario = Scenario(name: "\(lever.rawValue) \(delta)")
    let start = years.first ?? 0
    switch lever {
    case .rsaRevaluation:
      scenario.rsaRevaluation = Scenario.Revaluation(year: start, month: 1, rate: delta)
    case .dmtoRate:
      let rate = run?.dmtoRate ?? Scenario.baselineDMTORate
      let moved = rate + delta
      guard moved <= Scenario.dmtoCeiling + 1e-12 else { throw .aboveCeiling(moved) }
      guard moved >= 0 else { throw .negativeRate(moved) }
      // ScenarioEffects scales DMTO by dmtoRate / 4.5 %: this gives (rate + δ) / rate.
      scenario.dmtoRate = Scenario.baselineDMTORate * moved / rate
    case .cnraclRate:
      // From the rate the run's scenario sets for the first forecast year, else the one
      // the forecast reflects (its scenario's, else 2024's legal rate).
      let pension = run?.pensionRate
      let rate =
        pension.flatMap { Scenario.held($0.rates, in: start) } ?? pension?.current
        ?? Scenario.PensionRate.rate2024
      scenario.pensionRate = Scenario.PensionRate(
        current: rate, rates: [start: rate + delta],
        accounts: pension?.accounts ?? Scenario.PensionRate.defaultAccounts)
    default:
      guard let driver = Scenario.Driver(rawValue: lever.rawValue) else { return scenario }
      scenario.drivers[driver] = [start: delta]
    }
    scenario.elasticities = run?.elasticities ?? [:]
    return scenario
  }

  /// The cascade of `ratios` after `scenario` moves the run's line forecasts.
  static func moved(_ ratios: FinancialRatios, data: ReportData, by scenario: Scenario)
    -> [FinancialRatios.Year]
  {
    let effects = ScenarioEffects(
      scenario: scenario, years: data.forecastYears,
      elasticities: Elasticity.usedValues(data.elasticities),
      lags: Elasticity.usedLags(data.elasticities), entityKind: data.entityKind,
      functionalPlan: data.historyYears.last.flatMap { data.functionalPlans[$0] })
    var years = ratios.years
    for node in data.forecasts.keys.sorted() where node.hasPrefix("line/F/") {
      let revenue = node.hasPrefix("line/F/R/")
      for (i, year) in years.enumerated() where year.forecast {
        guard let mean = data.forecasts[node]?[year.year]?.mean else { continue }
        let change = effects.apply(node: node, year: year.year, baseline: mean).value - mean
        if revenue {
          years[i].operatingRevenue += change
        } else {
          years[i].operatingSpending += change
        }
      }
    }
    if var schedule = ratios.schedule {
      // The run's own interest-rate path, plus the test's.
      schedule.rateChanges.merge(
        DebtSchedule.rateChanges(of: scenario, years: data.forecastYears)
      ) { $0 + $1 }
      schedule.roll(&years)
    }
    return years
  }

  /// The change in gross savings of test `test` in `year` (euros).
  public func grossSavingsChange(_ test: Test, year: Int) -> Double {
    let after = test.years.first { $0.year == year }?.grossSavings ?? 0
    let before = baseline.first { $0.year == year }?.grossSavings ?? 0
    return after - before
  }
}
