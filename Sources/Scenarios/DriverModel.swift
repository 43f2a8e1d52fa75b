import Foundation

/// A relation between a budget line (or a driver) and its drivers, as the scenario
/// rules use it and as it is estimated on yearly history.
///
/// Every model is a regression of the response's yearly log growth on transformed
/// drivers, with ARMA errors (``ElasticityEstimator``):
///
/// `Δln R_t = c + Σ_j β_j·x_{j,t} + η_t`
///
/// the constant c absorbing the trend the drivers do not explain (careers' drift in
/// personnel costs, the growing number of dependent elderly people), each β_j an
/// elasticity of ``ScenarioEffects``. The library:
///
/// | elasticity | response R | regressor x_t |
/// |---|---|---|
/// | `rsa_households_per_unemployment_point` | RSA households | `u_{t−L} − u_{t−L−1}`, unemployment in points, the lag L ∈ {0, 1, 2} years chosen by AICc (one year by default) |
/// | `apa_per_population_75` | APA spending (chapter 016) | `Δln` population aged 75+ |
/// | `apa_per_population_85` | APA spending (chapter 016) | `Δln` population aged 85+ |
/// | `pch_per_beneficiaries` | PCH spending (chapter 65, accounts 651121…) | `Δln` PCH beneficiaries |
/// | `child_welfare_per_children` | child-welfare spending (chapter 65, function 51… / 421…) | `Δln` children in care |
/// | `personnel_per_pay_index` | personnel costs (chapter 012) | `Δln` pay index |
/// | `charges_per_inflation_point` | general charges (chapter 011) | inflation_t / 100 |
/// | `dmto_per_transactions`, `dmto_per_prices` | DMTO (7321, 7322) | `Δln` transactions, `Δln` prices |
///
/// RSA spending itself is households × base amount by construction (the scenario rule
/// applies both factors with unit elasticity): it has nothing to estimate.
public struct DriverModel: Sendable, Hashable {
  /// What the model explains.
  public enum Response: Sendable, Hashable {
    /// A driven line's total (real operations) by year.
    case line(DrivenLine)
    /// A driver's own history (RSA households from unemployment).
    case driver(Scenario.Driver)
  }

  /// How a driver's history becomes a regressor in year t.
  public enum Transform: Sendable, Hashable {
    /// `ln(D_t / D_{t−1})`.
    case logGrowth
    /// `D_{t−lag} − D_{t−lag−1}` (points).
    case change(lag: Int)
    /// `D_t / 100` (a yearly rate in percent, as a fraction).
    case percent
  }

  /// One regressor: its driver, transform and the elasticity it measures.
  public struct Regressor: Sendable, Hashable {
    /// The name of the elasticity it measures, as scenario files write it.
    public var elasticity: String
    /// The driver it reads.
    public var driver: Scenario.Driver
    /// The transform, with the default lag for a change.
    public var transform: Transform
    /// For a change: the lags the estimation compares, by AICc on their common years
    /// (empty: the transform's lag only).
    public var candidateLags: [Int] = []

    /// The lag of a change (nil for other transforms).
    public var lag: Int? {
      if case .change(let lag) = transform { return lag }
      return nil
    }
  }

  /// What the model explains (the line, or a part of it).
  public var response: Response
  /// The drivers, transformed, in the regression's order.
  public var regressors: [Regressor]

