import ForecastCore

extension FittedETS {
  /// Number of sample paths behind simulated prediction intervals.
  public static let simulationPaths = 5_000

  /// Point forecasts with prediction intervals at `levels` (percent).
  ///
  /// Point forecasts iterate the recursion with zero innovations. Intervals are
  /// Gaussian with the analytic forecast variances of Hyndman et al. (2008, §6.3),
  /// where c_j are the model's impulse responses and μ_h the point forecasts:
  /// - class 1 (additive errors, no multiplicative season): `v_h = σ²(1 + Σ_{j<h} c_j²)`;
  /// - class 2 (multiplicative errors, no multiplicative season):
  ///   `v_h = (1 + σ²)θ_h − μ_h²` with `θ₁ = μ₁²`, `θ_h = μ_h² + σ²Σ_{j<h} c_j²θ_{h−j}`.
  /// For multiplicative seasonality (class 3) they are the empirical quantiles of
  /// ``simulationPaths`` simulated paths drawn from `seed`, so a run replays bit for bit.
  public func forecast(horizon: Int, levels: [Double] = [80, 95], seed: UInt64 = 20_241_130)
    -> Forecast
  {
    let mean = pointForecasts(horizon: horizon)
    guard !levels.isEmpty else { return Forecast(mean: mean, intervals: []) }
    guard components.season != .multiplicative else {
      // Paths on which the recursion left the model's domain are dropped; if more
      // than a tenth did, the intervals are reported as not computable (NaN).
      let paths = simulate(horizon: horizon, paths: Self.simulationPaths, seed: seed)
        .filter { $0.allSatisfy(\.isFinite) }
      guard paths.count * 10 >= Self.simulationPaths * 9 else {
        let missing = [Double](repeating: .nan, count: horizon)
        return Forecast(
          mean: mean, intervals: levels.map { .init(level: $0, lower: missing, upper: missing) })
      }
      return Forecast.fromPaths(mean: mean, paths: paths, levels: levels)
    }
    let c = impulseResponses(horizon: horizon)
    var variances = [Double](repeating: 0, count: horizon)
    if components.error == .additive {
      var cumulative = 0.0
      for h in 0..<horizon {
        variances[h] = sigma2 * (1 + cumulative)
        cumulative += c[h] * c[h]
      }
    } else {
      var theta = [Double](repeating: 0, count: horizon)
      for h in 0..<horizon {
        var sum = 0.0
        for j in 1..<Swift.max(1, h + 1) where j <= h { sum += c[j - 1] * c[j - 1] * theta[h - j] }
        theta[h] = mean[h] * mean[h] + sigma2 * sum
        variances[h] = (1 + sigma2) * theta[h] - mean[h] * mean[h]
      }
    }
    return Forecast.gaussian(
      mean: mean, standardDeviations: variances.map { Swift.max($0, 0).squareRoot() },
      levels: levels)
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

  /// c₁ … c_h: the effect of a unit innovation on the forecasts 1 … h steps later,
  /// from the linearised recursion (zero states, one unit shock).
  func impulseResponses(horizon: Int) -> [Double] {
    var zero = parameters
    zero.level = 0
    zero.trend = 0
    // The same updates with an additive error: a multiplicative error would refuse
    // the zero forecast of the zero state.
    var linear = components
    linear.error = .additive
    var state = ETSState(components: linear, period: period, parameters: zero, level: 0, trend: 0)
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
