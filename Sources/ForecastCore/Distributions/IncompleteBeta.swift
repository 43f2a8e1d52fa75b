import RealModule

/// The regularised incomplete beta function and its complement.
///
/// `Iₓ(a, b) = B(x; a, b) / B(a, b)` for `a, b > 0`, `0 ≤ x ≤ 1`.
///
/// Method: the continued fraction of Abramowitz & Stegun 26.5.8, evaluated by the
/// modified Lentz algorithm, applied directly when `x < (a + 1)/(a + b + 2)` and
/// through the symmetry `Iₓ(a, b) = 1 − I₁₋ₓ(b, a)` otherwise, so that it always
/// converges quickly. The prefactor `xᵃ(1−x)ᵇ / (a·B(a, b))` is formed in
/// logarithms (`logGamma` from swift-numerics), so tails down to about 1e-300 keep
/// full relative accuracy; `complement` returns `1 − Iₓ(a, b)` without cancellation,
/// which is what upper-tail p-values need.
///
/// Accuracy: relative error below about 1e-14 over the parameter ranges used by
/// t and F tests (checked against SciPy in the tests).
public enum IncompleteBeta {
  /// `Iₓ(a, b)`. Returns NaN for invalid arguments.
  public static func regularized(x: Double, a: Double, b: Double) -> Double {
    evaluate(x: x, a: a, b: b).lower
  }

  /// `1 − Iₓ(a, b)`, computed without cancellation. Returns NaN for invalid arguments.
  public static func complement(x: Double, a: Double, b: Double) -> Double {
    evaluate(x: x, a: a, b: b).upper
  }

  static func evaluate(x: Double, a: Double, b: Double) -> (lower: Double, upper: Double) {
    guard a > 0, b > 0, x >= 0, x <= 1, a.isFinite, b.isFinite else { return (.nan, .nan) }
    if x == 0 { return (0, 1) }
    if x == 1 { return (1, 0) }
    if x < (a + 1) / (a + b + 2) {
      let value = prefactor(x: x, a: a, b: b) * continuedFraction(x: x, a: a, b: b) / a
      return (value, 1 - value)
    } else {
      let value = prefactor(x: 1 - x, a: b, b: a) * continuedFraction(x: 1 - x, a: b, b: a) / b
      return (1 - value, value)
    }
  }

  /// `xᵃ(1−x)ᵇ / B(a, b)`, in logarithms.
  static func prefactor(x: Double, a: Double, b: Double) -> Double {
    let logBeta = Double.logGamma(a) + Double.logGamma(b) - Double.logGamma(a + b)
    return Double.exp(a * Double.log(x) + b * Double.log(onePlus: -x) - logBeta)
  }

  /// The continued fraction 1/(1+ d₁/(1+ d₂/(1+ …))) by the modified Lentz method.
  static func continuedFraction(x: Double, a: Double, b: Double) -> Double {
    let tiny = 1e-300
    let epsilon = 1e-16
    var c = 1.0
    var d = 1 - (a + b) * x / (a + 1)
    if abs(d) < tiny { d = tiny }
    d = 1 / d
    var result = d
    for m in 1...10_000 {
      let mm = Double(m)
      let evenTerm = mm * (b - mm) * x / ((a + 2 * mm - 1) * (a + 2 * mm))
      d = 1 + evenTerm * d
      if abs(d) < tiny { d = tiny }
      c = 1 + evenTerm / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      result *= d * c
      let oddTerm = -(a + mm) * (a + b + mm) * x / ((a + 2 * mm) * (a + 2 * mm + 1))
      d = 1 + oddTerm * d
      if abs(d) < tiny { d = tiny }
      c = 1 + oddTerm / c
      if abs(c) < tiny { c = tiny }
      d = 1 / d
      let delta = d * c
      result *= delta
      if abs(delta - 1) < epsilon { break }
    }
    return result
  }
}
