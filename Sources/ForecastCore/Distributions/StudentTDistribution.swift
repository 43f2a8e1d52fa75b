import RealModule

/// Student's t distribution with ν > 0 degrees of freedom.
///
/// `P(T ≤ t) = 1 − ½·I_{ν/(ν+t²)}(ν/2, ½)` for t ≥ 0, by symmetry otherwise, using
/// ``IncompleteBeta``; tails are computed directly, never as `1 − cdf`.
public struct StudentTDistribution: Sendable, Hashable {
  /// Degrees of freedom ν.
  public let degreesOfFreedom: Double

  /// A t distribution with `degreesOfFreedom` > 0 (may be fractional).
  public init(degreesOfFreedom: Double) {
    self.degreesOfFreedom = degreesOfFreedom
  }

  /// `P(T > |t|)`, one tail.
  func tail(_ t: Double) -> Double {
    guard degreesOfFreedom > 0, !t.isNaN else { return .nan }
    if t.isInfinite { return 0 }
    let nu = degreesOfFreedom
    let denominator = nu + t * t
    return 0.5
      * IncompleteBeta.regularized(
        x: nu / denominator, a: nu / 2, b: 0.5, complementOfX: t * t / denominator)
  }

  /// `P(T ≤ t)`.
  public func cdf(_ t: Double) -> Double {
    let upper = tail(t)
    return t >= 0 ? 1 - upper : upper
  }

  /// The two-sided p-value `P(|T| ≥ |t|)`.
  public func twoSidedPValue(_ t: Double) -> Double {
    Swift.min(1, 2 * tail(t))
  }

  /// The density.
  public func density(_ t: Double) -> Double {
    let nu = degreesOfFreedom
    let logNorm =
      Double.logGamma((nu + 1) / 2) - Double.logGamma(nu / 2) - 0.5 * Double.log(nu * .pi)
    return Double.exp(logNorm - (nu + 1) / 2 * Double.log(onePlus: t * t / nu))
  }

  /// The quantile `t_p` with `P(T ≤ t_p) = p`.
  ///
  /// Closed forms for ν = 1 and ν = 2; otherwise a normal-based start refined by
  /// Newton steps on the cdf, safeguarded by bisection inside a bracket, to a
  /// relative tolerance of 1e-15.
  public func quantile(_ p: Double) -> Double {
    guard p >= 0, p <= 1, degreesOfFreedom > 0 else { return .nan }
    if p == 0 { return -.infinity }
    if p == 1 { return .infinity }
    if p == 0.5 { return 0 }
    // Solve in the upper tail q = P(T > t), t > 0: q is exact for p < ½ (q = p, by
    // symmetry) and for p ≥ ½ (q = 1 − p, exact by Sterbenz's lemma).
    let sign: Double = p < 0.5 ? -1 : 1
    let q = p < 0.5 ? p : 1 - p
    return sign * upperQuantile(q)
  }

  /// The t > 0 with P(T > t) = q, for 0 < q < ½.
  func upperQuantile(_ q: Double) -> Double {
    let nu = degreesOfFreedom
    if nu == 1 { return 1 / Double.tan(.pi * q) }
    if nu == 2 { return (1 - 2 * q) / (2 * q * (1 - q)).squareRoot() }
    var low = 0.0
    var high = Swift.max(1.0, -2 * NormalDistribution.quantile(q))
    while tail(high) > q, high < .greatestFiniteMagnitude / 4 {
      low = high
      high *= 2
    }
    var t = Swift.min(Swift.max(-NormalDistribution.quantile(q), low), high)
    for _ in 0..<200 {
      let f = tail(t) - q  // decreasing in t
      if f > 0 { low = t } else { high = t }
      var next = t + f / density(t)
      if !(next > low && next < high) { next = 0.5 * (low + high) }
      if abs(next - t) <= 1e-15 * abs(next) { return next }
      t = next
    }
    return t
  }
}
