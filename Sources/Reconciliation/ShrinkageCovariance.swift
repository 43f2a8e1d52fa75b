import LinearAlgebra
import RealModule

/// The covariance of in-sample residuals, shrunk towards its diagonal by the
/// Schäfer & Strimmer (2005) estimator, as MinT-shrink uses it.
///
/// With x the residuals centred per series and s the standard deviations (divisor
/// T − 1), the correlations r_ij and their estimated variances give the optimal
/// intensity `λ = Σ_{i≠j} Var(r_ij) / Σ_{i≠j} r_ij²`, clipped to [0, 1]; the shrunk
/// covariance is `s_i² (+ 2e-8)` on the diagonal and `(1 − λ)·r_ij·s_i·s_j` off it.
public struct ShrinkageCovariance: Sendable {
  /// Residuals by time (rows) and series (columns).
  public let residuals: [[Double]]

  /// The estimator over `residuals`, one row per time, one column per series.
  public init(residuals: [[Double]]) { self.residuals = residuals }

  /// Σ e_t²/T per series (the WLS-variance weights, uncentred as in hierarchicalforecast).
  var variances: [Double] {
    let count = Double(residuals.count)
    return (0..<(residuals.first?.count ?? 0)).map { i in
      residuals.reduce(0) { $0 + $1[i] * $1[i] } / count
    }
  }

  /// The shrunk covariance, n×n.
  public func shrunk(ridge: Double = 2e-8) -> Matrix {
    let t = residuals.count
    let n = residuals.first?.count ?? 0
    let count = Double(t)
    var centred = residuals
    var deviation = [Double](repeating: 0, count: n)
    for i in 0..<n {
      let mean = residuals.reduce(0) { $0 + $1[i] } / count
      for k in 0..<t { centred[k][i] -= mean }
      let sumOfSquares = centred.reduce(0) { $0 + $1[i] * $1[i] }
      deviation[i] = (sumOfSquares / Swift.max(count - 1, 1)).squareRoot()
    }
    // Standardised residuals w_ki = x_ki / s_i.
    let standardised = centred.map { row in
      (0..<n).map { deviation[$0] > 0 ? row[$0] / deviation[$0] : 0 }
    }
    var numerator = 0.0
    var denominator = 0.0
    var correlation = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in (i + 1)..<Swift.max(i + 1, n) {
        var mean = 0.0
        for k in 0..<t { mean += standardised[k][i] * standardised[k][j] }
        mean /= count
        var spread = 0.0
        for k in 0..<t {
          let d = standardised[k][i] * standardised[k][j] - mean
          spread += d * d
        }
        let r = count / (count - 1) * mean
        let varianceOfR = count / Double.pow(count - 1, 3) * spread
        correlation[i, j] = r
        numerator += varianceOfR
        denominator += r * r
      }
    }
    let lambda = denominator > 0 ? Swift.min(Swift.max(numerator / denominator, 0), 1) : 1
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n {
      result[i, i] = deviation[i] * deviation[i] + ridge
      for j in (i + 1)..<Swift.max(i + 1, n) {
        let value = (1 - lambda) * correlation[i, j] * deviation[i] * deviation[j]
        result[i, j] = value
        result[j, i] = value
      }
    }
    return result
  }
}
