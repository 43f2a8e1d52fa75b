import LinearAlgebra
import RealModule

/// Polynomial helpers for ARIMA: expansion of seasonal products, differencing,
/// ψ-weights, and the partial-autocorrelation transform that keeps AR parts stationary.
enum ARMAPolynomials {
  /// Coefficients a₁…a_k of `(1 − φ₁B − …)(1 − Φ₁Bᵐ − …)` written as `1 − a₁B − … − a_kBᵏ`.
  static func expandAR(_ phi: [Double], _ seasonal: [Double], period m: Int) -> [Double] {
    let full = multiply([1] + phi.map { -$0 }, [1] + spread(seasonal.map { -$0 }, m))
    return full.dropFirst().map { -$0 }
  }

  /// Coefficients b₁…b_k of `(1 + θ₁B + …)(1 + Θ₁Bᵐ + …)` written as `1 + b₁B + …`.
  static func expandMA(_ theta: [Double], _ seasonal: [Double], period m: Int) -> [Double] {
    Array(multiply([1] + theta, [1] + spread(seasonal, m)).dropFirst())
  }

  /// `c₁Bᵐ + c₂B²ᵐ + …` as coefficients of B¹…B^(km).
  static func spread(_ coefficients: [Double], _ m: Int) -> [Double] {
    guard !coefficients.isEmpty else { return [] }
    var result = [Double](repeating: 0, count: coefficients.count * m)
    for (k, c) in coefficients.enumerated() { result[(k + 1) * m - 1] = c }
    return result
  }

  /// Product of two polynomials given by their coefficients from degree 0.
  static func multiply(_ a: [Double], _ b: [Double]) -> [Double] {
    var result = [Double](repeating: 0, count: a.count + b.count - 1)
    for i in a.indices {
      for j in b.indices { result[i + j] += a[i] * b[j] }
    }
    return result
  }

  /// Applies `(1 − B)ᵈ(1 − Bᵐ)ᴰ` to a series (the result is shorter by d + mD).
  static func difference(_ y: [Double], d: Int, seasonalD: Int, period m: Int) -> [Double] {
    var result = y
    for _ in 0..<seasonalD {
      result = result.count > m ? (m..<result.count).map { result[$0] - result[$0 - m] } : []
    }
    for _ in 0..<d {
      result = result.count > 1 ? (1..<result.count).map { result[$0] - result[$0 - 1] } : []
    }
    return result
  }

  /// The AR operator including differencing, `φ(B)Φ(Bᵐ)(1 − B)ᵈ(1 − Bᵐ)ᴰ = 1 − c₁B − …`.
  static func integratedAR(_ ar: [Double], d: Int, seasonalD: Int, period m: Int) -> [Double] {
    var polynomial = [1] + ar.map { -$0 }
    for _ in 0..<d { polynomial = multiply(polynomial, [1, -1]) }
    for _ in 0..<seasonalD {
      polynomial = multiply(polynomial, [1] + [Double](repeating: 0, count: m - 1) + [-1])
    }
    return polynomial.dropFirst().map { -$0 }
  }

  /// ψ₀ = 1, ψ₁ … ψ_{h−1} of `θ(B)/φ*(B)`.
  static func psiWeights(ar: [Double], ma: [Double], count: Int) -> [Double] {
    var psi = [Double](repeating: 0, count: count)
    guard count > 0 else { return psi }
    psi[0] = 1
    for j in 1..<Swift.max(1, count) where j < count {
      var value = j <= ma.count ? ma[j - 1] : 0
      for i in 1...Swift.min(j, Swift.max(ar.count, 1)) where i <= ar.count {
        value += ar[i - 1] * psi[j - i]
      }
      psi[j] = value
    }
    return psi
  }

  /// Maps unconstrained values to the coefficients of a stationary AR polynomial:
  /// partial autocorrelations `tanh(u)` in (−1, 1), then the Durbin–Levinson
  /// recursion (Jones 1980; as R's `arima` does with `transform.pars`).
  static func stationaryAR(_ u: [Double]) -> [Double] {
    var phi = [Double](repeating: 0, count: u.count)
    var scratch = phi
    u.withUnsafeBufferPointer { u in
      phi.withUnsafeMutableBufferPointer { phi in
        scratch.withUnsafeMutableBufferPointer { stationaryAR(u, into: phi, scratch: $0) }
      }
    }
    return phi
  }

  /// ``stationaryAR(_:)`` into `phi` (as many values as `u`), without allocating;
  /// `scratch` holds at least `u.count − 1` values.
  static func stationaryAR(
    _ u: UnsafeBufferPointer<Double>, into phi: UnsafeMutableBufferPointer<Double>,
    scratch: UnsafeMutableBufferPointer<Double>
  ) {
    for k in 0..<u.count {
      let r = Double.tanh(u[k])
      for j in 0..<k { scratch[j] = phi[j] - r * phi[k - 1 - j] }
      for j in 0..<k { phi[j] = scratch[j] }
      phi[k] = r
    }
  }

  /// The inverse of ``stationaryAR(_:)`` (nil when the AR part is not stationary).
  static func unconstrainedAR(_ phi: [Double]) -> [Double]? {
    var current = phi
    var u = [Double](repeating: 0, count: phi.count)
    for k in stride(from: phi.count - 1, through: 0, by: -1) {
      let r = current[k]
      guard abs(r) < 1 else { return nil }
      u[k] = Double.atanh(r)
      var previous = [Double](repeating: 0, count: k)
      for j in 0..<k { previous[j] = (current[j] + r * current[k - 1 - j]) / (1 - r * r) }
      current = previous
    }
    return u
  }

  /// The invertible MA polynomial of the same process, as R's `maInvert`: the roots of
  /// `1 + θ₁z + … + θ_qzᵠ` inside the unit circle are replaced by their inverses and the
  /// polynomial rebuilt as `Π (1 − z/rⱼ)`; an invertible one is returned as it is
  /// (with σ² concentrated out, the exact likelihood does not see the difference).
  static func invertibleMA(_ theta: [Double]) -> [Double] {
    guard let last = theta.lastIndex(where: { $0 != 0 }),
      let roots = try? PolynomialRoots(coefficients: [1] + theta[0...last]),
      roots.moduli.contains(where: { $0 < 1 })
    else { return theta }
    if last == 0 { return [1 / theta[0]] + theta.dropFirst().map { _ in 0 } }
    // The product Π (1 − z/rⱼ) in complex arithmetic, each root outside the circle.
    var real = [1.0]
    var imaginary = [0.0]
    for (re, im) in zip(roots.real, roots.imaginary) {
      let squared = re * re + im * im
      // 1/r for the root kept: r itself outside the circle, 1/r̄ for one inside.
      let (inverseRe, inverseIm) = squared < 1 ? (re, im) : (re / squared, -im / squared)
      var nextRe = real + [0]
      var nextIm = imaginary + [0]
      for k in real.indices {
        nextRe[k + 1] -= real[k] * inverseRe - imaginary[k] * inverseIm
        nextIm[k + 1] -= real[k] * inverseIm + imaginary[k] * inverseRe
      }
      real = nextRe
      imaginary = nextIm
    }
    return Array(real.dropFirst()) + theta[(last + 1)...].map { _ in 0 }
  }
}
