import RealModule

/// One ETS model's state and its one-step recursion.
///
/// The same `step` drives estimation (observed y), point forecasts (y = ŷ, so the
/// innovation is zero), simulation (y drawn around ŷ) and the impulse responses of
/// the analytic forecast variance. Seasonal states live in a circular buffer owned
/// by the caller: `seasons[position]` holds `s_{t−m}` when time t is processed and
/// receives `s_t`.
struct ETSState {
  let components: ETSComponents
  let period: Int
  let alpha: Double
  let beta: Double
  let gamma: Double
  /// φ for a damped trend, 1 otherwise.
  let damping: Double
  var level: Double
  var trend: Double
  var position = 0

  init(
    components: ETSComponents, period: Int, alpha: Double, beta: Double, gamma: Double, phi: Double,
    level: Double, trend: Double
  ) {
    self.components = components
    self.period = Swift.max(1, period)
    self.alpha = alpha
    self.beta = beta
    self.gamma = gamma
    damping = components.trend == .damped ? phi : 1
    self.level = level
    self.trend = components.hasTrend ? trend : 0
  }

  init(
    components: ETSComponents, period: Int, parameters p: ETSParameters, level: Double,
    trend: Double
  ) {
    self.init(
      components: components, period: period, alpha: p.alpha, beta: p.beta, gamma: p.gamma,
      phi: p.phi,
      level: level, trend: trend)
  }

  /// The one-step forecast from the current state, or nil where the model is undefined.
  @inline(__always)
  func forecast(seasons: UnsafeMutableBufferPointer<Double>) -> Double? {
    let q = level + damping * trend
    switch components.season {
    case .none: return q
    case .additive: return q + seasons[position]
    case .multiplicative:
      let s = seasons[position]
      guard s > 0, q > 0 else { return nil }
      return q * s
    }
  }

  /// Processes one observation and updates the states.
  ///
  /// Returns the one-step forecast ŷ and the error (y − ŷ, or (y − ŷ)/ŷ for
  /// multiplicative errors), or nil where the model is undefined. It runs the
  /// estimation kernel on one point, so the recursion is written once.
  mutating func step(_ y: Double, seasons: UnsafeMutableBufferPointer<Double>) -> (
    forecast: Double, error: Double
  )? {
    var forecast = 0.0
    var error = 0.0
    let start = self
    let outcome = withUnsafePointer(to: y) { point in
      ETSKernel.run(
        UnsafeBufferPointer(start: point, count: 1), from: start, seasons: seasons,
        fitted: &forecast,
        residuals: &error)
    }
    guard let next = outcome.state else { return nil }
    self = next
    return (forecast, error)
  }
}

/// One pass of the recursion over the data, for estimation and fitting.
///
/// The pass is specialised at compile time for each combination of error, trend
/// and season type (the `Form` parameters are phantom types whose flags are
/// constants), so the hot loop carries no branches on the model structure. Measured
/// on M3 (`fit --model auto --jobs 1`), this specialisation did not change the time
/// measurably (the branches predict well); what did was decoding the optimiser's
/// vector without allocating (quarterly 2.49 → 2.12 s). The loop is kept as the one
/// place the recursion is written: ``ETSState/step(_:seasons:)`` runs it on one point.
enum ETSKernel {
  /// The end of a pass.
  struct Outcome {
    /// R's `lik`: `n·ln Σe²`, plus `2·Σ ln|ŷ_t|` for multiplicative errors; `+∞`
    /// when a forecast or state left the region where the model is defined.
    var criterion: Double
    /// Σe² (e relative for multiplicative errors).
    var sumOfSquares: Double
    /// The state after the last observation.
    var state: ETSState?

    static let invalid = Outcome(criterion: .infinity, sumOfSquares: .infinity, state: nil)
  }

  /// Runs the recursion on `y` from `state`; `seasons` holds the initial seasonal
  /// states and receives the final ones; `fitted` and `residuals` get ŷ_t and e_t.
  ///
  /// As in R, a multiplicative-error model may forecast a negative value (ln|ŷ| enters
  /// the likelihood) but not zero. Measured on M3: rejecting non-positive forecasts
  /// during estimation changed no category's sMAPE by more than 0.003 and left some
  /// series with no admissible starting point.
  static func run(
    _ y: UnsafeBufferPointer<Double>, from initial: ETSState,
    seasons: UnsafeMutableBufferPointer<Double>,
    fitted: UnsafeMutablePointer<Double>? = nil, residuals: UnsafeMutablePointer<Double>? = nil
  ) -> Outcome {
    let c = initial.components
    func pass<E: Flag, T: Flag, S: SeasonForm>(_: E.Type, _: T.Type, _: S.Type) -> Outcome {
      loop(E.self, T.self, S.self, y, initial, seasons, fitted, residuals)
    }
    let multiplicative = c.error == .multiplicative
    switch (multiplicative, c.hasTrend, c.season) {
    case (false, false, .none): return pass(No.self, No.self, NoSeason.self)
    case (false, false, .additive): return pass(No.self, No.self, AdditiveSeason.self)
    case (false, false, .multiplicative): return pass(No.self, No.self, MultiplicativeSeason.self)
    case (false, true, .none): return pass(No.self, Yes.self, NoSeason.self)
    case (false, true, .additive): return pass(No.self, Yes.self, AdditiveSeason.self)
    case (false, true, .multiplicative): return pass(No.self, Yes.self, MultiplicativeSeason.self)
    case (true, false, .none): return pass(Yes.self, No.self, NoSeason.self)
    case (true, false, .additive): return pass(Yes.self, No.self, AdditiveSeason.self)
    case (true, false, .multiplicative): return pass(Yes.self, No.self, MultiplicativeSeason.self)
    case (true, true, .none): return pass(Yes.self, Yes.self, NoSeason.self)
    case (true, true, .additive): return pass(Yes.self, Yes.self, AdditiveSeason.self)
    case (true, true, .multiplicative): return pass(Yes.self, Yes.self, MultiplicativeSeason.self)
    }
  }

