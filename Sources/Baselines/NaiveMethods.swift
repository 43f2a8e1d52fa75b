import ForecastCore

/// The benchmark forecasts of Hyndman & Athanasopoulos (FPP, §5.2), with the
/// prediction intervals of R's `naive`, `snaive`, `rwf(drift = TRUE)` and `meanf`.
///
/// - naive: `ŷ_{n+h} = y_n`, variance `σ²h`, σ² the mean squared one-step change;
/// - seasonal naive: the value one cycle earlier, variance `σ²(⌊(h−1)/m⌋ + 1)`, σ² the
///   mean squared seasonal change;
/// - drift: `y_n + h·(y_n − y_1)/(n − 1)`, variance `σ²h(1 + h/(n − 1))`, σ² from the
///   changes around their mean;
/// - mean: `ȳ`, interval `ȳ ± t_{n−1}·s·√(1 + 1/n)`.
public enum NaiveMethod: String, Sendable, Hashable, Codable, CaseIterable {
  case naive, seasonalNaive = "snaive", drift, mean

  /// Forecasts `series` `horizon` steps ahead.
  public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double]) -> Forecast? {
    let y = series.values
    let n = y.count
    guard n >= 1, y.allSatisfy(\.isFinite) else { return nil }
    switch self {
    case .naive:
      let sigma2 = Self.meanSquare(of: Self.differences(y, lag: 1), centred: false)
      let mean = [Double](repeating: y[n - 1], count: horizon)
      return Forecast.gaussian(
        mean: mean, standardDeviations: (1...horizon).map { (sigma2 * Double($0)).squareRoot() },
        levels: levels)
    case .seasonalNaive:
      let m = series.period
      guard m > 1, n >= m else {
        return NaiveMethod.naive.forecast(series, horizon: horizon, levels: levels)
      }
      let sigma2 = Self.meanSquare(of: Self.differences(y, lag: m), centred: false)
      let mean = (0..<horizon).map { y[n - m + $0 % m] }
      let deviations = (0..<horizon).map { (sigma2 * Double($0 / m + 1)).squareRoot() }
      return Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
    case .drift:
      guard n >= 2 else {
        return NaiveMethod.naive.forecast(series, horizon: horizon, levels: levels)
      }
      let slope = (y[n - 1] - y[0]) / Double(n - 1)
      let sigma2 = Self.meanSquare(of: Self.differences(y, lag: 1), centred: true)
      let mean = (1...horizon).map { y[n - 1] + Double($0) * slope }
      let deviations = (1...horizon).map { h -> Double in
        (sigma2 * Double(h) * (1 + Double(h) / Double(n - 1))).squareRoot()
      }
      return Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
    case .mean:
      let average = y.reduce(0, +) / Double(n)
      let s2 = n > 1 ? y.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(n - 1) : 0
      let spread = (s2 * (1 + 1 / Double(n))).squareRoot()
      let intervals = levels.map { level -> Forecast.Interval in
        let q =
          n > 1
          ? StudentTDistribution(degreesOfFreedom: Double(n - 1)).quantile(0.5 + level / 200) : 0
        return Forecast.Interval(
          level: level, lower: [Double](repeating: average - q * spread, count: horizon),
          upper: [Double](repeating: average + q * spread, count: horizon))
      }
      return Forecast(mean: [Double](repeating: average, count: horizon), intervals: intervals)
    }
  }

  static func differences(_ y: [Double], lag: Int) -> [Double] {
    guard y.count > lag else { return [] }
    return (lag..<y.count).map { y[$0] - y[$0 - lag] }
  }

  /// Mean square of `values` (around their mean when `centred`, with n − 1); 0 when empty.
  static func meanSquare(of values: [Double], centred: Bool) -> Double {
    guard !values.isEmpty else { return 0 }
    if centred {
      guard values.count > 1 else { return 0 }
      let mean = values.reduce(0, +) / Double(values.count)
      return values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count - 1)
    }
    return values.reduce(0) { $0 + $1 * $1 } / Double(values.count)
  }
}
