/// Where the roots of a real polynomial lie with respect to a circle centred at 0,
/// decided without finding them.
///
/// The Schur–Cohn test: the step-down (inverse Durbin–Levinson) recursion turns the
/// lag polynomial `1 − φ₁z − … − φ_pzᵖ`, rescaled to `φ_k·rᵏ`, into reflection
/// coefficients; every root lies outside |z| = r exactly when every reflection
/// coefficient lies strictly inside (−1, 1). O(p²) operations in place on a stack
/// buffer, no complex arithmetic and no heap allocation, so it runs inside an
/// optimiser's objective.
public enum UnitCircle {
  /// Whether `1 − φ₁z − … − φ_pzᵖ` has every root outside |z| = `radius`.
  public static func rootsOutside(lagPolynomial phi: [Double], radius: Double = 1) -> Bool {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: phi.count) { a in
      var scale = 1.0
      for k in phi.indices {
        scale *= radius
        a[k] = phi[k] * scale
      }
      return stepDown(a)
    }
  }

  /// Whether the monic polynomial `zⁿ + c_{n−1}zⁿ⁻¹ + … + c₀` has every root inside
  /// |z| = `radius`; `coefficients` are c₀ … c_{n−1}, the leading 1 left out.
  ///
  /// Its roots z are the inverses of the roots of `1 + c_{n−1}z + … + c₀zⁿ`, which
  /// must then lie outside 1/`radius`.
  public static func rootsInside(
    monic coefficients: UnsafeBufferPointer<Double>, radius: Double = 1
  )
    -> Bool
  {
    let n = coefficients.count
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { a in
      let inverse = 1 / radius
      var scale = 1.0
      for k in 0..<n {
        scale *= inverse
        a[k] = -coefficients[n - 1 - k] * scale
      }
      return stepDown(a)
    }
  }

  /// The step-down recursion on the scaled lag coefficients, in place: the last
  /// coefficient is the reflection κ, and `a_j ← (a_j + κ·a_{k−2−j}) / (1 − κ²)`
  /// updates the pairs (j, k−2−j) together.
  static func stepDown(_ a: UnsafeMutableBufferPointer<Double>) -> Bool {
    var k = a.count
    while k > 0 {
      let kappa = a[k - 1]
      guard abs(kappa) < 1, kappa.isFinite else { return false }
      let divisor = 1 - kappa * kappa
      var i = 0
      var j = k - 2
      while i < j {
        let (x, y) = (a[i], a[j])
        a[i] = (x + kappa * y) / divisor
        a[j] = (y + kappa * x) / divisor
        i += 1
        j -= 1
      }
      if i == j { a[i] = a[i] * (1 + kappa) / divisor }
      k -= 1
    }
    return true
  }
}
