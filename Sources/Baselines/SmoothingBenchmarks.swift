import ExponentialSmoothing
import ForecastCore

/// Simple exponential smoothing, Holt's linear trend and the damped trend, fitted as
/// the ETS models ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) (R's `ses`, `holt`,
/// `holt(damped = TRUE)`, searched with R's set-up, ``ETSSearch/rSetUp``, so that
/// they and the methods built on them, Theta and Comb, stay R's; series too short for
/// the likelihood get R's least-squares fit, ``ShortSeriesETS``), and the M4 "Comb"
/// benchmark: their average on the seasonally adjusted series.
public enum SmoothingBenchmark: String, Sendable, Hashable, Codable, CaseIterable {
  case ses, holt, damped, comb

  static func components(_ trend: ETSComponents.TrendType) -> ETSComponents {
    ETSComponents(error: .additive, trend: trend, season: .none)
  }

  /// The fitted model (for `ses`, `holt`, `damped`) on a non-seasonal view of `series`.
  public func fit(_ series: TimeSeries) throws(ETSError) -> FittedETS {
    let nonSeasonal = TimeSeries(values: series.values, period: 1, start: series.start)
    let trend: ETSComponents.TrendType =
      switch self {
      case .ses, .comb: .none
      case .holt: .additive
      case .damped: .damped
      }
    if ShortSeriesETS.isShort(series.count, trend: trend) {
      return try ShortSeriesETS.fit(nonSeasonal, trend: trend != .none)
    }
    return try ETSSpecification(components: Self.components(trend), search: .rSetUp).fit(
      nonSeasonal)
  }

  /// Forecasts `series`; for `comb` the three models on the adjusted series.
  public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double]) throws(ETSError)
    -> Forecast
  {
    guard self == .comb else { return try fit(series).forecast(horizon: horizon, levels: levels) }
    let adjustment = SeasonalAdjustment(series)
    var forecasts: [Forecast] = []
    for member in [SmoothingBenchmark.ses, .holt, .damped] {
      if let fit = try? member.fit(adjustment.adjusted) {
        forecasts.append(fit.forecast(horizon: horizon, levels: levels))
      }
    }
    guard let average = Forecast.combining(forecasts, { $0.reduce(0, +) / Double($0.count) }) else {
      throw .noCandidate
    }
    return adjustment.reseasonalize(average, historyCount: series.count)
  }
}
