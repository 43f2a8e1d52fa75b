import ForecastCore
import RealModule

/// A fitted ETS model: parameters, initial and final states, fitted values,
/// residuals, σ², likelihood and information criteria.
///
/// Definitions follow R's `forecast::ets` so that numbers compare directly:
/// `logLikelihood = −½·lik` with `lik = n·ln Σe² (+ 2·Σ ln|ŷ|)`; AIC = lik + 2k,
/// BIC = lik + k·ln n, AICc = AIC + 2k(k+1)/(n − k − 1), k = estimated quantities + 1;
/// σ² = Σe²/(n − k + 1) (R does not count σ² among the parameters there).
public struct FittedETS: Sendable, Hashable, Codable {
  /// The structure fitted, such as ETS(M,Ad,N).
  public let components: ETSComponents
  /// The seasonal period used (1 without season).
  public let period: Int
  /// Smoothing parameters and initial states.
  public let parameters: ETSParameters
  /// ŷ_t, one-step forecasts over the history.
  public let fitted: [Double]
  /// e_t (relative for multiplicative errors).
  public let residuals: [Double]
  /// Variance of the one-step errors (relative errors for multiplicative models).
  public let sigma2: Double
  /// Maximised log-likelihood ℓ.
  public let logLikelihood: Double
  /// AIC = −2ℓ + 2(k + 1), k the estimated parameters and initial states.
  public let aic: Double
  /// AICc, AIC corrected for the sample size; what model selection compares.
  public let aicc: Double
  /// BIC = −2ℓ + (k + 1)·ln n.
  public let bic: Double
  /// k: estimated quantities plus σ².
  public let parameterCount: Int
  /// How the parameters were chosen.
  public let estimation: Estimation
  /// Final level, trend and seasonal states (the forecast origin).
  let finalLevel: Double
  let finalTrend: Double
  let finalSeasons: [Double]
  let finalPosition: Int

  /// How a model's parameters were chosen.
  public enum Estimation: String, Sendable, Hashable, Codable {
    /// Maximum likelihood over the smoothing parameters and initial states.
    case likelihood
    /// R's path for short series (``ShortSeriesETS``): states from the first points,
    /// smoothing parameters by least squares, σ² = Σe²/n, no information criteria.
    case shortSeries
  }

  /// Runs the model with fixed `parameters` over `series` (no estimation).
  ///
  /// - Throws: ``ETSError/estimationFailed(_:)`` when the recursion leaves the
  ///   model's domain (a non-positive forecast in a multiplicative model).
  public init(
    components: ETSComponents, period: Int, parameters: ETSParameters, series: TimeSeries,
    parameterCount: Int, estimation: Estimation = .likelihood
  ) throws(ETSError) {
    let n = series.count
    var fitted = [Double](repeating: 0, count: n)
    var residuals = [Double](repeating: 0, count: n)
    var seasons = parameters.seasons.isEmpty ? [0.0] : parameters.seasons
    let start = ETSState(
      components: components, period: period, parameters: parameters, level: parameters.level,
      trend: parameters.trend)
    let outcome = series.values.withUnsafeBufferPointer { y in
      seasons.withUnsafeMutableBufferPointer { s in
        fitted.withUnsafeMutableBufferPointer { f in
          residuals.withUnsafeMutableBufferPointer { r in
            ETSKernel.run(
              y, from: start, seasons: s, fitted: f.baseAddress, residuals: r.baseAddress)
          }
        }
      }
    }
    guard let final = outcome.state, outcome.criterion.isFinite else {
      throw .estimationFailed(components)
    }
    self.components = components
    self.period = period
    self.parameters = parameters
    self.fitted = fitted
    self.residuals = residuals
    self.parameterCount = parameterCount
    self.estimation = estimation
    let k = Double(parameterCount)
    let count = Double(n)
    logLikelihood = -0.5 * outcome.criterion
    if estimation == .shortSeries {
      // R's short-series fits have σ² = Σe²/n and no criteria.
      sigma2 = outcome.sumOfSquares / count
      (aic, bic, aicc) = (.nan, .nan, .nan)
    } else {
      // R divides by n minus the estimated quantities, not counting σ² itself.
      sigma2 = outcome.sumOfSquares / Swift.max(count - k + 1, 1)
      aic = outcome.criterion + 2 * k
      bic = outcome.criterion + Double.log(count) * k
      aicc = count - k - 1 > 0 ? aic + 2 * k * (k + 1) / (count - k - 1) : .infinity
    }
    finalLevel = final.level
    finalTrend = final.trend
    finalSeasons = seasons
    finalPosition = final.position
  }

  /// The model's name, `ETS(A,Ad,N)`.
  public var name: String { components.description }

  /// The same model (parameters and initial states unchanged) run over new data,
  /// without re-estimation: the `forward` of statsforecast, `ets(y, model = fit,
  /// use.initial.values = TRUE)` in R.
  public func applied(to series: TimeSeries) throws(ETSError) -> FittedETS {
    try FittedETS(
      components: components, period: period, parameters: parameters, series: series,
      parameterCount: parameterCount, estimation: estimation)
  }

  /// The state at the forecast origin, with a copy of the seasonal buffer.
  func originState() -> (ETSState, [Double]) {
    var state = ETSState(
      components: components, period: period, parameters: parameters, level: finalLevel,
      trend: finalTrend)
    state.position = finalPosition
    return (state, finalSeasons)
  }
}
