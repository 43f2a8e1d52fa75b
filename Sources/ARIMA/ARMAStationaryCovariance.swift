import LinearAlgebra

/// The stationary covariance P₀ of the ARMA state (Harvey's form, σ² = 1) in O(r²),
/// from the process's autocovariances instead of the Lyapunov equation's r²×r² system.
///
/// The state is `a_t[j] = Σ_{i≥j} φ_{i+1}·y_{t+j−1−i} + Σ_{k≥j} θ_k·ε_{t+j−k}` (0-based j,
/// θ₀ = 1), so its first row is
///
///     P₀[0][0] = γ(0),   P₀[0][j] = Σ_{i=j}^{r−1} φ_{i+1}·γ(i+1−j) + Σ_{k=j}^{r−1} θ_k·ψ_{k−j},
///
/// with γ the autocovariances of y and ψ its MA(∞) weights (`Cov(y_t, ε_{t−s}) = ψ_s`).
/// The rest follows from `P₀ = T·P₀·Tᵀ + R·Rᵀ` read element by element, T being a
/// companion matrix:
///
///     P₀[i][j] = φ_{i+1}φ_{j+1}·P₀[0][0] + φ_{i+1}·P₀[0][j+1] + φ_{j+1}·P₀[0][i+1] + P₀[i+1][j+1] + θ_iθ_j,
///
/// filled from the bottom-right corner up (terms out of range are zero). This is the
/// idea of Rossignol (2011, R's `SSinit = "Rossignol2011"`): exact, where Gardner et
/// al.'s algorithm loses accuracy near the unit circle, and O(r²) where the vectorised
/// Lyapunov system costs O(r⁶) — a monthly seasonal model has r ≥ 13.
///
/// The autocovariances γ(0…p) solve the (p + 1)-equation system
/// `γ(k) − Σᵢ φᵢ·γ(|k − i|) = Σ_{j≥k} θ_j·ψ_{j−k}` (Brockwell & Davis 1991, §3.3, method 2),
/// by ``SmallLinearSystem`` (plain Swift: the system has a few dozen equations at most
/// and is solved once per likelihood evaluation, where LAPACK's fixed cost would exceed
/// the whole filter on a yearly series); γ(k) for k > p follow by the AR recursion.
enum ARMAStationaryCovariance {
  /// Scratch space for ``compute(ar:loading:dimension:into:scratch:)``.
  struct Scratch {
    let psi: UnsafeMutableBufferPointer<Double>
    let gamma: UnsafeMutableBufferPointer<Double>
    let system: UnsafeMutableBufferPointer<Double>

    /// Sizes for an AR part of `arCount` coefficients and state dimension `dimension`.
    static func sizes(arCount: Int, dimension: Int) -> (psi: Int, gamma: Int, system: Int) {
      (dimension + 1, Swift.max(arCount, dimension) + 2, (arCount + 1) * (arCount + 1))
    }
  }

  /// Writes P₀ (upper triangle, column-major r×r) into `p`; false when the AR part is
  /// (numerically) not stationary.
  ///
  /// - Parameters:
  ///   - ar: φ₁…φ_p (expanded, p ≤ r).
  ///   - loading: R = (1, θ₁, …, θ_{r−1}).
  static func compute(
    ar: UnsafeBufferPointer<Double>, loading: UnsafeBufferPointer<Double>, dimension r: Int,
    into p: UnsafeMutableBufferPointer<Double>, scratch: Scratch
  ) -> Bool {
    let arCount = ar.count
    let psi = scratch.psi
    // ψ₀…ψ_r of θ(B)/φ(B).
    for j in 0...r {
      var value = j == 0 ? 1 : (j < r ? loading[j] : 0)
      if j > 0 {
        for i in 1...Swift.min(j, Swift.max(arCount, 1)) where i <= arCount {
          value += ar[i - 1] * psi[j - i]
        }
      }
      psi[j] = value
    }
    guard autocovariances(ar: ar, loading: loading, dimension: r, scratch: scratch) else {
      return false
    }
    let gamma = scratch.gamma
    func phi(_ i: Int) -> Double { i < arCount ? ar[i] : 0 }
    // First row.
    p[0] = gamma[0]
    for j in 1..<r {
      var value = 0.0
      for i in j..<Swift.max(j, arCount) { value += ar[i] * gamma[i + 1 - j] }
      for k in j..<r { value += loading[k] * psi[k - j] }
      p[j * r] = value
    }
    // The rest, bottom-right first: P[i][j] needs P[i+1][j+1].
    for i in stride(from: r - 1, through: 1, by: -1) {
      for j in stride(from: r - 1, through: i, by: -1) {
        var value = phi(i) * phi(j) * gamma[0] + loading[i] * loading[j]
        if j + 1 < r {
          value += phi(i) * p[(j + 1) * r] + phi(j) * p[(i + 1) * r] + p[(i + 1) + (j + 1) * r]
        } else if i + 1 < r {
          value += phi(j) * p[(i + 1) * r]
        }
        p[i + j * r] = value
      }
    }
    return gamma[0] > 0 && gamma[0].isFinite
  }

  /// γ(0…r) into `scratch.gamma` (needs ψ₀…ψ_r in `scratch.psi`).
  static func autocovariances(
    ar: UnsafeBufferPointer<Double>, loading: UnsafeBufferPointer<Double>, dimension r: Int,
    scratch: Scratch
  ) -> Bool {
    let arCount = ar.count
    let psi = scratch.psi
    let gamma = scratch.gamma
    let maCount = r - 1
    /// `Σ_{j=k}^{q} θ_j·ψ_{j−k}`, the right-hand side at lag k.
    func movingAverageTerm(_ k: Int) -> Double {
      guard k <= maCount else { return 0 }
      var sum = 0.0
      for j in k...maCount { sum += loading[j] * psi[j - k] }
      return sum
    }
    let size = arCount + 1
    let a = scratch.system
    for index in 0..<(size * size) { a[index] = 0 }
    for k in 0..<size {
      a[k + k * size] += 1
      for i in 1..<size { a[k + abs(k - i) * size] -= ar[i - 1] }
      gamma[k] = movingAverageTerm(k)
    }
    guard SmallLinearSystem.solveInPlace(a, gamma, size: size) else { return false }
    if size <= r {
      for k in size...r {
        var value = movingAverageTerm(k)
        for i in 0..<arCount { value += ar[i] * gamma[k - i - 1] }
        gamma[k] = value
      }
    }
    return true
  }
}
