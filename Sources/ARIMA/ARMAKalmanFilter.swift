import LinearAlgebra
import RealModule

/// The exact Gaussian likelihood of a zero-mean ARMA process by the Kalman filter
/// (Gardner, Harvey & Phillips 1980), in the state-space form of Harvey (1989):
/// state dimension r = max(p, q + 1), transition T with φ in its first column and
/// ones on its superdiagonal, disturbance loading R = (1, θ₁, …, θ_{r−1})ᵀ, and the
/// observation the first state.
///
/// The filter starts from the stationary state covariance P₀, the solution of the
/// Lyapunov equation `P₀ = T·P₀·Tᵀ + R·Rᵀ` (``stationaryCovariance()``: LU on the
/// vectorised form for small r, doubling above). σ² is concentrated out:
/// `−2ℓ = n·ln(2π·σ̂²) + Σ ln F_t + n` with `σ̂² = (1/n)·Σ v_t²/F_t`, v_t the
/// innovations and F_t their variances relative to σ².
struct ARMAKalmanFilter {
  let ar: [Double]
  let ma: [Double]
  let dimension: Int
  let loading: [Double]

  init(ar: [Double], ma: [Double]) {
    self.ar = ar
    self.ma = ma
    let r = Swift.max(ar.count, ma.count + 1, 1)
    dimension = r
    loading = (0..<r).map { $0 == 0 ? 1 : ($0 - 1 < ma.count ? ma[$0 - 1] : 0) }
  }

  /// The transition matrix T (for the stationary covariance only: the filter uses
  /// its companion structure directly).
  var transition: Matrix {
    let r = dimension
    var t = Matrix(rows: r, columns: r)
    for i in 0..<r {
      if i < ar.count { t[i, 0] = ar[i] }
      if i + 1 < r { t[i, i + 1] = 1 }
    }
    return t
  }

  /// P₀ from the Lyapunov equation; nil when the AR part is not stationary.
  ///
  /// Up to r = 6 the r²×r² system is solved by LU; above, where that costs O(r⁶)
  /// (a monthly seasonal model has r ≥ 13), by the doubling iteration
  /// `P ← P + A·P·Aᵀ, A ← A²` from `P = R·Rᵀ, A = T`, which sums `Σ Tᵏ·R·Rᵀ·Tᵏᵀ`
  /// in O(r³·log k) with `dgemm`, stopping when the increment falls below 10⁻¹⁵ of P.
  func stationaryCovariance() -> Matrix? {
    dimension > 6 ? doublingCovariance() : vectorisedCovariance()
  }

  /// P₀ by the doubling iteration; nil when it does not converge (not stationary).
  func doublingCovariance() -> Matrix? {
    let r = dimension
    var p = Matrix(rows: r, columns: r)
    for j in 0..<r {
      for i in 0..<r { p[i, j] = loading[i] * loading[j] }
    }
    var a = transition
    for _ in 0..<64 {
      guard let ap = try? a.multiplied(by: p),
        let increment = try? ap.multiplied(by: a, transposeOther: true),
        let squared = try? a.multiplied(by: a)
      else { return nil }
      let sum = zip(p.elements, increment.elements).map { $0 + $1 }
      let largestIncrement = increment.elements.reduce(0) { Swift.max($0, abs($1)) }
      let largest = sum.reduce(0) { Swift.max($0, abs($1)) }
      p = Matrix(rows: r, columns: r, columnMajor: sum)
      guard largest.isFinite else { return nil }
      if largestIncrement <= 1e-15 * largest { return p[0, 0] > 0 ? p : nil }
      a = squared
    }
    return nil
  }

  /// P₀ from the vectorised equation `(I − T⊗T)·vec P₀ = vec(R·Rᵀ)` by LU.
  func vectorisedCovariance() -> Matrix? {
    let r = dimension
    let transition = self.transition
    var system = Matrix.identity(r * r)
    for j in 0..<r {
      for i in 0..<r {
        for l in 0..<r {
          for k in 0..<r {
            // Row (i, k), column (j, l) of T⊗T in column-major vec order.
            system[i + k * r, j + l * r] -= transition[i, j] * transition[k, l]
          }
        }
      }
    }
    var rhs = Matrix(rows: r * r, columns: 1)
    for l in 0..<r {
      for k in 0..<r { rhs[k + l * r, 0] = loading[k] * loading[l] }
    }
    guard let solution = try? system.solve(rhs), solution.isFinite else { return nil }
    let p = Matrix(rows: r, columns: r, columnMajor: solution.elements)
    return p[0, 0] > 0 ? p : nil
  }

