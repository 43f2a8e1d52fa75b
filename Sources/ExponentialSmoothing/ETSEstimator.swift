import ForecastCore

/// Maximum-likelihood estimation of an ETS model's smoothing parameters and initial
/// states by Nelder–Mead, inside the usual parameter region.
///
/// The criterion is R's: `n·ln Σe² (+ 2·Σ ln|ŷ|)` for multiplicative errors),
/// which is −2 × the concentrated Gaussian log-likelihood up to a constant. The last
/// seasonal state is
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
  var region = ETSParameterRegion.default
  var search = ETSSearch.byStructure

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
  ///
  /// Both searches start from R's initial smoothing parameters and the heuristic
  /// states, on the data's own scale; ``ETSSearch`` says which simplex each
  /// structure gets and why.
  func estimate(_ y: [Double]) -> ETSParameters? {
    let layout = layout()
    let states = ETSInitialization.initialStates(y, period: period, components: components)
    var start = [Double](repeating: 0, count: layout.count)
    let alphaStart =
      fixedAlpha ?? Self.lowerBound + 0.2 * (Self.upperBound - Self.lowerBound) / Double(period)
    if let i = layout.alpha { start[i] = alphaStart }
    if let i = layout.beta { start[i] = Self.lowerBound + 0.1 * (alphaStart - Self.lowerBound) }
    if let i = layout.gamma {
      start[i] = Self.lowerBound + 0.05 * (1 - alphaStart - Self.lowerBound)
    }
    if let i = layout.phi {
      start[i] = Self.phiBounds.0 + 0.99 * (Self.phiBounds.1 - Self.phiBounds.0)
    }
    start[layout.level] = states.level
    if let i = layout.trend { start[i] = states.trend }
    if let first = layout.firstSeason {
      for j in 0..<(period - 1) { start[first + j] = states.seasons[j] }
    }
    var seasons = [Double](repeating: 0, count: Swift.max(period, 1))
    let search = search.resolved(for: components)
    let (lower, upper) = search.box(layout: layout, count: start.count)
    if search == .transformed, let lower, let upper {
      // The simplex moves in unconstrained coordinates mapped onto the box.
      let box = LogisticBox(lower: lower, upper: upper)
      let u = box.unconstrained(start)
      // Two logit units on a smoothing parameter, the boxed search's edge elsewhere.
      let boxed = ETSSearch.boxed.steps(from: start)
      let steps = u.indices.map { lower[$0].isFinite ? 2.0 : boxed[$0] }
      var point = start
      let result = y.withUnsafeBufferPointer { data in
        seasons.withUnsafeMutableBufferPointer { buffer in
          point.withUnsafeMutableBufferPointer { x in
            search.optimizer.minimize(start: u, step: steps) { u in
              box.constrain(u, into: x)
              return criterion(UnsafeBufferPointer(x), layout: layout, data: data, seasons: buffer)
            }
          }
        }
      }
      guard result.value.isFinite else { return nil }
      return unpack(box.constrained(result.point), layout: layout)
    }
    let result = y.withUnsafeBufferPointer { data in
      seasons.withUnsafeMutableBufferPointer { buffer in
        search.optimizer.minimize(
          start: start, step: search.steps(from: start), lower: lower, upper: upper
        ) { x in
          criterion(x, layout: layout, data: data, seasons: buffer)
        }
      }
    }
    guard result.value.isFinite else { return nil }
    return unpack(result.point, layout: layout)
  }

  /// Decodes the optimiser's vector into a start state.
  ///
  /// Writes the seasonal states into `seasons`; returns nil outside the usual
  /// region. Allocates nothing: it runs once per objective evaluation.
  @inline(__always)
  func decode(
    _ x: UnsafeBufferPointer<Double>, layout: Layout, seasons: UnsafeMutableBufferPointer<Double>
  )
    -> ETSState?
  {
    let alpha = layout.alpha.map { x[$0] } ?? fixedAlpha ?? 0.5
    let beta = components.hasTrend ? layout.beta.map { x[$0] } ?? fixedBeta ?? 0.1 : 0
    let gamma = components.hasSeason ? layout.gamma.map { x[$0] } ?? fixedGamma ?? 0.01 : 0
    let phi = components.trend == .damped ? layout.phi.map { x[$0] } ?? fixedPhi ?? 0.98 : 1
    if region != .admissible {
      guard isUsual(alpha: alpha, beta: beta, gamma: gamma, phi: phi, layout: layout) else {
        return nil
      }
    }
    if region != .usual {
      guard
        ETSParameterRegion.isAdmissible(
          alpha: alpha, beta: beta, gamma: gamma, phi: phi, components: components, period: period)
      else { return nil }
    }
    if let first = layout.firstSeason {
      var sum = 0.0
      for j in 0..<(period - 1) {
        seasons[j] = x[first + j]
        sum += seasons[j]
      }
      seasons[period - 1] = components.season == .multiplicative ? Double(period) - sum : -sum
      if components.season == .multiplicative {
        for j in 0..<period where seasons[j] <= 0 { return nil }
      }
    }
    return ETSState(
      components: components, period: period, alpha: alpha, beta: beta, gamma: gamma, phi: phi,
      level: x[layout.level], trend: layout.trend.map { x[$0] } ?? 0)
  }

  /// Whether the estimated parameters lie in the usual region (fixed ones are taken
  /// as given).
  @inline(__always)
  func isUsual(alpha: Double, beta: Double, gamma: Double, phi: Double, layout: Layout) -> Bool {
    guard alpha >= Self.lowerBound, alpha <= Self.upperBound else { return false }
    if layout.beta != nil, !(beta >= Self.lowerBound && beta <= alpha) { return false }
    if layout.gamma != nil, !(gamma >= Self.lowerBound && gamma <= 1 - alpha) { return false }
    if layout.phi != nil, !(phi >= Self.phiBounds.0 && phi <= Self.phiBounds.1) { return false }
    return true
  }

  /// The smoothing parameters and states encoded by `point`, or nil outside the region.
  func unpack(_ point: [Double], layout: Layout) -> ETSParameters? {
    var seasons = [Double](repeating: 0, count: components.hasSeason ? period : 1)
    let decoded = point.withUnsafeBufferPointer { x in
      seasons.withUnsafeMutableBufferPointer { decode(x, layout: layout, seasons: $0) }
    }
    guard let state = decoded else { return nil }
    return ETSParameters(
      alpha: state.alpha, beta: state.beta, gamma: state.gamma,
      phi: components.trend == .damped ? state.damping : 1, level: state.level, trend: state.trend,
      seasons: components.hasSeason ? seasons : [])
  }

  /// The optimiser's objective: R's likelihood criterion, +∞ outside the region.
  func criterion(
    _ x: UnsafeBufferPointer<Double>, layout: Layout, data: UnsafeBufferPointer<Double>,
    seasons: UnsafeMutableBufferPointer<Double>
  ) -> Double {
    guard let state = decode(x, layout: layout, seasons: seasons) else { return .infinity }
    return ETSKernel.run(data, from: state, seasons: seasons).criterion
  }
}
