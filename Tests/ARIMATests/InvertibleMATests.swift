import Testing

@testable import ARIMA

@Suite("MA parts made invertible, as R's maInvert")
struct InvertibleMATests {
  /// 1 + 2.5z + z² = (1 + 2z)(1 + 0.5z): the root −½ becomes −2, giving (1 + 0.5z)²;
  /// 1 + 0.5z + 4z² has both roots inside (modulus ½), its reciprocal polynomial
  /// 1 + 0.125z + 0.25z² has their inverses; θ = 2 becomes ½; an invertible part and
  /// trailing zeros are kept.
  @Test(arguments: [
    ([2.5, 1.0], [1.0, 0.25]),
    ([0.5, 4.0], [0.125, 0.25]),
    ([2.0, 0.0], [0.5, 0.0]),
    ([-0.4, 0.2], [-0.4, 0.2]),
    ([0.0, 0.0], [0.0, 0.0]),
  ])
  func invertedAsAnalytically(theta: [Double], expected: [Double]) {
    let inverted = ARMAPolynomials.invertibleMA(theta)
    #expect(inverted.count == expected.count)
    for (got, want) in zip(inverted, expected) { #expect(abs(got - want) < 1e-12, "\(inverted)") }
  }
}
