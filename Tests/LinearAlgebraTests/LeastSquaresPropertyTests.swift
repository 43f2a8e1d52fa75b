import Testing

@testable import LinearAlgebra

/// Random well-conditioned problems: the refined QR solution agrees with the
/// normal equations solved in extended precision, to 1e-10 relative, and with
/// LAPACK's SVD solver.
@Suite("Least squares against extended-precision normal equations")
struct LeastSquaresPropertyTests {
  /// SplitMix64, so that the problems are the same on every machine.
  struct SplitMix64 {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func uniform() -> Double { Double(next() >> 11) / Double(1 << 53) * 2 - 1 }
  }

  /// Solves XᵀX·β = Xᵀy by Gaussian elimination with partial pivoting, in Float80.
  static func normalEquations(_ x: Matrix, _ y: [Double]) -> [Double] {
    let n = x.columns
    var a = [[ExtendedReal]](repeating: [ExtendedReal](repeating: 0, count: n + 1), count: n)
    for i in 0..<n {
      for j in 0..<n {
        var s: ExtendedReal = 0
        for k in 0..<x.rows { s += ExtendedReal(x[k, i]) * ExtendedReal(x[k, j]) }
        a[i][j] = s
      }
      var s: ExtendedReal = 0
      for k in 0..<x.rows { s += ExtendedReal(x[k, i]) * ExtendedReal(y[k]) }
      a[i][n] = s
    }
    for col in 0..<n {
      let pivot = (col..<n).max { abs(a[$0][col]) < abs(a[$1][col]) } ?? col
      a.swapAt(col, pivot)
      for row in (col + 1)..<n {
        let f = a[row][col] / a[col][col]
        for k in col...n { a[row][k] -= f * a[col][k] }
      }
    }
    var beta = [ExtendedReal](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      var s = a[i][n]
      for j in (i + 1)..<n { s -= a[i][j] * beta[j] }
      beta[i] = s / a[i][i]
    }
    return beta.map { Double($0) }
  }

  static let shapes = [(8, 2), (20, 3), (50, 5), (200, 10), (400, 25), (3_000, 20)]

  @Test("QR agrees with the normal equations and with dgelsd", arguments: shapes)
  func agreement(rows: Int, columns: Int) throws {
    var random = SplitMix64(state: UInt64(rows * 1_000 + columns))
    for _ in 0..<5 {
      var x = Matrix(rows: rows, columns: columns)
      for j in 0..<columns {
        let scale = Double(1 << (j % 8))  // columns on different scales, still well conditioned
        for i in 0..<rows { x[i, j] = random.uniform() * scale }
      }
      let y = (0..<rows).map { _ in random.uniform() * 10 }
      let reference = Self.normalEquations(x, y)
      let norm = reference.map(abs).max() ?? 1
      let qr = try LeastSquaresQR(x).solve(y)
      let svd = try MinimumNormLeastSquares(x, y, rankTolerance: 1e-12).solution
      for (label, solution) in [("QR", qr), ("dgelsd", svd)] {
        let error = zip(solution, reference).map { abs($0 - $1) }.max() ?? 0
        #expect(error <= 1e-10 * norm, "\(label) \(rows)×\(columns): error \(error)")
      }
    }
  }

  @Test("(XᵀX)⁻¹ from QR matches the Cholesky inverse of XᵀX", arguments: shapes)
  func inverseGram(rows: Int, columns: Int) throws {
    var random = SplitMix64(state: UInt64(rows + columns))
    var x = Matrix(rows: rows, columns: columns)
    for k in 0..<(rows * columns) { x.elements[k] = random.uniform() }
    let fromQR = try LeastSquaresQR(x).inverseGram()
    let fromCholesky = try CholeskyFactorization(x.gram()).inverse()
    let scale = fromQR.elements.map(abs).max() ?? 1
    let difference = zip(fromQR.elements, fromCholesky.elements).map { abs($0 - $1) }.max() ?? 0
    #expect(difference <= 1e-12 * scale)
  }
}
