import ForecastCore
import RealModule

/// What to fit: an ETS model structure, with each smoothing parameter either fixed
/// or estimated (nil).
///
/// ```swift
/// let spec = ETSSpecification(components: ETSComponents(code: "AAdN")!)
/// let fit = try spec.fit(TimeSeries(values: history, period: 1))
/// let forecast = fit.forecast(horizon: 6, levels: [80, 95])
/// ```
public struct ETSSpecification: Sendable, Hashable, Codable {
  /// The model structure.
  public var components: ETSComponents
  /// Fixed α, or nil to estimate.
  public var alpha: Double?
  /// Fixed β, or nil to estimate.
  public var beta: Double?
  /// Fixed γ, or nil to estimate.
  public var gamma: Double?
  /// Fixed φ, or nil to estimate.
  public var phi: Double?
  /// Where estimated parameters may lie.
  public var region: ETSParameterRegion
  /// How the likelihood is searched.
  public var search: ETSSearch

  /// A specification; every parameter estimated by default, inside `region`.
  public init(
    components: ETSComponents, alpha: Double? = nil, beta: Double? = nil, gamma: Double? = nil,
    phi: Double? = nil, region: ETSParameterRegion = .default, search: ETSSearch = .byStructure
  ) {
    self.components = components
    self.alpha = alpha
    self.beta = beta
    self.gamma = gamma
    self.phi = phi
    self.region = region
    self.search = search
  }

  /// Number of estimated quantities for a series of this period, plus one for σ².
  public func parameterCount(period: Int) -> Int { estimator(period: period).parameterCount }

  func estimator(period: Int) -> ETSEstimator {
    ETSEstimator(
      components: components, period: components.hasSeason ? period : 1, fixedAlpha: alpha,
      fixedBeta: beta, fixedGamma: gamma, fixedPhi: phi, region: region, search: search)
  }

  /// Estimates the model on `series` by maximum likelihood.
  ///
  /// - Throws: ``ETSError`` when the series is too short for the model, not strictly
  ///   positive for a multiplicative model, not finite, or when no admissible
  ///   parameters were found.
  public func fit(_ series: TimeSeries) throws(ETSError) -> FittedETS {
    let period = components.hasSeason ? series.period : 1
    guard series.values.allSatisfy(\.isFinite) else { throw .nonFinite }
    if components.error == .multiplicative || components.season == .multiplicative {
      guard series.isStrictlyPositive else { throw .notStrictlyPositive(components) }
    }
    if components.hasSeason {
      guard period > 1, series.count >= 2 * period else {
        throw .tooShort(components, series.count)
      }
    }
    let estimator = estimator(period: series.period)
    guard series.count > estimator.parameterCount + 1 else {
      throw .tooShort(components, series.count)
    }
    guard let parameters = estimator.estimate(series.values) else {
      throw .estimationFailed(components)
    }
    return try FittedETS(
      components: components, period: period, parameters: parameters, series: series,
      parameterCount: estimator.parameterCount)
  }
}

/// Why an ETS model could not be fitted.
public enum ETSError: Error, Sendable, Hashable, CustomStringConvertible {
  case nonFinite
  case notStrictlyPositive(ETSComponents)
  case tooShort(ETSComponents, Int)
  case estimationFailed(ETSComponents)
  case noCandidate

  public var description: String {
    switch self {
    case .nonFinite: return "the series holds NaN or infinite values"
    case .notStrictlyPositive(let c): return "\(c) needs strictly positive data"
    case .tooShort(let c, let n): return "\(n) observations are too few for \(c)"
    case .estimationFailed(let c): return "no admissible parameters found for \(c)"
    case .noCandidate: return "no ETS model could be fitted"
    }
  }
}
