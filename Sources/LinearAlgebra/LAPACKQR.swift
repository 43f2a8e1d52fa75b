/// Least squares by LAPACK Householder QR of the equilibrated design, with
/// iterative refinement.
///
/// Method: factor `A·D = Q·R` (`dgeqrf`), solve `R·z = (Qᵀb)₁..ₙ` (`dormqr`,
/// `dtrtrs`) and set `x = D·z`. Then refine on the augmented system
/// `[I, AD; (AD)ᵀ, 0]·[r; z] = [b; 0]` (Björck 1967; Björck 1996, §2.9): its
/// residuals `f = b − r − A·x` and `g = −D·Aᵀr` are accumulated in extended
/// precision, and the correction comes from the same QR factors:
/// `h = R⁻ᵀg`, `d = Qᵀf`, `δz = R⁻¹(d₁ − h)`, `δr = Q·[h; d₂]`. Refining r as well
/// as x is what makes this converge on large-residual problems (NIST's Wampler4–5),
/// where refining x alone stalls at κ²·u·‖r‖. Steps stop when the correction stops
/// shrinking (at most `refinementSteps`).
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

  public func solve(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    guard b.count == rows else {
      throw LinearAlgebraError(
        routine: "dormqr",
        .dimensionMismatch("right-hand side has \(b.count) rows, expected \(rows)"))
    }
    guard b.allSatisfy(\.isFinite) else {
      throw LinearAlgebraError(routine: "dormqr", .nonFiniteInput)
    }
    // z solves the equilibrated problem; x = D·z.
    var c = b
    try applyQ(transpose: true, to: &c)
    try solveR(transpose: false, &c)
    var z = Array(c.prefix(columns))
    var x = unscale(z)
    var r = LeastSquares.residual(design, x, b)
    var previousSize = Double.infinity
    for _ in 0..<refinementSteps {
      // Residuals of the augmented system [I, AD; (AD)ᵀ, 0]·[r; z] = [b; 0].
      let f = LeastSquares.residual(design, x, zip(b, r).map { $0 - $1 })
      var h = LeastSquares.transposeProduct(design, r).enumerated().map {
        -$0.element * columnScale[$0.offset]
      }
      // Correction: h = R⁻ᵀg, d = Qᵀf, δz = R⁻¹(d₁ − h), δr = Q·[h; d₂].
      try solveR(transpose: true, &h)
      var d = f
      try applyQ(transpose: true, to: &d)
      var deltaZ =
        (0..<columns).map { d[$0] - h[$0] } + [Double](repeating: 0, count: rows - columns)
      try solveR(transpose: false, &deltaZ)
      var deltaR = h + d.suffix(rows - columns)
      try applyQ(transpose: false, to: &deltaR)
      let size =
        (0..<columns).map { abs(deltaZ[$0]) / Swift.max(abs(z[$0]), .leastNormalMagnitude) }.max()
        ?? 0
      guard size < previousSize else { break }
      for j in 0..<columns { z[j] += deltaZ[j] }
      for i in 0..<rows { r[i] += deltaR[i] }
      x = unscale(z)
      previousSize = size
      if size < 1e-17 { break }
    }
    return x
  }

  func unscale(_ z: [Double]) -> [Double] { (0..<columns).map { z[$0] * columnScale[$0] } }

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
