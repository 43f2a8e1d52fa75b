/// Least squares by LAPACK Householder QR of the equilibrated design, with
/// iterative refinement.
///
/// Method: factor `A·D = Q·R` (`dgeqrf`), solve `R·z = (Qᵀb)₁..ₙ` (`dormqr`,
/// `dtrtrs`) and set `x = D·z`. Then refine (Golub 1965; Björck 1996, §2.9):
/// compute `r = b − A·x` with extended-precision accumulation, solve the same
/// least-squares problem for the correction `δ` with right-hand side `r`, and set
/// `x ← x + δ`, until the correction stops shrinking (at most `refinementSteps`).
/// For problems with small residuals each step gains about `−log₁₀(κ·u)` digits,
/// where κ is the condition number of `A·D` and u the unit roundoff.
///
/// `(AᵀA)⁻¹ = D·(RᵀR)⁻¹·D` comes from `dpotri` applied to R, which LAPACK treats as
/// a Cholesky factor; its relative accuracy is about κ·u.
///
/// The corresponding LAPACK routines are `dgeqrf`, `dormqr`, `dtrtrs` and `dpotri`.
public struct LAPACKQR: LeastSquaresFactorization {
  public let rows: Int
  public let columns: Int
  public let columnScale: [Double]
  /// The original design, kept for residuals during refinement.
  let design: Matrix
  /// `dgeqrf` output: R in the upper triangle, the reflectors below.
  let factors: Matrix
  let tau: [Double]
  /// Maximum refinement steps after the first solve.
  public var refinementSteps = 3

  /// Factors `a` (m×n with m ≥ n).
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    try LeastSquares.validate(a, routine: "dgeqrf")
    rows = a.rows
    columns = a.columns
    design = a
    columnScale = LeastSquares.columnScale(of: a)
    var scaled = a
    for j in 0..<a.columns {
      for i in 0..<a.rows { scaled[i, j] *= columnScale[j] }
    }
    var tau = [Double](repeating: 0, count: a.columns)
    try LAPACKFunnel.dgeqrf(m: rows, n: columns, a: &scaled.elements, lda: rows, tau: &tau)
    factors = scaled
    self.tau = tau
  }

  public var scaledR: Matrix {
    var r = Matrix(rows: columns, columns: columns)
    for j in 0..<columns {
      for i in 0...j { r[i, j] = factors[i, j] }
    }
    return r
  }

  /// Solves the scaled problem `min ‖A·D·z − b‖` once and returns `x = D·z`.
  func solveOnce(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    var c = b
    try LAPACKFunnel.dormqrTransposeLeft(
      m: rows, n: 1, k: columns, a: factors.elements, lda: rows, tau: tau, c: &c, ldc: rows)
    try LAPACKFunnel.dtrtrsUpper(n: columns, nrhs: 1, a: factors.elements, lda: rows, b: &c, ldb: rows)
    return (0..<columns).map { c[$0] * columnScale[$0] }
  }

  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    guard b.count == rows else {
      throw LinearAlgebraError(routine: "dormqr", .dimensionMismatch("right-hand side has \(b.count) rows, expected \(rows)"))
    }
    guard b.allSatisfy(\.isFinite) else { throw LinearAlgebraError(routine: "dormqr", .nonFiniteInput) }
    var x = try solveOnce(b)
    var previousSize = Double.infinity
    for _ in 0..<refinementSteps {
      let correction = try solveOnce(LeastSquares.residual(design, x, b))
      let size = correction.indices.map { abs(correction[$0]) / Swift.max(abs(x[$0]), .leastNormalMagnitude) }.max() ?? 0
      guard size < previousSize else { break }
      for j in 0..<columns { x[j] += correction[j] }
      previousSize = size
      if size < 1e-17 { break }
    }
    return x
  }

  public func inverseGram() throws(LinearAlgebraError) -> Matrix {
    var g = scaledR
    try LAPACKFunnel.dpotri(n: columns, a: &g.elements, lda: columns)
    g.symmetrizeFromUpper()
    for j in 0..<columns {
      for i in 0..<columns { g[i, j] *= columnScale[i] * columnScale[j] }
    }
    return g
  }
}