  /// The specialised loop: `MultiplicativeError` and `HasTrend` are compile-time flags.
  @inline(__always)
  static func loop<MultiplicativeError: Flag, HasTrend: Flag, Season: SeasonForm>(
    _: MultiplicativeError.Type, _: HasTrend.Type, _: Season.Type,
    _ y: UnsafeBufferPointer<Double>, _ initial: ETSState,
    _ seasons: UnsafeMutableBufferPointer<Double>,
    _ fitted: UnsafeMutablePointer<Double>?, _ residuals: UnsafeMutablePointer<Double>?
  ) -> Outcome {
    let (alpha, beta, gamma, damping, period) = (
      initial.alpha, initial.beta, initial.gamma, initial.damping, initial.period
    )
    var level = initial.level
    var trend = HasTrend.value ? initial.trend : 0
    var position = initial.position
    var sumOfSquares = 0.0
    // Σ ln ŷ_t as ln(Π ŷ_t): the product's binary exponent is moved into an integer
    // every four factors, so one logarithm per pass replaces one per observation.
    var product = 1.0
    var exponent = 0
    // The chain of dependent operations from one step's forecast q to the next bounds a
    // pass, so the states are carried in the form that keeps it shortest. Without a
    // trend, q is the level: ℓ_t = (1 − α)·q + α·base, one multiply and one add from q.
    // With a trend, q_{t+1} = ℓ_t + φb_t is carried itself instead of ℓ:
    //   q_{t+1} = (1 − α − φβ)·q_t + [(α + φβ)·base_t + φ²·b_{t−1}],
    //   b_t = (φ·b_{t−1} + β·base_t) − β·q_t,
    // where the bracket does not depend on q_t, so q is again one multiply and one add
    // from the previous q (three dependent operations in the ℓ, b form). The level is
    // formed from q at the last step only. base is the observation seasonally adjusted,
    // which does not depend on q either.
    let keepLevel = 1 - alpha
    let keepForecast = 1 - alpha - damping * beta
    let towardsBase = alpha + damping * beta
    let dampingSquared = damping * damping
    var q = HasTrend.value ? level + damping * trend : level
    let last = y.count - 1
    for t in 0..<y.count {
      let observation = y[t]
      let forecast: Double
      // What the level moves towards: the observation, seasonally adjusted.
      let base: Double
      switch Season.kind {
      case .none:
        forecast = q
        base = observation
      case .additive:
        let s = seasons[position]
        forecast = q + s
        base = observation - s
        seasons[position] = s + gamma * (observation - q - s)
      case .multiplicative:
        let s = seasons[position]
        guard s > 0, q > 0 else { return .invalid }
        forecast = q * s
        base = observation / s
        seasons[position] = s + gamma * (observation / q - s)
      }
      let error: Double
      if MultiplicativeError.value {
        guard abs(forecast) > 1e-10 else { return .invalid }
        error = (observation - forecast) / forecast
        product *= abs(forecast)
        if t & 3 == 3 {
          // The exponent field read from the bits: product is positive, and normal
          // unless a forecast is astronomically large or small (then the pass is refused).
          let bits = product.bitPattern
          let field = Int(truncatingIfNeeded: bits >> 52)
          guard field != 0, field != 0x7ff else { return .invalid }
          exponent += field - 1023
          product = Double(bitPattern: bits & 0x000f_ffff_ffff_ffff | 0x3ff0_0000_0000_0000)
        }
      } else {
        error = observation - forecast
      }
      fitted?[t] = forecast
      residuals?[t] = error
      sumOfSquares += error * error
      if HasTrend.value {
        if t == last { level = keepLevel * q + alpha * base }
        let nextTrend = (damping * trend + beta * base) - beta * q
        q = keepForecast * q + (towardsBase * base + dampingSquared * trend)
        trend = nextTrend
      } else {
        q = keepLevel * q + alpha * base
      }
      if Season.kind != .none {
        position += 1
        if position == period { position = 0 }
      }
    }
    if !HasTrend.value { level = q }
    guard level.isFinite, trend.isFinite else { return .invalid }
    let sumOfLogs =
      MultiplicativeError.value
      ? Double.log(product) + Double(exponent) * 0.693_147_180_559_945_3 : 0
    guard sumOfLogs.isFinite else { return .invalid }
    var final = initial
    final.level = level
    final.trend = trend
    final.position = position
    let criterion = Double(y.count) * Double.log(Swift.max(sumOfSquares, 1e-300)) + 2 * sumOfLogs
    return Outcome(criterion: criterion, sumOfSquares: sumOfSquares, state: final)
  }
}

/// A compile-time boolean, for specialising the kernel.
protocol Flag { static var value: Bool { get } }
enum Yes: Flag { static var value: Bool { true } }
enum No: Flag { static var value: Bool { false } }

/// A compile-time seasonal form, for specialising the kernel.
protocol SeasonForm { static var kind: ETSComponents.SeasonType { get } }
enum NoSeason: SeasonForm { static var kind: ETSComponents.SeasonType { .none } }
enum AdditiveSeason: SeasonForm { static var kind: ETSComponents.SeasonType { .additive } }
enum MultiplicativeSeason: SeasonForm {
  static var kind: ETSComponents.SeasonType { .multiplicative }
}
