/// Small square systems solved in place, without allocating, in plain Swift.
///
/// For the handful of equations a likelihood evaluation solves thousands of times (the
/// ARMA autocovariances: p + 1 ≤ a few dozen), LAPACK's `dgesv` costs more in fixed
/// overhead (a matrix copy, the pivot array, the LAPACKE call) than the elimination
/// itself up to about 16 equations: `make bench` prints both side by side ("Small square
/// systems"), `SmallLinearSystemTests` checks that they agree, and larger systems go
/// to `dgesv`.
public enum SmallLinearSystem {
  /// Above this size `dgesv` is faster (27×27: 3.9 µs against 5.8 µs; 14×14: 1.4 µs
  /// against 1.1 µs) and is used instead.
  public static let largestPlainSize = 16

  /// Solves `A·x = b` (A column-major, `size`×`size`, in the first size² values of `a`;
  /// b in the first `size` values of `b`) by Gaussian elimination with
  /// partial pivoting (LAPACK's `dgesv` above ``largestPlainSize``), overwriting b with x
  /// and A with its factors.
  ///
  /// - Returns: false, leaving A and b undefined, when a pivot falls below 10⁻¹² of the
  ///   largest entry of A (numerically singular) or A holds a non-finite value.
  public static func solveInPlace(
    _ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>, size n: Int
  ) -> Bool {
    n <= largestPlainSize ? eliminate(a, b, size: n) : solveByLAPACK(a, b, size: n)
  }

  /// The plain-Swift kernel of ``solveInPlace(_:_:size:)``, at any size.
  public static func eliminate(
    _ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>, size n: Int
  ) -> Bool {
    var scale = 0.0
    for index in 0..<(n * n) {
      let magnitude = abs(a[index])
      guard magnitude.isFinite else { return false }
      scale = Swift.max(scale, magnitude)
    }
    guard scale > 0 else { return false }
    for column in 0..<n {
      var pivot = column
      for row in (column + 1)..<Swift.max(n, column + 1)
      where abs(a[row + column * n]) > abs(a[pivot + column * n]) {
        pivot = row
      }
      guard abs(a[pivot + column * n]) > 1e-12 * scale else { return false }
      if pivot != column {
        for k in column..<n { a.swapAt(column + k * n, pivot + k * n) }
        b.swapAt(column, pivot)
      }
      // Multipliers in place of the column, then a column-major (contiguous) update.
      let diagonal = a[column + column * n]
      for row in (column + 1)..<Swift.max(n, column + 1) {
        a[row + column * n] /= diagonal
        b[row] -= a[row + column * n] * b[column]
      }
      for k in (column + 1)..<Swift.max(n, column + 1) {
        let pivotValue = a[column + k * n]
        guard pivotValue != 0 else { continue }
        for row in (column + 1)..<n { a[row + k * n] -= a[row + column * n] * pivotValue }
      }
    }
    for row in stride(from: n - 1, through: 0, by: -1) {
      var value = b[row]
      for k in (row + 1)..<Swift.max(n, row + 1) { value -= a[row + k * n] * b[k] }
      b[row] = value / a[row + row * n]
    }
    return true
  }

  /// The same through ``Matrix/solve(_:)`` (`dgesv`), for systems above ``largestPlainSize``.
  static func solveByLAPACK(
    _ a: UnsafeMutableBufferPointer<Double>, _ b: UnsafeMutableBufferPointer<Double>, size n: Int
  ) -> Bool {
    let matrix = Matrix(rows: n, columns: n, columnMajor: Array(a.prefix(n * n)))
    let rhs = Matrix(rows: n, columns: 1, columnMajor: Array(b.prefix(n)))
    guard let x = try? matrix.solve(rhs),
      x.isFinite
    else { return false }
    for i in 0..<n { b[i] = x.elements[i] }
    return true
  }
}
