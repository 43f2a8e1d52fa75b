import ForecastCore

extension FittedARIMA {
  /// Sample paths of the next `horizon` values, conditional on the history and on the
  /// drivers' future paths.
  ///
  /// Each path is `y_{T+h} = ŷ_{T+h} + Σ_{j<h} ψ_j·ε_{T+h−j}` with independent
  /// `ε ~ N(0, σ²)`, ŷ the point forecast and ψ the weights of the integrated model: the
  /// exact Gaussian predictive distribution the intervals of ``forecast(horizon:levels:drivers:)``
  /// describe, so path quantiles converge to those intervals. Paths are drawn from one
  /// generator seeded by `seed` (SplitMix64, Box–Muller): the same seed gives the same
  /// paths on every platform.
  ///
  /// - Returns: `paths` arrays of `horizon` values.
  public func simulate(
    horizon: Int, paths: Int, seed: UInt64, drivers: ARIMADrivers = .none
  ) throws(ARIMAError) -> [[Double]] {
    let mean = try forecast(horizon: horizon, levels: [], drivers: drivers).mean
    let psi = psiWeights(horizon)
    let sigma = sigma2.squareRoot()
    var random = SeededRandom(seed: seed)
    return (0..<Swift.max(paths, 0)).map { _ in
      let shocks = (0..<horizon).map { _ in sigma * random.normal() }
      return (0..<horizon).map { h in
        (0...h).reduce(mean[h]) { $0 + psi[$1] * shocks[h - $1] }
      }
    }
  }
}
