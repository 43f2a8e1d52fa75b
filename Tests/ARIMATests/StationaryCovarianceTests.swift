import Testing

@testable import ARIMA

/// The O(r²) stationary covariance against its definition, `P₀ = Σₖ Tᵏ·R·Rᵀ·Tᵏᵀ`, summed
/// term by term until the terms vanish.
@Suite("ARMA stationary covariance")
struct StationaryCovarianceTests {
  struct Case: Sendable, CustomStringConvertible {
    var name: String
    var specification: ARIMASpecification
    var coefficients: [Double]
    var description: String { name }
  }

  static let cases = [
    Case(name: "white noise", specification: .init(p: 0, d: 0, q: 0), coefficients: []),
    Case(name: "AR(2)", specification: .init(p: 2, d: 0, q: 0), coefficients: [1.3, -0.6]),
    Case(name: "MA(3)", specification: .init(p: 0, d: 0, q: 3), coefficients: [0.5, -0.3, 0.2]),
    Case(
      name: "ARMA(2,1)", specification: .init(p: 2, d: 0, q: 1), coefficients: [0.6, 0.25, -0.7]),
    Case(
      name: "(1,0,1)(1,0,1)[12]",
      specification: .init(p: 1, d: 0, q: 1, seasonalP: 1, seasonalQ: 1, period: 12),
      coefficients: [0.5, -0.4, 0.6, -0.6]),
    Case(
      name: "(2,0,0)(2,0,1)[4]",
      specification: .init(p: 2, d: 0, q: 0, seasonalP: 2, seasonalQ: 1, period: 4),
      coefficients: [0.3, 0.2, 0.4, -0.3, 0.5]),
    Case(
      name: "(1,0,0)(2,0,0)[12], solved by LAPACK",
      specification: .init(p: 1, d: 0, q: 0, seasonalP: 2, period: 12),
      coefficients: [0.4, 0.3, 0.2]),
    Case(
      name: "near unit root AR(1)", specification: .init(p: 1, d: 0, q: 0), coefficients: [0.995]),
  ]

  @Test("P₀ equals the sum of its defining series", arguments: cases)
  func matchesTheDefinition(_ c: Case) throws {
    let data = DifferencedData(c.specification, y: [0, 0, 0], x: [])
    let likelihood = ARMALikelihood(c.specification, data: data)
    for (i, value) in c.coefficients.enumerated() { likelihood.coefficients[i] = value }
    likelihood.prepare()
    let r = likelihood.dimension
    let phi = (0..<r).map { $0 < likelihood.arCount ? likelihood.ar[$0] : 0 }
    let loading = Array(likelihood.loading)
    #expect(
      ARMAStationaryCovariance.compute(
        ar: UnsafeBufferPointer(likelihood.ar), loading: UnsafeBufferPointer(likelihood.loading),
        dimension: r, into: likelihood.covariance, scratch: likelihood.covarianceScratch))
    // Reference: v ← T·v applied to R, accumulating v·vᵀ.
    var reference = [Double](repeating: 0, count: r * r)
    var v = loading
    for _ in 0..<20_000 {
      for j in 0..<r {
        for i in 0..<r { reference[i + j * r] += v[i] * v[j] }
      }
      let first = v[0]
      v = (0..<r).map { phi[$0] * first + ($0 + 1 < r ? v[$0 + 1] : 0) }
    }
    let scale = reference.map(abs).max() ?? 1
    for j in 0..<r {
      for i in 0...j {
        #expect(abs(likelihood.covariance[i + j * r] - reference[i + j * r]) <= 1e-9 * scale)
      }
    }
  }

  @Test("A unit root is refused")
  func unitRootIsRefused() {
    let spec = ARIMASpecification(p: 1, d: 0, q: 0)
    let likelihood = ARMALikelihood(spec, data: DifferencedData(spec, y: [0, 0, 0], x: []))
    likelihood.coefficients[0] = 1
    likelihood.prepare()
    #expect(
      !ARMAStationaryCovariance.compute(
        ar: UnsafeBufferPointer(likelihood.ar), loading: UnsafeBufferPointer(likelihood.loading),
        dimension: 1, into: likelihood.covariance, scratch: likelihood.covarianceScratch))
  }
}
