import ForecastCore

/// Maximum-likelihood estimation of an ETS model's smoothing parameters and initial
/// states by Nelder–Mead, inside the usual parameter region.
///
/// The criterion is R's: `n·ln Σe² (+ 2·Σ ln|ŷ|)` for multiplicative errors),
/// which is −2 × the concentrated Gaussian log-likelihood up to a constant. The
/// data are divided by their mean absolute value first so that states and
/// smoothing parameters share one scale (the optimum is unchanged; the criterion is
/// recomputed on the original data afterwards). The last seasonal state is
/// determined by normalisation (additive states sum to 0, multiplicative ones to m),
/// so m − 1 seasonal states are free, as in R.
struct ETSEstimator {
  let components: ETSComponents
  let period: Int
  /// Fixed smoothing parameters, or nil to estimate.
  var fixedAlpha: Double?
  var fixedBeta: Double?
  var fixedGamma: Double?
  var fixedPhi: Double?
  var optimizer = NelderMead(relativeTolerance: 1e-8, maximumEvaluations: 4_000)

  static let lowerBound = 1e-4
  static let upperBound = 0.9999
  static let phiBounds = (0.8, 0.98)

  /// Where each estimated quantity sits in the optimiser's vector.
  struct Layout {
    var alpha: Int?
    var beta: Int?
    var gamma: Int?
    var phi: Int?
    var level = 0
    var trend: Int?
    var firstSeason: Int?
    var count = 0
  }

  func layout() -> Layout {
    var layout = Layout()
    var next = 0
    func take() -> Int {
      defer { next += 1 }
      return next
    }
    if fixedAlpha == nil { layout.alpha = take() }
    if components.hasTrend && fixedBeta == nil { layout.beta = take() }
    if components.hasSeason && fixedGamma == nil { layout.gamma = take() }
    if components.trend == .damped && fixedPhi == nil { layout.phi = take() }
    layout.level = take()
    if components.hasTrend { layout.trend = take() }
    if components.hasSeason {
      layout.firstSeason = next
      next += period - 1
    }
    layout.count = next
    return layout
  }

  /// Number of estimated quantities plus one for σ² (R's `np`).
  var parameterCount: Int { layout().count + 1 }

  /// Estimates the model on `y` (strictly positive when the model is multiplicative).
  func estimate(_ y: [Double]) -> ETSParameters? {
    let scale = Swift.max(y.reduce(0) { $0 + abs($1) } / Double(Swift.max(y.count, 1)), 1e-12)
    let scaled = y.map { $0 / scale }
    let layout = layout()
    let states = ETSInitialization.initialStates(scaled, period: period, components: components)
    var start = [Double](repeating: 0, count: layout.count)
    var step = [Double](repeating: 0, count: layout.count)
    let m = Double(period)
    let alphaStart = fixedAlpha ?? Self.lowerBound + 0.2 * (Self.upperBound - Self.lowerBound) / m
    if let i = layout.alpha { (start[i], step[i]) = (alphaStart, 0.05) }
    if let i = layout.beta { (start[i], step[i]) = (Self.lowerBound + 0.1 * (alphaStart - Self.lowerBound), 0.01) }
    if let i = layout.gamma { (start[i], step[i]) = (Self.lowerBound + 0.05 * (1 - alphaStart - Self.lowerBound), 0.02) }
    if let i = layout.phi { (start[i], step[i]) = (0.978, 0.01) }
    start[layout.level] = states.level
    step[layout.level] = Swift.max(0.05 * abs(states.level), 0.01)
    if let i = layout.trend {
      start[i] = states.trend
      step[i] = Swift.max(0.1 * abs(states.trend), 0.005)
    }
    if let first = layout.firstSeason {
      for j in 0..<(period - 1) {
        start[first + j] = states.seasons[j]
        step[first + j] = components.season == .multiplicative ? 0.02 : Swift.max(0.1 * abs(states.seasons[j]), 0.01)
      }
    }
    var seasons = [Double](repeating: 0, count: Swift.max(period, 1))
    let result = scaled.withUnsafeBufferPointer { data in
      seasons.withUnsafeMutableBufferPointer { buffer in
        optimizer.minimize(start: start, step: step) { x in
          criterion(x, layout: layout, data: data, seasons: buffer)
        }
      }
    }
    guard result.value.isFinite, var parameters = unpack(result.point, layout: layout) else { return nil }
    parameters.level *= scale
    parameters.trend *= scale
    if components.season == .additive { parameters.seasons = parameters.seasons.map { $0 * scale } }
    return parameters
  }

  /// The smoothing parameters and states encoded by `x`, or nil outside the region.
  func unpack<C: RandomAccessCollection<Double>>(_ x: C, layout: Layout) -> ETSParameters? where C.Index == Int {
    let base = x.startIndex
    let alpha = layout.alpha.map { x[base + $0] } ?? fixedAlpha ?? 0.5
    let beta = components.hasTrend ? (layout.beta.map { x[base + $0] } ?? fixedBeta ?? 0.1) : 0
    let gamma = components.hasSeason ? (layout.gamma.map { x[base + $0] } ?? fixedGamma ?? 0.01) : 0
    let phi = components.trend == .damped ? (layout.phi.map { x[base + $0] } ?? fixedPhi ?? 0.98) : 1
    guard alpha >= Self.lowerBound, alpha <= Self.upperBound else { return nil }
    if components.hasTrend, layout.beta != nil {
      guard beta >= Self.lowerBound, beta <= alpha else { return nil }
    }
    if components.hasSeason, layout.gamma != nil {
      guard gamma >= Self.lowerBound, gamma <= 1 - alpha else { return nil }
    }
    if components.trend == .damped, layout.phi != nil {
      guard phi >= Self.phiBounds.0, phi <= Self.phiBounds.1 else { return nil }
    }
    var seasons: [Double] = []
    if let first = layout.firstSeason {
      seasons = (0..<(period - 1)).map { x[base + first + $0] }
      let sum = seasons.reduce(0, +)
      seasons.append(components.season == .multiplicative ? Double(period) - sum : -sum)
      if components.season == .multiplicative && seasons.contains(where: { $0 <= 0 }) { return nil }
    }
    return ETSParameters(
      alpha: alpha, beta: beta, gamma: gamma, phi: phi, level: x[base + layout.level],
      trend: layout.trend.map { x[base + $0] } ?? 0, seasons: seasons)
  }

  /// The optimiser's objective: R's likelihood criterion, +∞ outside the region.
  func criterion(
    _ x: UnsafeBufferPointer<Double>, layout: Layout, data: UnsafeBufferPointer<Double>,
    seasons: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    guard let parameters = unpack(x, layout: layout) else { return .infinity }
    for j in parameters.seasons.indices { seasons[j] = parameters.seasons[j] }
    let state = ETSState(
      components: components, period: period, parameters: parameters, level: parameters.level,
      trend: parameters.trend)
    return ETSKernel.run(data, from: state, seasons: seasons).criterion
  }
}
