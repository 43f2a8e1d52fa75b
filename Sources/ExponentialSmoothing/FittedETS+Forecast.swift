import ForecastCore

extension FittedETS {
  /// Number of sample paths behind simulated prediction intervals.
  public static let simulationPaths = 5_000

  /// Point forecasts with prediction intervals at `levels` (percent).
  ///
  /// Point forecasts iterate the recursion with zero innovations. Intervals are
  /// analytic for linear models (additive errors, no multiplicative season):
  /// `Var(e_{n+h}) = σ²(1 + Σ_{j<h} c_j²)`, the c_j being the model's impulse
  /// responses (Hyndman et al. 2008, class 1); for the other models they are the
  /// empirical quantiles of ``simulationPaths`` simulated paths, drawn from `seed`
  /// so that a run replays bit for bit.
  public func forecast(horizon: Int, levels: [Double] = [80, 95], seed: UInt64 = 20_241_130) -> Forecast {
    let mean = pointForecasts(horizon: horizon)
    guard !levels.isEmpty else { return Forecast(mean: mean, intervals: []) }
    if components.isLinear {
      let responses = impulseResponses(horizon: horizon)
      var cumulative = 0.0
      let deviations = (0..<horizon).map { h -> Double in
        defer { cumulative += responses[h] * responses[h] }
        return (sigma2 * (1 + cumulative)).squareRoot()
      }
      return Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
    }
    let paths = simulate(horizon: horizon, paths: Self.simulationPaths, seed: seed)
    return Forecast.fromPaths(mean: mean, paths: paths, levels: levels)
  }

  /// Point forecasts ŷ_{n+1} … ŷ_{n+h}.
  public func pointForecasts(horizon: Int) -> [Double] {
    var (state, seasons) = originState()
    return seasons.withUnsafeMutableBufferPointer { buffer in
      (0..<horizon).map { _ in
        guard let forecast = state.forecast(seasons: buffer) else { return .nan }
        _ = state.step(forecast, seasons: buffer)
        return forecast
      }
    }
  }

  /// c₁ … c_h: the effect of a unit innovation on the forecasts 1 … h steps later
  /// (only meaningful for linear models).
  func impulseResponses(horizon: Int) -> [Double] {
    var zero = parameters
    zero.level = 0
    zero.trend = 0
    var state = ETSState(components: components, period: period, parameters: zero, level: 0, trend: 0)
    var seasons = [Double](repeating: 0, count: finalSeasons.count)
    return seasons.withUnsafeMutableBufferPointer { buffer in
      _ = state.step(1, seasons: buffer)
      return (0..<horizon).map { _ in
        let response = state.forecast(seasons: buffer) ?? 0
        _ = state.step(response, seasons: buffer)
        return response
      }
    }
  }

  /// Sample paths of the next `horizon` observations, with Gaussian innovations of
  /// variance σ² (relative for multiplicative errors), from `seed`.
  public func simulate(horizon: Int, paths: Int, seed: UInt64) -> [[Double]] {
    var random = SeededRandom(seed: seed)
    let sigma = sigma2.squareRoot()
    let (origin, originSeasons) = originState()
    var seasons = originSeasons
    return (0..<paths).map { _ in
      var state = origin
      for j in seasons.indices { seasons[j] = originSeasons[j] }
      return seasons.withUnsafeMutableBufferPointer { buffer in
        (0..<horizon).map { _ -> Double in
          guard let forecast = state.forecast(seasons: buffer) else { return .nan }
          let shock = sigma * random.normal()
          let y = components.error == .multiplicative ? forecast * (1 + shock) : forecast + shock
          _ = state.step(y, seasons: buffer)
          return y
        }
      }
    }
  }
}
