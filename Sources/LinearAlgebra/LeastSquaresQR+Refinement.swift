// Iterative refinement of least-squares solutions from the QR factors.
//
// Refinement works on the augmented system `[I, AD; (AD)ᵀ, 0]·[r; z] = [b; 0]`
// (Björck 1967; Björck 1996, §2.9). Its residuals `f = b − r − A·x` and
// `g = −D·Aᵀr` are accumulated in extended precision, and the correction comes
// from the same factors: `h = R⁻ᵀg`, `d = Qᵀf`, `δz = R⁻¹(d₁ − h)`,
// `δr = Q·[h; d₂]`. Refining r as well as x is what makes this converge on
// large-residual problems (NIST's Wampler4–5), where refining x alone stalls at
// κ²·u·‖r‖. Refinement contracts the error by about κ·u a step, so each
// correction is a fraction of the one before; a correction no smaller than half the
// previous one is rounding noise, not progress, and is not applied (the classic stop
// of iterative refinement; LAPACK's `dgerfsx` uses the same ratio). Refinement also
// stops when the correction falls below 4ε relative, or after `refinementSteps`.
//
// The size of f is no guide: r is stored in double, so f cannot fall below the
// rounding of b − r, about ε·‖b‖, and at that floor it moves at random from step to
// step (on NIST's Wampler4, under OpenBLAS's generic Prescott kernels, a test on
// ‖f‖ + ‖g‖ rejected a step that took the coefficients from 8 to 12 correct digits).
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
    var previous = Double.infinity
    for _ in 0..<refinementSteps {
      let f = LeastSquares.residual(design, unscale(z), zip(b, r).map { $0 - $1 })
      var h = LeastSquares.transposeProduct(design, r).enumerated().map {
        -$0.element * columnScale[$0.offset]
      }
      guard f.contains(where: { $0 != 0 }) || h.contains(where: { $0 != 0 }) else { break }
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
      guard size < previous / 2 else { break }
      for j in 0..<columns { z[j] += deltaZ[j] }
      for i in 0..<rows { r[i] += deltaR[i] }
      previous = size
      // A correction below a few units in the last place cannot change x further.
      if size <= 4 * Double.ulpOfOne { break }
    }
    return unscale(z)
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
