/// The Ljung–Box portmanteau test that residuals are white noise (Ljung & Box 1978).
///
/// `Q = n(n + 2)·Σ_{k=1}^{h} r_k²/(n − k)`, r_k the lag-k autocorrelation of the
/// residuals about their mean, compared with χ² on `h − fitted` degrees of freedom,
/// `fitted` the number of ARMA coefficients estimated (R's `Box.test(fitdf =)`). The
/// default lag follows R's `checkresiduals`: 10 for non-seasonal data, 2m for period m,
/// at most n/5, and at least `fitted + 3`.
public struct LjungBoxTest: Sendable, Hashable, Codable {
  /// The statistic Q.
  public let statistic: Double
  /// Lags h summed.
  public let lags: Int
  /// Degrees of freedom h − fitted.
  public let degreesOfFreedom: Int
  /// `P(χ² > Q)`: small values say the residuals are autocorrelated.
  public let pValue: Double

  /// The test on `residuals`; nil when there are too few of them (fewer than h + 2) or
  /// they do not vary.
  public init?(residuals: [Double], period: Int, fitted: Int, lags: Int? = nil) {
    let n = residuals.count
    let h =
      lags
      ?? Swift.max(
        fitted + 3, Swift.min(period > 1 ? 2 * period : 10, Int((Double(n) / 5).rounded())))
    guard h >= 1, n >= h + 2, h > fitted else { return nil }
    let mean = residuals.reduce(0, +) / Double(n)
    let centred = residuals.map { $0 - mean }
    let variance = centred.reduce(0) { $0 + $1 * $1 }
    guard variance > 0, variance.isFinite else { return nil }
    var q = 0.0
    for k in 1...h {
      var covariance = 0.0
      for t in k..<n { covariance += centred[t] * centred[t - k] }
      let r = covariance / variance
      q += r * r / Double(n - k)
    }
    statistic = Double(n) * Double(n + 2) * q
    self.lags = h
    degreesOfFreedom = h - fitted
    pValue = ChiSquaredDistribution(degreesOfFreedom: Double(h - fitted)).upperTail(statistic)
  }
}
