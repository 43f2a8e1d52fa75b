/// Least squares by LAPACK Householder QR of the equilibrated design, with
/// iterative refinement.
///
/// Method: factor `A·D = Q·R` (`dgeqrf`), solve `R·z = (Qᵀb)₁..ₙ` (`dormqr`,
/// `dtrtrs`), set `x = D·z`, then refine on the augmented system with residuals in
/// extended precision (see `RefinableQR`).
///
/// `(AᵀA)⁻¹ = D·(RᵀR)⁻¹·D` comes from `dpotri` applied to R, which LAPACK treats as
/// a Cholesky factor; its relative accuracy is about κ·u.
///
/// The corresponding LAPACK routines are `dgeqrf`, `dormqr`, `dtrtrs` and `dpotri`.
public struct LAPACKQR: LeastSquaresFactorization, RefinableQR {
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
    var scaled = LeastSquares.scalingColumns(a, by: columnScale)
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

  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    try refinedSolve(b, routine: "dormqr")
  }

  func applyQ(transpose: Bool, to c: inout [Double]) throws(LinearAlgebraError) {
    try LAPACKFunnel.dormqrLeft(
      transpose: transpose, m: rows, n: 1, k: columns, a: factors.elements, lda: rows, tau: tau,
      c: &c, ldc: rows)
  }

  /// Solves with the leading n×n triangle R (or Rᵀ) in place on the first n entries.
  func solveR(transpose: Bool, _ c: inout [Double]) throws(LinearAlgebraError) {
    try LAPACKFunnel.dtrtrsUpper(
      transpose: transpose, n: columns, nrhs: 1, a: factors.elements, lda: rows, b: &c,
      ldb: Swift.max(1, c.count))
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
