/// One elasticity of a driver model: its documented default, what the user's history
/// says about it, and the value the scenario rules use, with why.
///
/// Archived with every run (`elasticities.json`) and shown in its report, so that a
/// reader sees which relations were measured on the département's own accounts and
/// which were assumed.
public struct Elasticity: Sendable, Hashable, Codable {
  /// Where the value used comes from.
  public enum Source: String, Sendable, Hashable, Codable {
    /// Estimated on the driver history by dynamic regression.
    case estimated
    /// Set in the scenario file (it wins over any estimate).
    case scenario
    /// The documented default (``ScenarioEffects/defaultElasticities``).
    case `default`
  }

  /// The test that decided the value, for reports to explain in their own language.
  public enum Verdict: String, Sendable, Hashable, Codable {
    /// The scenario file sets it.
    case scenario
    /// Estimated, significant and plausible: used.
    case significant
    /// Estimated but |t| below the threshold: the default stays.
    case notSignificant = "not_significant"
    /// Estimated, significant, outside the plausible range: the default stays.
    case implausible
    /// No driver history given.
    case noHistory = "no_history"
    /// The history lacks a driver the model needs.
    case missingDriver = "missing_driver"
    /// Fewer consecutive years than the estimation needs.
    case tooFewYears = "too_few_years"
    /// A driver does not vary apart from the trend over the sample.
    case notIdentified = "not_identified"
    /// The likelihood could not be maximised, or gave non-finite values.
    case fitFailed = "fit_failed"
  }

  /// A regression with ARMA errors of a line's growth on its drivers.
  public struct Estimate: Sendable, Hashable, Codable {
    /// The estimated elasticity.
    public var value: Double
    /// Its standard error.
    public var standardError: Double
    /// Observations (years of growth) the regression used.
    public var observations: Int
    /// The sample's first year.
    public var firstYear: Int
    /// The sample's last year.
    public var lastYear: Int
    /// The error model, such as `ARIMA(1,0,0) with non-zero mean`.
    public var model: String
    /// AICc of the regression.
    public var aicc: Double
    /// The lag chosen for a change regressor (nil when the model has none to choose).
    public var lag: Int? = nil
    /// The AICc of each lag compared, by lag, on the same years.
    public var aiccByLag: [String: Double]? = nil

    /// Estimate over standard error.
    public var tStatistic: Double { standardError > 0 ? value / standardError : 0 }

    /// An estimate and the regression it comes from.
    public init(
      value: Double, standardError: Double, observations: Int, firstYear: Int, lastYear: Int,
      model: String, aicc: Double
    ) {
      (self.value, self.standardError, self.observations) = (value, standardError, observations)
      (self.firstYear, self.lastYear, self.model, self.aicc) = (firstYear, lastYear, model, aicc)
    }
  }

  /// Its name in scenario files (`dmto_per_transactions`).
  public var name: String
  /// The documented default, used when no estimate passes.
  public var defaultValue: Double
  /// The estimate, when the history allowed one.
  public var estimate: Estimate?
  /// The value the scenario rules use.
  public var used: Double
  /// Whether the estimate was used, and if not why.
  public var verdict: Verdict
  /// Why this value, in English: the test the estimate passed or failed.
  public var reason: String
  /// The lag in years the scenario rules use with it (the estimate's when it is used,
  /// else the documented default); nil for an elasticity without a lag.
  public var lag: Int?

  /// An elasticity with its estimate, the value used and why.
  public init(
    name: String, defaultValue: Double, estimate: Estimate?, used: Double, verdict: Verdict,
    reason: String, lag: Int? = nil
  ) {
    (self.name, self.defaultValue, self.estimate) = (name, defaultValue, estimate)
    (self.used, self.verdict, self.reason, self.lag) = (used, verdict, reason, lag)
  }

  /// Where the value used comes from, as the verdict says.
  public var source: Source {
    switch verdict {
    case .scenario: return .scenario
    case .significant: return .estimated
    default: return .default
    }
  }

  /// The values used, by name, for ``ScenarioEffects``.
  public static func usedValues(_ elasticities: [Elasticity]) -> [String: Double] {
    Dictionary(elasticities.map { ($0.name, $0.used) }, uniquingKeysWith: { first, _ in first })
  }

  /// The lags used, by name, for ``ScenarioEffects``.
  public static func usedLags(_ elasticities: [Elasticity]) -> [String: Int] {
    Dictionary(
      elasticities.compactMap { e in e.lag.map { (e.name, $0) } },
      uniquingKeysWith: { first, _ in first })
  }
}
