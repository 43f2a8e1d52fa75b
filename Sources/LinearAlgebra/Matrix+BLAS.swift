/// Products and vector kernels through BLAS (single-threaded OpenBLAS).
extension Matrix {
  /// `op(self)·op(other)`, computed by `dgemm`.
  ///
  /// - Parameters:
  ///   - transposeSelf: use `selfᵀ` instead of `self`.
  ///   - transposeOther: use `otherᵀ` instead of `other`.
  /// - Throws: `LinearAlgebraError` when the inner dimensions differ.
  ///
  /// The corresponding BLAS routine is `dgemm`.
  public func multiplied(
    by other: Matrix, transposeSelf: Bool = false, transposeOther: Bool = false
  ) throws(LinearAlgebraError) -> Matrix {
    let (m, k) = transposeSelf ? (columns, rows) : (rows, columns)
    let (k2, n) = transposeOther ? (other.columns, other.rows) : (other.rows, other.columns)
    guard k == k2 else {
      throw LinearAlgebraError(
        routine: "dgemm", .dimensionMismatch("inner dimensions \(k) and \(k2)"))
    }
    var result = Matrix(rows: m, columns: n)
    guard m > 0, n > 0, k > 0 else { return result }
    LAPACKFunnel.dgemm(
      transposeA: transposeSelf, transposeB: transposeOther, m: m, n: n, k: k, alpha: 1,
      a: elements, lda: Swift.max(1, rows), b: other.elements, ldb: Swift.max(1, other.rows),
      beta: 0, c: &result.elements, ldc: Swift.max(1, m))
    return result
  }

  /// `op(self)·x`, computed by `dgemv`.
  ///
  /// The corresponding BLAS routine is `dgemv`.
  public func multiplied(by x: [Double], transposeSelf: Bool = false) throws(LinearAlgebraError)
    -> [Double]
  {
    let (m, n) = transposeSelf ? (columns, rows) : (rows, columns)
    guard x.count == n else {
      throw LinearAlgebraError(
        routine: "dgemv", .dimensionMismatch("vector length \(x.count), expected \(n)"))
    }
    var y = [Double](repeating: 0, count: m)
    guard m > 0, n > 0 else { return y }
    LAPACKFunnel.dgemv(
      transpose: transposeSelf, m: rows, n: columns, alpha: 1, a: elements,
      lda: Swift.max(1, rows), x: x, beta: 0, y: &y)
    return y
  }

  /// The Gram matrix `selfᵀ·self` (symmetric, both triangles filled), by `dsyrk`.
  ///
  /// The corresponding BLAS routine is `dsyrk`.
  public func gram() -> Matrix {
    var result = Matrix(rows: columns, columns: columns)
    guard columns > 0, rows > 0 else { return result }
    LAPACKFunnel.dsyrkTransposed(
      n: columns, k: rows, alpha: 1, a: elements, lda: rows, beta: 0, c: &result.elements,
      ldc: columns)
    result.symmetrizeFromUpper()
    return result
  }

  /// Copies the upper triangle onto the lower one.
  mutating func symmetrizeFromUpper() {
    for j in 0..<columns {
      for i in (j + 1)..<Swift.max(j + 1, rows) { self[i, j] = self[j, i] }
    }
  }
}

/// Vector kernels through BLAS.
public enum Vector {
  /// The dot product `xᵀy` (`ddot`).
  ///
  /// - Precondition: `x.count == y.count`.
  public static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: lengths differ")
    guard !x.isEmpty else { return 0 }
    return LAPACKFunnel.ddot(n: x.count, x: x, y: y)
  }

  /// `y ← alpha·x + y` (`daxpy`).
  ///
  /// - Precondition: `x.count == y.count`.
  public static func axpy(_ alpha: Double, _ x: [Double], _ y: inout [Double]) {
    precondition(x.count == y.count, "axpy: lengths differ")
    guard !x.isEmpty else { return }
    LAPACKFunnel.daxpy(n: x.count, alpha: alpha, x: x, y: &y)
  }
}
