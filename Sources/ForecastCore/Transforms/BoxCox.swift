import RealModule

/// The Box–Cox transformation (Box & Cox 1964), in the signed form of R's `BoxCox`:
/// `w = (sign(y)·|y|^λ − 1)/λ`, or `ln y` when λ = 0.
///
/// Forecasts made on the transformed scale are transformed back with ``inverse(_:)``;
/// the back-transformed point forecast is then the forecast median (no bias
/// adjustment), and interval bounds, being quantiles, transform exactly.
public struct BoxCox: Sendable, Hashable, Codable {
  /// The transformation parameter.
  public let lambda: Double

  /// The transformation with parameter λ (0: the logarithm).
  public init(lambda: Double) { self.lambda = lambda }

  /// w = BoxCox(y).
  public func transform(_ y: Double) -> Double {
    lambda == 0 ? Double.log(y) : (Self.signedPower(y, lambda) - 1) / lambda
  }

  /// y = BoxCox⁻¹(w).
  public func inverse(_ w: Double) -> Double {
    lambda == 0 ? Double.exp(w) : Self.signedPower(lambda * w + 1, 1 / lambda)
  }

  static func signedPower(_ x: Double, _ p: Double) -> Double {
    x < 0 ? -Double.pow(-x, p) : Double.pow(x, p)
  }

  /// Guerrero's (1993) choice of λ.
  ///
  /// The value in [lower, upper] that makes the coefficient of variation of
  /// `sd_i / mean_i^(1−λ)` smallest, over consecutive
  /// non-overlapping subseries of one seasonal period (two observations for
  /// non-seasonal data), the most recent complete ones. Minimised by golden-section
  /// search to 1e-9. Nil when the data are not strictly positive or too short
  /// (fewer than two subseries).
  public static func guerrero(_ series: TimeSeries, lower: Double = -1, upper: Double = 2)
    -> BoxCox?
  {
    guard series.isStrictlyPositive else { return nil }
    let length = Swift.max(2, series.period)
    let groups = series.count / length
    guard groups >= 2 else { return nil }
    let start = series.count - groups * length
    var means: [Double] = []
    var deviations: [Double] = []
    for g in 0..<groups {
      let chunk = series.values[(start + g * length)..<(start + (g + 1) * length)]
      let mean = chunk.reduce(0, +) / Double(length)
      let variance = chunk.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(length - 1)
      means.append(mean)
      deviations.append(variance.squareRoot())
    }
    let objective = { (lambda: Double) -> Double in
      let ratios = zip(deviations, means).map { $0 / Double.pow($1, 1 - lambda) }
      let mean = ratios.reduce(0, +) / Double(ratios.count)
      let sd = (ratios.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(ratios.count - 1))
        .squareRoot()
      return sd / mean
    }
    return BoxCox(lambda: goldenSection(objective, lower, upper))
  }

  /// Minimiser of a unimodal function on [a, b] by golden-section search.
  static func goldenSection(
    _ f: (Double) -> Double, _ a: Double, _ b: Double, tolerance: Double = 1e-9
  ) -> Double {
    let ratio = (5.0.squareRoot() - 1) / 2
    var (low, high) = (a, b)
    var x1 = high - ratio * (high - low)
    var x2 = low + ratio * (high - low)
    var (f1, f2) = (f(x1), f(x2))
    while high - low > tolerance {
      if f1 <= f2 {
        high = x2
        (x2, f2) = (x1, f1)
        x1 = high - ratio * (high - low)
        f1 = f(x1)
      } else {
        low = x1
        (x1, f1) = (x2, f2)
        x2 = low + ratio * (high - low)
        f2 = f(x2)
      }
    }
    return (low + high) / 2
  }
}
