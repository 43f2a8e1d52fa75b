import RealModule

/// One specification's exact Gaussian likelihood on its differenced data, evaluated as
/// often as an optimiser asks without allocating: every buffer (coefficients, expanded
/// polynomials, regression errors, state, covariance) is sized once, for the
/// specification, when the estimation starts.
///
/// The model is the zero-mean ARMA process of the differenced regression errors
/// `w_t = ∇y_t − Σ βⱼ·∇x_{j,t}`, in the state-space form of Harvey (1989): state
/// dimension r = max(p + mP, q + mQ + 1), transition T with φ in its first column and
/// ones on its superdiagonal, disturbance loading R = (1, θ₁, …, θ_{r−1})ᵀ, and the
/// observation the first state. The filter (``filter(innovations:)``) starts from the
/// stationary covariance (``ARMAStationaryCovariance``); σ² is concentrated out:
/// `−2ℓ = n·ln(2π·σ̂²) + Σ ln F_t + n` with `σ̂² = (1/n)·Σ v_t²/F_t`, v_t the innovations
/// and F_t their variances relative to σ².
final class ARMALikelihood {
  let specification: ARIMASpecification
  let data: DifferencedData
  /// State dimension r.
  let dimension: Int
  /// p + mP, the expanded AR order.
  let arCount: Int
  /// q + mQ, the expanded MA order.
  let maCount: Int
  /// Natural coefficients: ar, ma, sar, sma, then β.
  let coefficients: UnsafeMutableBufferPointer<Double>
  /// Expanded φ₁…φ_{p+mP}.
  let ar: UnsafeMutableBufferPointer<Double>
  /// R = (1, θ₁, …, θ_{r−1}), θ expanded.
  let loading: UnsafeMutableBufferPointer<Double>
  /// The differenced regression errors w.
  let errors: UnsafeMutableBufferPointer<Double>
  let residuals: UnsafeMutableBufferPointer<Double>
  let covariance: UnsafeMutableBufferPointer<Double>
  let column: UnsafeMutableBufferPointer<Double>
  let state: UnsafeMutableBufferPointer<Double>
  let transformScratch: UnsafeMutableBufferPointer<Double>
  let covarianceScratch: ARMAStationaryCovariance.Scratch

  init(_ specification: ARIMASpecification, data: DifferencedData) {
    self.specification = specification
    self.data = data
    let s = specification
    arCount = s.p + s.period * s.seasonalP
    maCount = s.q + s.period * s.seasonalQ
    let r = Swift.max(arCount, maCount + 1, 1)
    dimension = r
    func buffer(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
      let buffer = UnsafeMutableBufferPointer<Double>.allocate(capacity: Swift.max(count, 1))
      buffer.initialize(repeating: 0)
      return UnsafeMutableBufferPointer(rebasing: buffer[0..<count])
    }
    coefficients = buffer(s.p + s.q + s.seasonalP + s.seasonalQ + data.columns.count)
    ar = buffer(arCount)
    loading = buffer(r)
    errors = buffer(data.series.count)
    residuals = buffer(data.series.count)
    covariance = buffer(r * r)
    column = buffer(r + 1)
    state = buffer(r)
    transformScratch = buffer(Swift.max(s.p, s.q, s.seasonalP, s.seasonalQ))
    let sizes = ARMAStationaryCovariance.Scratch.sizes(arCount: arCount, dimension: r)
    covarianceScratch = ARMAStationaryCovariance.Scratch(
      psi: buffer(sizes.psi), gamma: buffer(sizes.gamma), system: buffer(sizes.system))
  }

  deinit {
    for buffer in [
      coefficients, ar, loading, errors, residuals, covariance, column, state, transformScratch,
      covarianceScratch.psi, covarianceScratch.gamma, covarianceScratch.system,
    ] {
      buffer.baseAddress?.deallocate()
    }
  }

  /// The result of filtering.
  struct Outcome {
    var sumOfSquares: Double
    var sumOfLogs: Double
    var count: Int
    /// Standardised innovations `v_t/√F_t`.
    var innovations: [Double]
    /// The predicted state a_{n+1|n} after the last observation.
    var state: [Double]

    /// The log-likelihood with σ² concentrated out.
    var logLikelihood: Double {
      Self.logLikelihood(sumOfSquares: sumOfSquares, sumOfLogs: sumOfLogs, count: count)
    }

    static func logLikelihood(sumOfSquares: Double, sumOfLogs: Double, count: Int) -> Double {
      let n = Double(count)
      return -0.5 * (n * Double.log(2 * .pi * sumOfSquares / n) + sumOfLogs + n)
    }
  }

