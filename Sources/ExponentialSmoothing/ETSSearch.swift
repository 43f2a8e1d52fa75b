import ForecastCore

/// How the likelihood of an ETS structure is searched: which Nelder–Mead simplex,
/// box and stopping rule.
///
/// Two set-ups, chosen by structure and measured on the 3,003 M3 series
/// (`make bench-accuracy`, automatic ETS, sMAPE yearly / quarterly / monthly / other):
///
/// - ``rSetUp`` for seasonal structures: R's documented set-up for `ets`, one simplex
///   whose edges all measure a tenth of the largest starting value (in practice the
///   initial level), 2,000 evaluations, R's relative tolerance. The simplex barely
///   moves the smoothing parameters away from their start, which regularises
///   seasonal models with their eleven or so free seasonal states; a search that
///   converged fitted seasonal detail the next years did not hold (monthly sMAPE
///   14.48 against 14.11 with R's set-up when measured; a box search like the one
///   below, 14.34 against 14.09 now).
/// - ``boxed`` for structures without season (at most five quantities): a simplex
///   with edges of 5 % of each starting value (10⁻⁴ where it is zero), every trial
///   point clamped into the parameter box [10⁻⁴, 0.9999] (φ in [0.8, 0.98]),
///   Gao–Han adaptive coefficients, stopping when the simplex values' standard
///   deviation falls below 10⁻⁴, 1,000 evaluations (statsforecast's set-up). It
///   explores small α and β, where damped trends that are nearly deterministic
///   live; R's simplex, sized on the level, cannot reach them. Using it for
///   non-seasonal structures only took automatic ETS from 17.05 / 9.63 / 14.09 / 4.33
///   to 16.34 / 9.46 / 14.21 / 4.35 (13.04 → 12.90 overall); for every structure,
///   to 16.34 / 9.51 / 14.34 / 4.35.
///
/// ``transformed`` is the boxed search over logistic coordinates (``LogisticBox``: the
/// simplex cannot leave the box, nor stall on its faces). Measured on M3
/// for non-seasonal structures with edges of 0.5 and 2 logit units on the smoothing
/// parameters: 17.31 / 9.53 / 14.15 / 4.38 and 16.94 / 9.44 / 14.17 / 4.34, against
/// 16.34 / 9.46 / 14.21 / 4.35 clamped; clamping reaches the faces (β near 10⁻⁴, the
/// nearly deterministic damped trends of yearly series) where the logistic map slows
/// down, so it stays the default and the transform an option (edge 2).
///
/// ``byStructure`` (the default) picks between them as above; the methods defined as
/// R defines them (SES, Holt and damped Holt as benchmarks, hence Theta and Comb)
/// ask for ``rSetUp`` so that they stay R's. The usual and admissible regions are
/// enforced by the objective (+∞ outside) in both set-ups.
public enum ETSSearch: String, Sendable, Hashable, Codable, CaseIterable {
  /// ``rSetUp`` for seasonal structures, ``boxed`` for the others.
  case byStructure
  /// R's set-up for `ets`.
  case rSetUp
  /// statsforecast's set-up: relative simplex, clamped into the box, adaptive.
  case boxed
  /// The same box reached by the logistic map (``LogisticBox``) instead of clamping.
  case transformed

  /// The set-up a structure gets.
  func resolved(for components: ETSComponents) -> ETSSearch {
    guard self == .byStructure else { return self }
    return components.hasSeason ? .rSetUp : .boxed
  }

  var optimizer: NelderMead {
    switch self {
    case .byStructure, .rSetUp: NelderMead(maximumEvaluations: 2_000)
    case .boxed, .transformed:
      NelderMead(stopping: .standardDeviation(1e-4), maximumEvaluations: 1_000, adaptive: true)
    }
  }

  /// The initial simplex's edge along each coordinate.
  func steps(from start: [Double]) -> [Double] {
    switch self {
    case .byStructure, .rSetUp:
      let largest = start.map(abs).max() ?? 0
      return [Double](repeating: largest > 0 ? 0.1 * largest : 0.1, count: start.count)
    case .boxed, .transformed:
      return NelderMead.relativeSteps(from: start)
    }
  }

  /// The box trial points are clamped into (nil: unbounded, the objective rejects).
  func box(layout: ETSEstimator.Layout, count: Int) -> (lower: [Double]?, upper: [Double]?) {
    guard self == .boxed || self == .transformed else { return (nil, nil) }
    var lower = [Double](repeating: -.infinity, count: count)
    var upper = [Double](repeating: .infinity, count: count)
    for i in [layout.alpha, layout.beta, layout.gamma].compactMap({ $0 }) {
      lower[i] = ETSEstimator.lowerBound
      upper[i] = ETSEstimator.upperBound
    }
    if let i = layout.phi { (lower[i], upper[i]) = ETSEstimator.phiBounds }
    return (lower, upper)
  }
}
