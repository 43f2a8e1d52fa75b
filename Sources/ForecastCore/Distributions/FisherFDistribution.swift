/// The F distribution with (d₁, d₂) degrees of freedom.
///
/// `P(F > f) = I_{d₂/(d₂ + d₁f)}(d₂/2, d₁/2)`, computed directly in the upper tail.
public struct FisherFDistribution: Sendable, Hashable {
  /// Numerator degrees of freedom d₁.
  public let numeratorDegrees: Double
  /// Denominator degrees of freedom d₂.
  public let denominatorDegrees: Double

  /// An F distribution with d₁, d₂ > 0.
  public init(numeratorDegrees: Double, denominatorDegrees: Double) {
    self.numeratorDegrees = numeratorDegrees
    self.denominatorDegrees = denominatorDegrees
  }

  /// `P(F > f)`, the p-value of an F test.
  public func upperTail(_ f: Double) -> Double { tails(f).upper }

  /// `P(F ≤ f)`.
  public func cdf(_ f: Double) -> Double { tails(f).lower }

  /// Both tails from one incomplete-beta evaluation, each without cancellation.
  func tails(_ f: Double) -> (lower: Double, upper: Double) {
    guard numeratorDegrees > 0, denominatorDegrees > 0, !f.isNaN else { return (.nan, .nan) }
    if f <= 0 { return (0, 1) }
    if f.isInfinite { return (1, 0) }
    let d1 = numeratorDegrees
    let d2 = denominatorDegrees
    let denominator = d2 + d1 * f
    // P(F > f) = I_x(d₂/2, d₁/2) with x = d₂/(d₂ + d₁f).
    let beta = IncompleteBeta.evaluate(
      x: d2 / denominator, y: d1 * f / denominator, a: d2 / 2, b: d1 / 2)
    return (beta.upper, beta.lower)
  }
}
