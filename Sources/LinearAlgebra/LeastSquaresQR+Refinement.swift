// Iterative refinement of least-squares solutions from the QR factors.
//
// Refinement works on the augmented system `[I, AD; (AD)ᵀ, 0]·[r; z] = [b; 0]`
// (Björck 1967; Björck 1996, §2.9). Its residuals `f = b − r − A·x` and
// `g = −D·Aᵀr` are accumulated in extended precision, and the correction comes
// from the same factors: `h = R⁻ᵀg`, `d = Qᵀf`, `δz = R⁻¹(d₁ − h)`,
// `δr = Q·[h; d₂]`. Refining r as well as x is what makes this converge on
// large-residual problems (NIST's Wampler4–5), where refining x alone stalls at
// κ²·u·‖r‖. A step is kept only if it shrinks ‖f‖ + ‖g‖; refinement stops at the
// first step that does not, when the correction falls below 4ε relative, or after
// `refinementSteps`.
extension LeastSquaresQR {
  /// The refined least-squares solution x of `min ‖A·x − b‖₂`.
  func refinedSolve(_ b: [Double], routine: String) throws(LinearAlgebraError) -> [Double] {
    guard b.count == rows else {
      throw LinearAlgebraError(
        routine: routine,
        .dimensionMismatch("right-hand side has \(b.count) rows, expected \(rows)"))
    }
    guard b.allSatisfy(\.isFinite) else {
      throw LinearAlgebraError(routine: routine, .nonFiniteInput)
    }
    // z solves the equilibrated problem; x = D·z.
    var z = try initialSolution(b)
    var r = LeastSquares.residual(design, unscale(z), b)
    var best = (z: z, r: r, residualNorm: Double.infinity)
    for step in 0...refinementSteps {
      let x = unscale(z)
      let f = LeastSquares.residual(design, x, zip(b, r).map { $0 - $1 })
      var h = LeastSquares.transposeProduct(design, r).enumerated().map {
        -$0.element * columnScale[$0.offset]
      }
      // Keep a step only if it shrank the augmented system's residual (f, g): once
      // x is at double resolution, a further correction can only move it by an ulp.
      let residualNorm = Self.norm(f) + Self.norm(h)
      guard residualNorm < best.residualNorm else {
        (z, r) = (best.z, best.r)
        break
      }
      best = (z, r, residualNorm)
      guard step < refinementSteps, residualNorm > 0 else { break }
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
      for j in 0..<columns { z[j] += deltaZ[j] }
      for i in 0..<rows { r[i] += deltaR[i] }
      // A correction below a few units in the last place cannot change x further.
      if size <= 4 * Double.ulpOfOne { break }
    }
    return unscale(z)
  }

  static func norm(_ v: [Double]) -> Double {
    let largest = v.reduce(0) { Swift.max($0, abs($1)) }
    guard largest > 0 else { return 0 }
    return largest * v.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }.squareRoot()
  }

  /// The first solve: `z = R⁻¹·(Qᵀb)₁..ₙ`.
  func initialSolution(_ b: [Double]) throws(LinearAlgebraError) -> [Double] {
    var c = b
    try applyQ(transpose: true, to: &c)
    try solveR(transpose: false, &c)
    return Array(c.prefix(columns))
  }

  func unscale(_ z: [Double]) -> [Double] { (0..<columns).map { z[$0] * columnScale[$0] } }
}
