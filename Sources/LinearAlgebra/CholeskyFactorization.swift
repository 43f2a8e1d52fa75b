/// The Cholesky factorisation `A = UᵀU` of a symmetric positive-definite matrix.
///
/// Only the upper triangle of A is read. The corresponding LAPACK routines are
/// `dpotrf` (factor), `dpotrs` (solve), `dpotri` (inverse) and `dpocon` (condition).
public struct CholeskyFactorization: Sendable {
  /// The factor U in the upper triangle (the strict lower triangle is unspecified).
  public let factor: Matrix
  /// The 1-norm of the original matrix, for the condition estimate.
  let oneNorm: Double

  /// Factors `a`.
  ///
  /// - Throws: `LinearAlgebraError` with `info = k > 0` when the leading minor of
  ///   order k is not positive (A is not positive definite).
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.rows == a.columns else {
      throw LinearAlgebraError(
        routine: "dpotrf", .dimensionMismatch("matrix is \(a.rows)×\(a.columns)"))
    }
    guard a.isFinite else { throw LinearAlgebraError(routine: "dpotrf", .nonFiniteInput) }
    var symmetric = a
    symmetric.symmetrizeFromUpper()
    oneNorm = LAPACKFunnel.dlangeOneNorm(
      m: a.rows, n: a.columns, a: symmetric.elements, lda: Swift.max(1, a.rows))
    var work = a
    if a.rows > 0 { try LAPACKFunnel.dpotrf(n: a.rows, a: &work.elements, lda: a.rows) }
    factor = work
  }

  /// Solves `A·X = B`.
  public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    guard b.rows == factor.rows else {
      throw LinearAlgebraError(
        routine: "dpotrs", .dimensionMismatch("B has \(b.rows) rows, expected \(factor.rows)"))
    }
    var x = b
    guard b.rows > 0, b.columns > 0 else { return x }
    try LAPACKFunnel.dpotrs(
      n: factor.rows, nrhs: b.columns, a: factor.elements, lda: factor.rows, b: &x.elements,
      ldb: b.rows)
    return x
  }

  /// `A⁻¹`, symmetric, both triangles filled.
  public func inverse() throws(LinearAlgebraError) -> Matrix {
    var work = factor
    guard factor.rows > 0 else { return work }
    try LAPACKFunnel.dpotri(n: factor.rows, a: &work.elements, lda: factor.rows)
    work.symmetrizeFromUpper()
    return work
  }

  /// An estimate of the reciprocal 1-norm condition number `1/(‖A‖₁‖A⁻¹‖₁)`.
  public func reciprocalConditionNumber() throws(LinearAlgebraError) -> Double {
    guard factor.rows > 0 else { return 1 }
    return try LAPACKFunnel.dpocon(
      n: factor.rows, a: factor.elements, lda: factor.rows, anorm: oneNorm)
  }
}