  /// The result of filtering a series.
  struct Outcome {
    var sumOfSquares: Double
    var sumOfLogs: Double
    var count: Int
    /// Innovations v_t.
    var innovations: [Double]
    /// The predicted state a_{n+1|n} after the last observation.
    var state: [Double]

    var sigma2: Double { sumOfSquares / Double(count) }
    /// The log-likelihood with σ² concentrated out.
    var logLikelihood: Double {
      -0.5 * (Double(count) * Double.log(2 * .pi * sigma2) + sumOfLogs + Double(count))
    }
  }

  /// Filters `w`; nil when the model is not stationary or a variance vanishes.
  ///
  /// One step in O(r²) on flat column-major buffers: with c = P[:,0] and F = c₀ the
  /// update `U = P − c·cᵀ/F` and the prediction `P ← T·U·Tᵀ + R·Rᵀ` are fused, T being
  /// a companion matrix: `P'ᵢⱼ = φᵢφⱼU₀₀ + φᵢU₀,ⱼ₊₁ + φⱼUᵢ₊₁,₀ + Uᵢ₊₁,ⱼ₊₁ + RᵢRⱼ`
  /// (terms out of range are zero), on the upper triangle then mirrored. Once P equals
  /// its fixed point R·Rᵀ (to 10⁻¹³; the state is then known up to the next shock, as
  /// soon as p steps for a pure AR), F = 1 for ever and the filter continues with the
  /// plain ARMA recursion `a ← T·(a + R·v)` in O(r).
  func filter(_ w: [Double]) -> Outcome? {
    guard let initial = stationaryCovariance() else { return nil }
    let r = dimension
    let phi = (0..<r).map { $0 < ar.count ? ar[$0] : 0 }
    var p = initial.elements
    var next = [Double](repeating: 0, count: r * r)
    var column = [Double](repeating: 0, count: r)
    var a = [Double](repeating: 0, count: r)
    var innovations = [Double](repeating: 0, count: w.count)
    var sumOfSquares = 0.0
    var sumOfLogs = 0.0
    var converged = false
    for t in w.indices {
      let f = converged ? 1 : p[0]
      guard f > 1e-12 else { return nil }
      let v = w[t] - a[0]
      innovations[t] = v
      sumOfSquares += v * v / f
      if !converged { sumOfLogs += Double.log(f) }
      // a ← T·(a + P[:,0]·v/F).
      if converged {
        for i in 0..<r { a[i] += loading[i] * v }
      } else {
        for i in 0..<r { a[i] += p[i] * v / f }
      }
      let first = a[0]
      for i in 0..<r { a[i] = phi[i] * first + (i + 1 < r ? a[i + 1] : 0) }
      if converged { continue }
      for i in 0..<r { column[i] = p[i] }
      var gap = 0.0
      p.withUnsafeBufferPointer { old in
        next.withUnsafeMutableBufferPointer { new in
          column.withUnsafeBufferPointer { c in
            // U[k, l] = P[k, l] − c_k·c_l / F, taken as zero outside 0..<r.
            func u(_ k: Int, _ l: Int) -> Double {
              k < r && l < r ? old[k + l * r] - c[k] * c[l] / f : 0
            }
            let u00 = u(0, 0)
            for j in 0..<r {
              let u0j = u(0, j + 1)
              for i in 0...j {
                let value =
                  phi[i] * phi[j] * u00 + phi[i] * u0j + phi[j] * u(i + 1, 0)
                  + u(i + 1, j + 1) + loading[i] * loading[j]
                new[i + j * r] = value
                new[j + i * r] = value
                gap = Swift.max(gap, abs(value - loading[i] * loading[j]))
              }
            }
          }
        }
      }
      swap(&p, &next)
      converged = gap <= 1e-13
    }
    return Outcome(
      sumOfSquares: sumOfSquares, sumOfLogs: sumOfLogs, count: w.count, innovations: innovations,
      state: a)
  }

  /// Forecasts w_{n+1} … w_{n+h} from the predicted state a_{n+1|n}.
  func forecast(from state: [Double], horizon: Int) -> [Double] {
    var a = state
    let r = dimension
    return (0..<horizon).map { _ in
      let value = a[0]
      let first = a[0]
      for i in 0..<r { a[i] = (i < ar.count ? ar[i] * first : 0) + (i + 1 < r ? a[i + 1] : 0) }
      return value
    }
  }
}
