import RealModule

extension ARMALikelihood {
  /// Runs the Kalman filter over the errors.
  ///
  /// Returns the sums `Σ v_t²/F_t` and `Σ ln F_t`, or nil when the AR part is not
  /// stationary or a variance vanishes. The standardised innovations `v_t/√F_t` (R's
  /// residuals: white noise under the model) go to `innovations` when given; the final
  /// predicted state stays in `state`.
  ///
  /// One step costs O(r²/2) on the upper triangle, in place. The observation is the
  /// first state, so after the update `U = P − c·cᵀ/F` (c = P[:,0], F = c₀) the first
  /// row and column of U vanish, and the prediction `P ← T·U·Tᵀ + R·Rᵀ` reduces to a
  /// shift: `P'ᵢⱼ = Uᵢ₊₁,ⱼ₊₁ + RᵢRⱼ` (zero out of range), read before it is overwritten
  /// when (i, j) ascend. Once P equals its fixed point R·Rᵀ — U's largest diagonal
  /// element, which bounds all of U's, below 10⁻¹³: the state is then known up to the
  /// next shock, after p steps for a pure AR — F = 1 for ever and the filter continues
  /// with the plain ARMA recursion `a ← T·(a + R·v)` in O(r).
  func filter(innovations: UnsafeMutableBufferPointer<Double>?) -> (squares: Double, logs: Double)?
  {
    let r = dimension
    let p = covariance
    guard
      ARMAStationaryCovariance.compute(
        ar: UnsafeBufferPointer(ar), loading: UnsafeBufferPointer(loading), dimension: r,
        into: p, scratch: covarianceScratch)
    else { return nil }
    let arCount = self.arCount
    let a = state
    let c = column
    for i in 0..<r { a[i] = 0 }
    c[r] = 0
    var squares = 0.0
    var logs = 0.0
    // Σ ln F_t as the log of a running product (F_t ≥ 1, since P ≥ R·Rᵀ), taken when the
    // product grows large: one logarithm for many steps.
    var product = 1.0
    var converged = false
    for t in 0..<errors.count {
      let v = errors[t] - a[0]
      if converged {
        innovations?[t] = v
        squares += v * v
        for i in 0..<r { c[i] = loading[i] }
      } else {
        let f = p[0]
        guard f > 1e-12, f.isFinite else { return nil }
        let inverse = 1 / f
        innovations?[t] = v * inverse.squareRoot()
        squares += v * v * inverse
        product *= f
        if product > 1e100 {
          logs += Double.log(product)
          product = 1
        }
        for k in 0..<r { c[k] = p[k * r] * inverse }
      }
      // a ← T·(a + c·v), c the gain P[:,0]/F (or R once converged).
      let first = a[0] + c[0] * v
      for i in 0..<r {
        let shifted = i + 1 < r ? a[i + 1] + c[i + 1] * v : 0
        a[i] = (i < arCount ? ar[i] * first : 0) + shifted
      }
      if converged { continue }
      // P ← shift(P − c·cᵀ·F) + R·Rᵀ, with c = P[:,0]/F.
      // Column j of the new P is column j + 1 of U moved up one row: disjoint memory,
      // so each column is one contiguous, vectorisable pass.
      let f = p[0]
      var gap = 0.0
      guard let base = p.baseAddress, let gain = c.baseAddress, let rr = loading.baseAddress
      else { return nil }
      for j in 0..<(r - 1) {
        let target = base + j * r
        let source = base + (j + 1) * r + 1
        let scaledGain = c[j + 1] * f
        let load = rr[j]
        for i in 0...j { target[i] = source[i] - scaledGain * gain[i + 1] + load * rr[i] }
        // U is positive semi-definite, so its largest element is on the diagonal.
        gap = Swift.max(gap, abs(source[j] - scaledGain * gain[j + 1]))
      }
      let last = base + (r - 1) * r
      for i in 0..<r { last[i] = rr[r - 1] * rr[i] }
      converged = gap <= 1e-13
    }
    return (squares, logs + Double.log(product))
  }

  /// The conditional sum of squares at the optimiser's point, as a mean square: the
  /// innovations by the ARMA recursion `e_t = w_t − Σ φᵢ·w_{t−i} − Σ θⱼ·e_{t−j}` from the
  /// first `p + m·P` observations, earlier innovations taken as zero (R's CSS); its
  /// minimum starts the exact likelihood's search.
  func conditionalSumOfSquares(transformed point: UnsafeBufferPointer<Double>) -> Double {
    setTransformed(point)
    return conditionalSumOfSquares()
  }

  /// The conditional sum of squares at natural coefficients (ar, ma, sar, sma, β), as
  /// R's CSS minimises it: no constraint on the AR and MA parts.
  func conditionalSumOfSquares(natural point: UnsafeBufferPointer<Double>) -> Double {
    for i in coefficients.indices { coefficients[i] = point[i] }
    return conditionalSumOfSquares()
  }

  private func conditionalSumOfSquares() -> Double {
    prepare()
    // Locals, so that the stores into `e` need not reload them.
    let (w, e, phi, theta) = (errors, residuals, ar, loading)
    let (start, maOrder) = (arCount, maCount)
    guard w.count > start else { return .infinity }
    var sum = 0.0
    for t in 0..<start { e[t] = 0 }
    for t in start..<w.count {
      var value = w[t]
      for i in 0..<start { value -= phi[i] * w[t - i - 1] }
      for j in 0..<Swift.min(maOrder, t) { value -= theta[j + 1] * e[t - j - 1] }
      e[t] = value
      sum += value * value
    }
    let mean = sum / Double(w.count - start)
    return mean.isFinite ? mean : .infinity
  }
}