  /// The documented library (see the table above).
  public static let library: [DriverModel] = [
    DriverModel(
      response: .driver(.rsaHouseholds),
      regressors: [
        Regressor(
          elasticity: "rsa_households_per_unemployment_point", driver: .unemploymentRate,
          transform: .change(lag: 1), candidateLags: [0, 1, 2])
      ]),
    DriverModel(
      response: .line(.apa),
      regressors: [
        Regressor(elasticity: "apa_per_population_75", driver: .population75, transform: .logGrowth)
      ]),
    DriverModel(
      response: .line(.apa),
      regressors: [
        Regressor(elasticity: "apa_per_population_85", driver: .population85, transform: .logGrowth)
      ]),
    DriverModel(
      response: .line(.pch),
      regressors: [
        Regressor(
          elasticity: "pch_per_beneficiaries", driver: .pchBeneficiaries, transform: .logGrowth)
      ]),
    DriverModel(
      response: .line(.childWelfare),
      regressors: [
        Regressor(
          elasticity: "child_welfare_per_children", driver: .aseChildren, transform: .logGrowth)
      ]),
    DriverModel(
      response: .line(.personnel),
      regressors: [
        Regressor(elasticity: "personnel_per_pay_index", driver: .payIndex, transform: .logGrowth)
      ]),
    DriverModel(
      response: .line(.generalCharges),
      regressors: [
        Regressor(
          elasticity: "charges_per_inflation_point", driver: .inflation, transform: .percent)
      ]),
    DriverModel(
      response: .line(.dmto),
      regressors: [
        Regressor(
          elasticity: "dmto_per_transactions", driver: .realEstateTransactions,
          transform: .logGrowth),
        Regressor(elasticity: "dmto_per_prices", driver: .realEstatePrices, transform: .logGrowth),
      ]),
  ]

  /// The model once per lag its estimation compares, with that lag (nil: the model
  /// has no lag to choose, and is its only variant).
  var lagVariants: [(lag: Int?, model: DriverModel)] {
    guard let j = regressors.firstIndex(where: { !$0.candidateLags.isEmpty }) else {
      return [(nil, self)]
    }
    return regressors[j].candidateLags.map { lag in
      var variant = self
      variant.regressors[j].transform = .change(lag: lag)
      return (lag, variant)
    }
  }

  /// The model with the lags of `fixed` (by elasticity name) imposed: those
  /// regressors are fitted at that lag only.
  func fixing(lags fixed: [String: Int]) -> DriverModel {
    var model = self
    for j in model.regressors.indices {
      guard model.regressors[j].lag != nil, let lag = fixed[model.regressors[j].elasticity]
      else { continue }
      model.regressors[j].transform = .change(lag: lag)
      model.regressors[j].candidateLags = [lag]
    }
    return model
  }

  /// The documented lag of the elasticity `name`, when its regressor is a change.
  public static func defaultLag(of name: String) -> Int? {
    library.lazy.flatMap(\.regressors).first { $0.elasticity == name }?.lag
  }

  /// The lag of elasticity `name` among a run's `lags` (``Elasticity/usedLags(_:)``),
  /// else its documented default, else 0 (a driver acting within its year).
  public static func lag(of name: String, in lags: [String: Int]) -> Int {
    lags[name] ?? defaultLag(of: name) ?? 0
  }

  /// The years of its driver the regressor's value in `year` reads.
  static func years(_ regressor: Regressor, for year: Int) -> [Int] {
    switch regressor.transform {
    case .logGrowth: return [year - 1, year]
    case .change(let lag): return [year - lag - 1, year - lag]
    case .percent: return [year]
    }
  }

  /// The regressor's value in `year`, when the history has what it needs.
  static func value(_ regressor: Regressor, year: Int, history: DriverHistory) -> Double? {
    let at = { (year: Int) in history.value(regressor.driver, year) }
    switch regressor.transform {
    case .logGrowth:
      guard let now = at(year), let before = at(year - 1) else { return nil }
      return log(now / before)
    case .change(let lag):
      guard let now = at(year - lag), let before = at(year - lag - 1) else { return nil }
      return now - before
    case .percent:
      return at(year).map { $0 / 100 }
    }
  }

  /// `ln(R_t / R_{t−1})` for every year where both levels are positive.
  static func logGrowth(_ levels: [Int: Double]) -> [Int: Double] {
    var growth: [Int: Double] = [:]
    for (year, now) in levels {
      guard let before = levels[year - 1], now > 0, before > 0 else { continue }
      growth[year] = log(now / before)
    }
    return growth
  }
}
