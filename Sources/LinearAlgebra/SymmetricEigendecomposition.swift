/// The eigendecomposition `A = V·diag(λ)·Vᵀ` of a symmetric matrix.
///
/// Only the upper triangle of A is read. Eigenvalues are ascending and eigenvectors
/// orthonormal. The corresponding LAPACK routine is `dsyevr` (relatively robust
/// representations, the fastest accurate symmetric solver in LAPACK).
public struct SymmetricEigendecomposition: Sendable {
  /// λ₁ ≤ λ₂ ≤ … ≤ λₙ.
  public let values: [Double]
  /// V; column i is the eigenvector of `values[i]`.
  public let vectors: Matrix

  /// Decomposes `a`.
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.rows == a.columns else {
      throw LinearAlgebraError(
        routine: "dsyevr", .dimensionMismatch("matrix is \(a.rows)×\(a.columns)"))
    }
    guard a.isFinite else { throw LinearAlgebraError(routine: "dsyevr", .nonFiniteInput) }
    let n = a.rows
    var work = a
    var w = [Double](repeating: 0, count: n)
    var z = Matrix(rows: n, columns: n)
    if n > 0 {
      try LAPACKFunnel.dsyevr(
        wantVectors: true, n: n, a: &work.elements, lda: n, w: &w, z: &z.elements, ldz: n)
    }
    values = w
    vectors = z
  }
}
