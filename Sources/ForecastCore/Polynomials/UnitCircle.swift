import RealModule

/// Where the roots of a real polynomial lie with respect to a circle centred at 0,
/// decided without finding them.
///
/// The Schur–Cohn test: the step-down (inverse Durbin–Levinson) recursion turns the
/// lag polynomial `1 − φ₁z − … − φ_pzᵖ`, rescaled to `φ_k·rᵏ`, into reflection
/// coefficients; every root lies outside |z| = r exactly when every reflection
/// coefficient lies strictly inside (−1, 1). O(p²) operations and no complex
/// arithmetic, so it runs inside an optimiser's objective.
public enum UnitCircle {
  /// Whether `1 − φ₁z − … − φ_pzᵖ` has every root outside |z| = `radius`.
  public static func rootsOutside(lagPolynomial phi: [Double], radius: Double = 1) -> Bool {
    var a = phi.enumerated().map { $1 * Double.pow(radius, Double($0 + 1)) }
    while let kappa = a.last {
      guard abs(kappa) < 1, kappa.isFinite else { return false }
      let k = a.count
      var next = [Double](repeating: 0, count: k - 1)
      for j in 0..<(k - 1) { next[j] = (a[j] + kappa * a[k - 2 - j]) / (1 - kappa * kappa) }
      a = next
    }
    return true
  }

  /// Whether the monic polynomial `zⁿ + c_{n−1}zⁿ⁻¹ + … + c₀` has every root inside
  /// |z| = `radius`; `coefficients` are c₀ … c_{n−1}, the leading 1 left out.
  ///
  /// Its roots z are the inverses of the roots of `1 + c_{n−1}z + … + c₀zⁿ`, which
  /// must then lie outside 1/`radius`.
  public static func rootsInside(monic coefficients: [Double], radius: Double = 1) -> Bool {
    let n = coefficients.count
    return rootsOutside(
      lagPolynomial: (0..<n).map { -coefficients[n - 1 - $0] }, radius: 1 / radius)
  }
}