  /// −ℓ at the optimiser's unconstrained point (+∞ where the filter fails).
  func negativeLogLikelihood(transformed point: UnsafeBufferPointer<Double>) -> Double {
    setTransformed(point)
    return negativeLogLikelihood()
  }

  /// −ℓ at natural coefficients (+∞ where the filter fails).
  func negativeLogLikelihood(natural point: [Double]) -> Double {
    for i in coefficients.indices { coefficients[i] = point[i] }
    return negativeLogLikelihood()
  }

  private func negativeLogLikelihood() -> Double {
    prepare()
    guard let sums = filter(innovations: nil) else { return .infinity }
    let value = -Outcome.logLikelihood(
      sumOfSquares: sums.squares, sumOfLogs: sums.logs, count: errors.count)
    return value.isFinite ? value : .infinity
  }

  /// The full outcome at natural coefficients (nil where the filter fails).
  func outcome(natural point: [Double]) -> Outcome? {
    for i in coefficients.indices { coefficients[i] = point[i] }
    prepare()
    guard let sums = filter(innovations: residuals) else { return nil }
    return Outcome(
      sumOfSquares: sums.squares, sumOfLogs: sums.logs, count: errors.count,
      innovations: Array(residuals), state: Array(state))
  }

  /// The natural coefficients of the optimiser's point (see ``setTransformed(_:)``),
  /// MA parts made invertible.
  func natural(_ point: [Double]) -> [Double] {
    point.withUnsafeBufferPointer { setTransformed($0) }
    var natural = Array(coefficients)
    let s = specification
    for (start, count) in [(s.p, s.q), (s.p + s.q + s.seasonalP, s.seasonalQ)] where count > 0 {
      natural.replaceSubrange(
        start..<(start + count),
        with: ARMAPolynomials.invertibleMA(Array(natural[start..<(start + count)])))
    }
    return natural
  }

  /// Natural coefficients from the optimiser's point, as R's `arima` with
  /// `transform.pars`: the regular and seasonal AR parts through the PACF map
  /// (stationary), the MA parts and β as they are (a non-invertible MA part has the
  /// likelihood of its invertible twin, to which the estimate is mapped at the end:
  /// ``ARMAPolynomials/invertibleMA(_:)``).
  func setTransformed(_ point: UnsafeBufferPointer<Double>) {
    let s = specification
    for i in coefficients.indices { coefficients[i] = point[i] }
    for (start, count) in [(0, s.p), (s.p + s.q, s.seasonalP)] where count > 0 {
      ARMAPolynomials.stationaryAR(
        UnsafeBufferPointer(rebasing: point[start..<(start + count)]),
        into: UnsafeMutableBufferPointer(rebasing: coefficients[start..<(start + count)]),
        scratch: transformScratch)
    }
  }

  /// Expands the seasonal products into `ar` and `loading`, and computes the
  /// regression errors.
  func prepare() {
    let s = specification
    let m = s.period
    let (c, ar, loading, errors) = (coefficients, ar, loading, errors)
    let (ma, sar, sma, beta) = (
      s.p, s.p + s.q, s.p + s.q + s.seasonalP, s.p + s.q + s.seasonalP + s.seasonalQ
    )
    // (1 − ΣφᵢBⁱ)(1 − ΣΦⱼBʲᵐ) = 1 − Σ a_k Bᵏ and (1 + ΣθᵢBⁱ)(1 + ΣΘⱼBʲᵐ) = 1 + Σ b_k Bᵏ.
    for k in ar.indices { ar[k] = 0 }
    for k in loading.indices { loading[k] = k == 0 ? 1 : 0 }
    for i in 0..<s.p { ar[i] += c[i] }
    for i in 0..<s.q { loading[i + 1] += c[ma + i] }
    for j in 0..<s.seasonalP {
      let lag = (j + 1) * m
      ar[lag - 1] += c[sar + j]
      for i in 0..<s.p { ar[lag + i] -= c[i] * c[sar + j] }
    }
    for j in 0..<s.seasonalQ {
      let lag = (j + 1) * m
      loading[lag] += c[sma + j]
      for i in 0..<s.q { loading[lag + i + 1] += c[ma + i] * c[sma + j] }
    }
    data.series.withUnsafeBufferPointer { series in
      for t in errors.indices { errors[t] = series[t] }
    }
    for (j, column) in data.columns.enumerated() {
      let coefficient = c[beta + j]
      column.withUnsafeBufferPointer { column in
        for t in errors.indices { errors[t] -= coefficient * column[t] }
      }
    }
  }
}
