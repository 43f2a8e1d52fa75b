/// General square systems and conditioning, by LU with partial pivoting.
extension Matrix {
  /// Solves `self·X = B` for square `self`.
  ///
  /// - Throws: `LinearAlgebraError` with `info = k > 0` when `U[k,k]` is exactly
  ///   zero (the matrix is singular).
  ///
  /// The corresponding LAPACK routine is `dgesv`.
  public func solve(_ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    guard rows == columns, b.rows == rows else {
      throw LinearAlgebraError(
        routine: "dgesv", .dimensionMismatch("A is \(rows)×\(columns), B has \(b.rows) rows"))
    }
    guard isFinite, b.isFinite else { throw LinearAlgebraError(routine: "dgesv", .nonFiniteInput) }
    var lu = self
    var x = b
    guard rows > 0, b.columns > 0 else { return x }
    try LAPACKFunnel.dgesv(
      n: rows, nrhs: b.columns, a: &lu.elements, lda: rows, b: &x.elements, ldb: rows)
    return x
  }

  /// An estimate of the reciprocal 1-norm condition number `1/(‖A‖₁‖A⁻¹‖₁)` of a
  /// square matrix; 0 when it is exactly singular.
  ///
  /// The corresponding LAPACK routines are `dlange`, `dgetrf` and `dgecon`.
  public func reciprocalConditionNumber() throws(LinearAlgebraError) -> Double {
    guard rows == columns else {
      throw LinearAlgebraError(
        routine: "dgecon", .dimensionMismatch("matrix is \(rows)×\(columns)"))
    }
    guard isFinite else { throw LinearAlgebraError(routine: "dgecon", .nonFiniteInput) }
    guard rows > 0 else { return 1 }
    let norm = LAPACKFunnel.dlangeOneNorm(m: rows, n: columns, a: elements, lda: rows)
    var lu = self
    var pivots = [LAPACKFunnel.Index](repeating: 0, count: rows)
    do {
      try LAPACKFunnel.dgetrf(n: rows, a: &lu.elements, lda: rows, pivots: &pivots)
    } catch  where error.isNumericalFailure {
      return 0
    }
    return try LAPACKFunnel.dgecon(n: rows, a: lu.elements, lda: rows, anorm: norm)
  }
}
