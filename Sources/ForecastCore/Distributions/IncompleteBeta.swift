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
  /// The regularised incomplete beta function `Iₓ(a, b)`.
  ///
  /// Returns NaN for invalid arguments.
  ///
  /// - Parameter complementOfX: `1 − x` when the caller can form it without
  ///   cancellation (for a t test, `t²/(ν + t²)` rather than `1 − ν/(ν + t²)`).
  public static func regularized(x: Double, a: Double, b: Double, complementOfX: Double? = nil)
    -> Double
  {
    evaluate(x: x, y: complementOfX ?? 1 - x, a: a, b: b).lower
  }

  /// The complement `1 − Iₓ(a, b)`, computed without cancellation.
  ///
  /// Returns NaN for invalid arguments.
  public static func complement(x: Double, a: Double, b: Double, complementOfX: Double? = nil)
    -> Double
  {
    evaluate(x: x, y: complementOfX ?? 1 - x, a: a, b: b).upper
  }

  /// Both tails, from x and y = 1 − x.
  static func evaluate(x: Double, y: Double, a: Double, b: Double) -> (lower: Double, upper: Double)
  {
    guard a > 0, b > 0, x >= 0, x <= 1, y >= 0, y <= 1, a.isFinite, b.isFinite else {
      return (.nan, .nan)
    }
    if x == 0 { return (0, 1) }
    if y == 0 { return (1, 0) }
    if x < (a + 1) / (a + b + 2) {
      let value = prefactor(x: x, y: y, a: a, b: b) * continuedFraction(x: x, a: a, b: b) / a
      return (value, 1 - value)
    } else {
      let value = prefactor(x: y, y: x, a: b, b: a) * continuedFraction(x: y, a: b, b: a) / b
      return (1 - value, value)
    }
  }

  /// `xᵃyᵇ / B(a, b)` with y = 1 − x, in logarithms.
  static func prefactor(x: Double, y: Double, a: Double, b: Double) -> Double {
    let logY = y < 0.5 ? Double.log(y) : Double.log(onePlus: -x)
    let logX = x < 0.5 ? Double.log(x) : Double.log(onePlus: -y)
    return Double.exp(a * logX + b * logY - logBeta(a, b))
  }

  /// The logarithm of the beta function, `ln B(a, b)`.
  ///
  /// When an argument is large, `ln Γ(a) + ln Γ(b) − ln Γ(a + b)`
  /// cancels catastrophically (for a = 500 each term is about 2,600, so the
  /// difference loses 3e-13 absolute), so the Stirling expansions are combined
  /// analytically first and only their small remainders are added.
  public static func logBeta(_ a: Double, _ b: Double) -> Double {
    let p = Swift.min(a, b)
    let q = Swift.max(a, b)
    let halfLogTwoPi = 0.918_938_533_204_672_741_78
    if p >= 10 {
      let correction = stirlingRemainder(p) + stirlingRemainder(q) - stirlingRemainder(p + q)
      return -0.5 * Double.log(q) + halfLogTwoPi + correction + (p - 0.5) * Double.log(p / (p + q))
        + q * Double.log(onePlus: -p / (p + q))
    }
    if q >= 10 {
      let correction = stirlingRemainder(q) - stirlingRemainder(p + q)
      return Double.logGamma(p) + correction + p - p * Double.log(p + q)
        + (q - 0.5) * Double.log(onePlus: -p / (p + q))
    }
    return Double.logGamma(p) + Double.logGamma(q) - Double.logGamma(p + q)
  }

  /// `ln Γ(x) − [(x − ½)ln x − x + ½ln 2π]` for x ≥ 10, by Stirling's series
  /// (truncation error below 1e-17 there).
  static func stirlingRemainder(_ x: Double) -> Double {
    let coefficients = [
      1.0 / 12, -1.0 / 360, 1.0 / 1260, -1.0 / 1680, 1.0 / 1188, -691.0 / 360_360, 1.0 / 156,
    ]
    let inverseSquare = 1 / (x * x)
    var sum = 0.0
    for coefficient in coefficients.reversed() { sum = sum * inverseSquare + coefficient }
    return sum / x
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
