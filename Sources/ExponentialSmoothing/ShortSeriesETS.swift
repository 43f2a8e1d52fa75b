import ForecastCore

/// ETS for series too short for maximum likelihood, fitted as R's `ets()` fits them.
///
/// With n ≤ p + 4 observations, p the smoothing parameters and initial states of the
/// simplest model asked for (2 for simple smoothing: α and ℓ₀; 4 with a trend), R
/// does not estimate the states: it starts from ℓ₀ = y₁ and b₀ = y₂ − y₁, chooses α
/// (and β) in [0, 1] by least squares over the one-step errors of the whole series,
/// and takes σ² = Σe²/n; an automatic model keeps the trended or the flat fit,
/// whichever has the lower σ². Forecasts, intervals and simulation are then those
/// of ETS(A,N,N) or ETS(A,A,N). A budget line of three to six years (a new
/// collectivité, open data from a recent year, the first years after a reform) thus
/// gets exponential smoothing and Theta rather than the naive forecast alone.
///
/// The least squares are found by Nelder–Mead inside the box from R's start
/// (α = 0.2, β = 0.02); R uses L-BFGS-B. Both find the same optimum on the golden grid
/// (`Tests/ExponentialSmoothingTests/Golden/make_short_series_golden.R`).
public enum ShortSeriesETS {
  /// Whether `count` observations are too few for the likelihood of a non-seasonal
  /// model with `trend` (R's `n <= npars + 4`, npars = 2, 4 with a trend, 5 damped;
  /// a damped model is then fitted without damping, as R warns).
  public static func isShort(_ count: Int, trend: ETSComponents.TrendType) -> Bool {
    let parameters =
      switch trend {
      case .none: 2
      case .additive: 4
      case .damped: 5
      }
    return count <= parameters + 4
  }

  /// Simple (no `trend`) or Holt smoothing by least squares from the first points.
  ///
  /// - Throws: ``ETSError/tooShort(_:_:)`` below 3 observations (2 with a trend
  ///   leave one error), ``ETSError/nonFinite`` for NaN or infinite values.
  public static func fit(_ series: TimeSeries, trend: Bool) throws(ETSError) -> FittedETS {
    let components = ETSComponents(
      error: .additive, trend: trend ? .additive : .none, season: .none)
    let y = series.values
    guard y.allSatisfy(\.isFinite) else { throw .nonFinite }
    guard y.count >= 3 else { throw .tooShort(components, y.count) }
    let level = y[0]
    let slope = trend ? y[1] - y[0] : 0
    var scratch = [0.0]
    let start = trend ? [0.2, 0.02] : [0.2]
    let result = y.withUnsafeBufferPointer { data in
      scratch.withUnsafeMutableBufferPointer { seasons in
        NelderMead(relativeTolerance: 1e-12, maximumEvaluations: 2_000).minimize(
          start: start, step: start.map { _ in 0.1 }, lower: start.map { _ in 0 },
          upper: start.map { _ in 1 }
        ) { x in
          let state = ETSState(
            components: components, period: 1, alpha: x[0], beta: trend ? x[1] : 0, gamma: 0,
            phi: 1, level: level, trend: slope)
          return ETSKernel.run(data, from: state, seasons: seasons).sumOfSquares
        }
      }
    }
    guard result.value.isFinite else { throw .estimationFailed(components) }
    let parameters = ETSParameters(
      alpha: result.point[0], beta: trend ? result.point[1] : 0, gamma: 0, phi: 1, level: level,
      trend: slope, seasons: [])
    return try FittedETS(
      components: components, period: 1, parameters: parameters, series: series,
      parameterCount: result.point.count + 1, estimation: .shortSeries)
  }

  /// Holt and simple smoothing both; the fit with the lower σ² (simple on a tie).
  public static func automatic(_ series: TimeSeries) throws(ETSError) -> FittedETS {
    let flat = try fit(series, trend: false)
    guard let trended = try? fit(series, trend: true) else { return flat }
    return trended.sigma2 < flat.sigma2 ? trended : flat
  }
}
