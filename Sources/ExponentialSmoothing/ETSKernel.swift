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

  init(components: ETSComponents, period: Int, parameters p: ETSParameters, level: Double, trend: Double) {
    self.components = components
    self.period = Swift.max(1, period)
    alpha = p.alpha
    beta = p.beta
    gamma = p.gamma
    damping = components.trend == .damped ? p.phi : 1
    self.level = level
    self.trend = components.hasTrend ? trend : 0
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

  /// Processes observation y: returns the one-step forecast ŷ and the error
  /// (y − ŷ, or (y − ŷ)/ŷ for multiplicative errors), then updates the states.
  @inline(__always)
  mutating func step(_ y: Double, seasons: UnsafeMutableBufferPointer<Double>) -> (forecast: Double, error: Double)? {
    let q = level + damping * trend
    let forecast: Double
    let innovation: Double
    switch components.season {
    case .none:
      forecast = q
      innovation = y - q
    case .additive:
      let s = seasons[position]
      forecast = q + s
      innovation = y - s - q
      seasons[position] = s + gamma * (y - q - s)
    case .multiplicative:
      let s = seasons[position]
      guard s > 0, q > 0 else { return nil }
      forecast = q * s
      innovation = y / s - q
      seasons[position] = s + gamma * (y / q - s)
    }
    let error: Double
    if components.error == .multiplicative {
      guard forecast > 0 else { return nil }
      error = (y - forecast) / forecast
    } else {
      error = y - forecast
    }
    level = q + alpha * innovation
    if components.hasTrend { trend = damping * trend + beta * innovation }
    if components.hasSeason {
      position += 1
      if position == period { position = 0 }
    }
    guard level.isFinite else { return nil }
    return (forecast, error)
  }
}

/// One pass of the recursion over the data, for estimation and fitting.
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
  }

  /// Runs the recursion on `y` from `state`; `seasons` holds the initial seasonal
  /// states and receives the final ones; `fitted` and `residuals` get ŷ_t and e_t.
  @inline(__always)
  static func run(
    _ y: UnsafeBufferPointer<Double>, from initial: ETSState, seasons: UnsafeMutableBufferPointer<Double>,
    fitted: UnsafeMutablePointer<Double>? = nil, residuals: UnsafeMutablePointer<Double>? = nil
  ) -> Outcome {
    var state = initial
    var sumOfSquares = 0.0
    // Σ ln ŷ_t as ln(Π ŷ_t): the product's binary exponent is moved into an integer
    // every four factors, so one logarithm per pass replaces one per observation.
    var product = 1.0
    var exponent = 0
    let multiplicative = initial.components.error == .multiplicative
    for t in 0..<y.count {
      guard let (forecast, error) = state.step(y[t], seasons: seasons) else {
        return Outcome(criterion: .infinity, sumOfSquares: .infinity, state: nil)
      }
      fitted?[t] = forecast
      residuals?[t] = error
      sumOfSquares += error * error
      if multiplicative {
        product *= forecast
        if t & 3 == 3 {
          exponent += Int(product.exponent)
          product = product.significand
        }
      }
    }
    let sumOfLogs = multiplicative ? Double.log(product) + Double(exponent) * 0.693_147_180_559_945_3 : 0
    guard sumOfLogs.isFinite else { return Outcome(criterion: .infinity, sumOfSquares: .infinity, state: nil) }
    let criterion = Double(y.count) * Double.log(Swift.max(sumOfSquares, 1e-300)) + 2 * sumOfLogs
    return Outcome(criterion: criterion, sumOfSquares: sumOfSquares, state: state)
  }
}
