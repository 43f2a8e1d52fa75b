/// A factorisation of a tall design matrix `A` (m×n, m ≥ n) that solves least-squares
/// problems `min ‖A·x − b‖₂` and gives `(AᵀA)⁻¹` for inference.
///
/// Both implementations equilibrate the columns first: they factor `A·D`, where
/// `D = diag(1/‖aⱼ‖₂)`, which leaves the solution unchanged (`x = D·z`) but removes
/// the part of the condition number due to predictors on different scales
/// (Longley's year column against its GNP column, say). `scaledR` is the triangular
/// factor of `A·D`; its singular values are those of `A·D`, which is what rank and
/// collinearity diagnostics look at.
public protocol LeastSquaresFactorization: Sendable {
  /// Number of rows m of the design.
  var rows: Int { get }
  /// Number of columns n of the design.
  var columns: Int { get }
  /// The equilibration factors `1/‖aⱼ‖₂` (1 for an all-zero column).
  var columnScale: [Double] { get }
  /// The n×n upper-triangular factor R of the equilibrated design `A·D = Q·R`.
  var scaledR: Matrix { get }
  /// The least-squares solution `x` of `min ‖A·x − b‖₂`.
  func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double]
  /// `(AᵀA)⁻¹`, the unscaled covariance of the least-squares coefficients.
  func inverseGram() throws(LinearAlgebraError) -> Matrix
}

/// Which implementation factors a least-squares problem.
public enum LeastSquaresBackend: String, Sendable, Hashable, Codable, CaseIterable {
  /// Householder QR from LAPACK (`dgeqrf`, `dormqr`, `dtrtrs`, `dpotri`) plus iterative
  /// refinement with residuals accumulated in extended precision.
  case lapack
  /// A plain-Swift Householder QR carried out entirely in 80-bit extended precision
  /// (x86-64; plain `Double` elsewhere). For small problems it is faster than the
  /// LAPACK call overhead and about three digits more accurate.
  case extendedPrecision
  /// `extendedPrecision` for small problems, `lapack` otherwise.
  case automatic

  /// Largest number of columns for which `automatic` picks the Swift kernel.
  public static let smallColumnLimit = 16
  /// Largest number of rows for which `automatic` picks the Swift kernel.
  public static let smallRowLimit = 2_000

  /// The concrete backend for a problem of the given size.
  public func resolved(rows: Int, columns: Int) -> LeastSquaresBackend {
    guard self == .automatic else { return self }
    let small = columns <= Self.smallColumnLimit && rows <= Self.smallRowLimit
    return small ? .extendedPrecision : .lapack
  }
}

/// Entry points for least squares.
public enum LeastSquares {
  /// Factors `a` with the chosen backend.
  ///
  /// - Throws: `LinearAlgebraError` if `a` has fewer rows than columns, no columns,
  ///   or holds NaN or infinity.
  public static func factorize(_ a: Matrix, backend: LeastSquaresBackend = .automatic)
    throws(LinearAlgebraError) -> any LeastSquaresFactorization
  {
    switch backend.resolved(rows: a.rows, columns: a.columns) {
    case .extendedPrecision: return try ExtendedPrecisionQR(a)
    case .lapack, .automatic: return try LAPACKQR(a)
    }
  }

  static func validate(_ a: Matrix, routine: String) throws(LinearAlgebraError) {
    guard a.columns > 0, a.rows >= a.columns else {
      throw LinearAlgebraError(
        routine: routine,
        .dimensionMismatch("least squares needs rows ≥ columns > 0, got \(a.rows)×\(a.columns)"))
    }
    guard a.isFinite else { throw LinearAlgebraError(routine: routine, .nonFiniteInput) }
  }

  /// Equilibration factors `1/‖aⱼ‖₂`, 1 for a zero column.
  static func columnScale(of a: Matrix) -> [Double] {
    (0..<a.columns).map { j in
      var sum = 0.0
      var scale = 0.0
      for i in 0..<a.rows { scale = Swift.max(scale, abs(a[i, j])) }
      guard scale > 0 else { return 1 }
      for i in 0..<a.rows { let v = a[i, j] / scale; sum += v * v }
      return 1 / (scale * sum.squareRoot())
    }
  }

  /// The residual `b − A·x`, accumulated in extended precision (80-bit on x86-64),
  /// so that small residuals of large, nearly cancelling terms keep their digits.
  public static func residual(_ a: Matrix, _ x: [Double], _ b: [Double]) -> [Double] {
    var r = [ExtendedReal](repeating: 0, count: a.rows)
    for i in 0..<a.rows { r[i] = ExtendedReal(b[i]) }
    for j in 0..<a.columns {
      let xj = ExtendedReal(x[j])
      for i in 0..<a.rows { r[i] -= ExtendedReal(a[i, j]) * xj }
    }
    return r.map { Double($0) }
  }

  /// `Aᵀ·r`, accumulated in extended precision.
  static func transposeProduct(_ a: Matrix, _ r: [Double]) -> [Double] {
    (0..<a.columns).map { j in
      var sum: ExtendedReal = 0
      for i in 0..<a.rows { sum += ExtendedReal(a[i, j]) * ExtendedReal(r[i]) }
      return Double(sum)
    }
  }
}
