/// Least squares by a plain-Swift Householder QR carried out in extended precision.
///
/// Same method as ``LAPACKQR`` (equilibrated columns, `A·D = Q·R`, back
/// substitution, `(AᵀA)⁻¹ = D·R⁻¹R⁻ᵀ·D`) but every operation runs in `Float80`
/// on x86-64, whose unit roundoff (5.4e-20) is 2,048 times smaller than `Double`'s.
/// Results are rounded to `Double` at the end, so for condition numbers up to about
/// 1e10 (NIST's Filip) they are correct to nearly full double precision.
///
/// It is meant for small problems (see ``LeastSquaresBackend/automatic``): there it
/// avoids LAPACKE's per-call overhead (workspace query, allocation, NaN scan).
public struct ExtendedPrecisionQR: LeastSquaresFactorization {
  public let rows: Int
  public let columns: Int
  public let columnScale: [Double]
  /// Householder vectors, column-major m×n (vector k lives in rows k..<m of column k).
  let reflectors: [ExtendedReal]
  /// `vₖᵀvₖ / 2` for each reflector (0 when the column was already reduced).
  let halfNormSquared: [ExtendedReal]
  /// R, column-major n×n, upper triangle.
  let triangular: [ExtendedReal]

  /// Factors `a` (m×n with m ≥ n).
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    try LeastSquares.validate(a, routine: "ExtendedPrecisionQR")
    let m = a.rows
    let n = a.columns
    rows = m
    columns = n
    columnScale = LeastSquares.columnScale(of: a)
    var work = [ExtendedReal](repeating: 0, count: m * n)
    for j in 0..<n {
      let s = ExtendedReal(columnScale[j])
      for i in 0..<m { work[i + j * m] = ExtendedReal(a[i, j]) * s }
    }
    var halves = [ExtendedReal](repeating: 0, count: n)
    var r = [ExtendedReal](repeating: 0, count: n * n)
    for k in 0..<n {
      var norm2: ExtendedReal = 0
      for i in k..<m { norm2 += work[i + k * m] * work[i + k * m] }
      let norm = norm2.squareRoot()
      let akk = work[k + k * m]
      let alpha = akk >= 0 ? -norm : norm
      if norm > 0 {
        work[k + k * m] = akk - alpha
        // vᵀv = (akk − α)² + (norm² − akk²) = 2·norm·(norm + |akk|) = −2α(akk − α)
        let half = -alpha * (akk - alpha)
        halves[k] = half
        for j in (k + 1)..<Swift.max(k + 1, n) {
          var s: ExtendedReal = 0
          for i in k..<m { s += work[i + k * m] * work[i + j * m] }
          let f = s / half
          for i in k..<m { work[i + j * m] -= f * work[i + k * m] }
        }
      }
      r[k + k * n] = norm > 0 ? alpha : 0
      for j in (k + 1)..<Swift.max(k + 1, n) { r[k + j * n] = work[k + j * m] }
    }
    reflectors = work
    halfNormSquared = halves
    triangular = r
  }

  public var scaledR: Matrix {
    var result = Matrix(rows: columns, columns: columns)
    for j in 0..<columns {
      for i in 0...j { result[i, j] = Double(triangular[i + j * columns]) }
    }
    return result
  }

  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    guard b.count == rows else {
      throw LinearAlgebraError(
        routine: "ExtendedPrecisionQR",
        .dimensionMismatch("right-hand side has \(b.count) rows, expected \(rows)"))
    }
    guard b.allSatisfy(\.isFinite) else {
      throw LinearAlgebraError(routine: "ExtendedPrecisionQR", .nonFiniteInput)
    }
    let m = rows
    let n = columns
    var c = b.map { ExtendedReal($0) }
    for k in 0..<n where halfNormSquared[k] != 0 {
      var s: ExtendedReal = 0
      for i in k..<m { s += reflectors[i + k * m] * c[i] }
      let f = s / halfNormSquared[k]
      for i in k..<m { c[i] -= f * reflectors[i + k * m] }
    }
    var z = [ExtendedReal](repeating: 0, count: n)
    for i in stride(from: n - 1, through: 0, by: -1) {
      var s = c[i]
      for j in (i + 1)..<Swift.max(i + 1, n) { s -= triangular[i + j * n] * z[j] }
      let pivot = triangular[i + i * n]
      guard pivot != 0 else {
        throw LinearAlgebraError(routine: "ExtendedPrecisionQR", info: i + 1)
      }
      z[i] = s / pivot
    }
    return (0..<n).map { Double(z[$0] * ExtendedReal(columnScale[$0])) }
  }

  public func inverseGram() throws(LinearAlgebraError) -> Matrix {
    let n = columns
    // R⁻¹ by back substitution, column by column (upper triangular).
    var inverse = [ExtendedReal](repeating: 0, count: n * n)
    for j in 0..<n {
      let pivot = triangular[j + j * n]
      guard pivot != 0 else {
        throw LinearAlgebraError(routine: "ExtendedPrecisionQR", info: j + 1)
      }
      inverse[j + j * n] = 1 / pivot
      for i in stride(from: j - 1, through: 0, by: -1) {
        var s: ExtendedReal = 0
        for k in (i + 1)...j { s += triangular[i + k * n] * inverse[k + j * n] }
        inverse[i + j * n] = -s / triangular[i + i * n]
      }
    }
    var g = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in i..<n {
        var s: ExtendedReal = 0
        for k in j..<n { s += inverse[i + k * n] * inverse[j + k * n] }
        let value = Double(s * ExtendedReal(columnScale[i]) * ExtendedReal(columnScale[j]))
        g[i, j] = value
        g[j, i] = value
      }
    }
    return g
  }
}
