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
public struct ExtendedPrecisionQR: LeastSquaresFactorization, RefinableQR {
  public let rows: Int
  public let columns: Int
  public let columnScale: [Double]
  /// The original design, kept for residuals during refinement.
  let design: Matrix
  /// Maximum refinement steps after the first solve.
  public var refinementSteps = 3
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
    design = a
    let scale = LeastSquares.columnScale(of: a)
    columnScale = scale
    var work = [ExtendedReal](repeating: 0, count: m * n)
    var halves = [ExtendedReal](repeating: 0, count: n)
    var r = [ExtendedReal](repeating: 0, count: n * n)
    a.elements.withUnsafeBufferPointer { source in
      work.withUnsafeMutableBufferPointer { work in
        for j in 0..<n {
          let s = ExtendedReal(scale[j])
          for i in 0..<m { work[i + j * m] = ExtendedReal(source[i + j * m]) * s }
        }
        Self.householder(work, rows: m, columns: n, halves: &halves, triangular: &r)
      }
    }
    reflectors = work
    halfNormSquared = halves
    triangular = r
  }

  /// Reduces the m×n column-major `work` to R by Householder reflections, leaving
  /// the reflectors vₖ below (and on) the diagonal.
  static func householder(
    _ work: UnsafeMutableBufferPointer<ExtendedReal>, rows m: Int, columns n: Int,
    halves: inout [ExtendedReal], triangular r: inout [ExtendedReal]
  ) {
    for k in 0..<n {
      let base = k * m
      let norm = dot(work, base + k, base + k, count: m - k).squareRoot()
      let akk = work[base + k]
      let alpha = akk >= 0 ? -norm : norm
      if norm > 0 {
        work[base + k] = akk - alpha
        // vᵀv = (akk − α)² + (norm² − akk²) = −2α(akk − α)
        let half = -alpha * (akk - alpha)
        halves[k] = half
        for j in (k + 1)..<Swift.max(k + 1, n) {
          let other = j * m
          let f = dot(work, base + k, other + k, count: m - k) / half
          for i in k..<m { work[other + i] -= f * work[base + i] }
        }
      }
      r[k + k * n] = norm > 0 ? alpha : 0
      for j in (k + 1)..<Swift.max(k + 1, n) { r[k + j * n] = work[k + j * m] }
    }
  }

  /// `Σ work[x + i]·work[y + i]` for i < count, with four partial sums so that the
  /// x87 additions overlap instead of waiting on one another (about 3× faster).
  @inline(__always)
  static func dot(_ work: UnsafeMutableBufferPointer<ExtendedReal>, _ x: Int, _ y: Int, count: Int)
    -> ExtendedReal
  {
    var s0: ExtendedReal = 0
    var s1: ExtendedReal = 0
    var s2: ExtendedReal = 0
    var s3: ExtendedReal = 0
    var i = 0
    while i + 4 <= count {
      s0 += work[x + i] * work[y + i]
      s1 += work[x + i + 1] * work[y + i + 1]
      s2 += work[x + i + 2] * work[y + i + 2]
      s3 += work[x + i + 3] * work[y + i + 3]
      i += 4
    }
    while i < count {
      s0 += work[x + i] * work[y + i]
      i += 1
    }
    return (s0 + s1) + (s2 + s3)
  }

  public var scaledR: Matrix {
    var result = Matrix(rows: columns, columns: columns)
    for j in 0..<columns {
      for i in 0...j { result[i, j] = Double(triangular[i + j * columns]) }
    }
    return result
  }

  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    try refinedSolve(b, routine: "ExtendedPrecisionQR")
  }

  /// The first solve, entirely in extended precision: `z = R⁻¹·(Qᵀb)₁..ₙ`.
  func initialSolution(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    var c = b.map { ExtendedReal($0) }
    reflect(transpose: true, &c)
    var z = Array(c.prefix(columns))
    try substitute(transpose: false, &z)
    return z.map { Double($0) }
  }

  func applyQ(transpose: Bool, to c: inout [Double]) throws(LinearAlgebraError) {
    var work = c.map { ExtendedReal($0) }
    reflect(transpose: transpose, &work)
    c = work.map { Double($0) }
  }

  func solveR(transpose: Bool, _ c: inout [Double]) throws(LinearAlgebraError) {
    var z = c.prefix(columns).map { ExtendedReal($0) }
    try substitute(transpose: transpose, &z)
    for i in 0..<columns { c[i] = Double(z[i]) }
  }

  /// `c ← Qᵀ·c` or `c ← Q·c`; Q = H₀H₁…Hₙ₋₁, so Qᵀ applies H₀ first.
  func reflect(transpose: Bool, _ c: inout [ExtendedReal]) {
    let m = rows
    let order = transpose ? Array(0..<columns) : Array((0..<columns).reversed())
    for k in order where halfNormSquared[k] != 0 {
      var s: ExtendedReal = 0
      for i in k..<m { s += reflectors[i + k * m] * c[i] }
      let f = s / halfNormSquared[k]
      for i in k..<m { c[i] -= f * reflectors[i + k * m] }
    }
  }

  /// Solves `R·z = c` or `Rᵀ·z = c` in place (z has `columns` entries).
  func substitute(transpose: Bool, _ z: inout [ExtendedReal]) throws(LinearAlgebraError) {
    let n = columns
    let indices = transpose ? Array(0..<n) : Array((0..<n).reversed())
    for i in indices {
      var s = z[i]
      if transpose {
        for j in 0..<i { s -= triangular[j + i * n] * z[j] }
      } else {
        for j in (i + 1)..<Swift.max(i + 1, n) { s -= triangular[i + j * n] * z[j] }
      }
      let pivot = triangular[i + i * n]
      guard pivot != 0 else {
        throw LinearAlgebraError(routine: "ExtendedPrecisionQR", info: i + 1)
      }
      z[i] = s / pivot
    }
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
