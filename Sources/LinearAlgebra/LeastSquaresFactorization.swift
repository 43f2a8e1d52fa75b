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

  /// Largest `rows × columns²` (the QR's work) for which `automatic` picks the
  /// Swift kernel. Measured by `make bench` (release, one thread): the Swift
  /// kernel takes 1.6 µs at 20×3 against 3.1 µs for LAPACK QR with refinement,
  /// and 81 µs at 200×10 against 45 µs; the crossover lies near 10,000, which
  /// also keeps NIST's hardest problem (Filip, 82×11) in extended precision.
  public static let smallProblemWork = 10_000

  /// The concrete backend for a problem of the given size.
  public func resolved(rows: Int, columns: Int) -> LeastSquaresBackend {
    guard self == .automatic else { return self }
    return rows * columns * columns <= Self.smallProblemWork ? .extendedPrecision : .lapack
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

  /// Equilibration factors `1/‖aⱼ‖₂`, 1 for a zero column (the norm is scaled by the
  /// column's largest magnitude first, so it neither overflows nor underflows).
  static func columnScale(of a: Matrix) -> [Double] {
    a.elements.withUnsafeBufferPointer { elements in
      (0..<a.columns).map { j in
        let column = UnsafeBufferPointer(rebasing: elements[(j * a.rows)..<((j + 1) * a.rows)])
        let largest = column.reduce(0) { Swift.max($0, abs($1)) }
        guard largest > 0 else { return 1 }
        let sum = column.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }
        return 1 / (largest * sum.squareRoot())
      }
    }
  }

  /// `A·D`: column j multiplied by `scale[j]`.
  static func scalingColumns(_ a: Matrix, by scale: [Double]) -> Matrix {
    var result = a
    result.elements.withUnsafeMutableBufferPointer { elements in
      for j in 0..<a.columns {
        for i in (j * a.rows)..<((j + 1) * a.rows) { elements[i] *= scale[j] }
      }
    }
    return result
  }

  /// The residual `b − A·x`, accumulated in extended precision (80-bit on x86-64),
  /// so that small residuals of large, nearly cancelling terms keep their digits.
  public static func residual(_ a: Matrix, _ x: [Double], _ b: [Double]) -> [Double] {
    var r = b.map { ExtendedReal($0) }
    a.elements.withUnsafeBufferPointer { elements in
      r.withUnsafeMutableBufferPointer { r in
        for j in 0..<a.columns {
          let xj = ExtendedReal(x[j])
          let column = j * a.rows
          for i in 0..<a.rows { r[i] -= ExtendedReal(elements[column + i]) * xj }
        }
      }
    }
    return r.map { Double($0) }
  }

  /// `Aᵀ·r`, accumulated in extended precision.
  static func transposeProduct(_ a: Matrix, _ r: [Double]) -> [Double] {
    a.elements.withUnsafeBufferPointer { elements in
      r.withUnsafeBufferPointer { r in
        (0..<a.columns).map { j in
          var sum: ExtendedReal = 0
          let column = j * a.rows
          for i in 0..<a.rows { sum += ExtendedReal(elements[column + i]) * ExtendedReal(r[i]) }
          return Double(sum)
        }
      }
    }
  }
}
