import ARIMA
import ForecastCore
import Foundation

/// The driven lines' models on log levels: their fit, their forecasts back on levels,
/// and the summed regressors they read.
extension DrivenLineForecaster {
  /// A log-level forecast back on levels: medians and their intervals.
  static func exponentiated(_ logForecast: Forecast) -> Forecast {
    logForecast.mapValues { $0.map(exp) }
  }

  /// `ARIMA(p,1,0) with drift` on the log levels, p ∈ {0, 1} by AICc.
  static func fit(_ logLevels: [Double], drivers: ARIMADrivers) throws(ARIMAError) -> FittedARIMA {
    let growthYears = logLevels.count - 1
    let orders = growthYears >= ElasticityEstimator.minimumForAutoregression ? [0, 1] : [0]
    var best: FittedARIMA?
    var problem = ARIMAError.nonFinite
    for p in orders {
      do {
        let fitted = try ARIMASpecification(p: p, d: 1, q: 0, includesDrift: true).fit(
          TimeSeries(values: logLevels), drivers: drivers)
        if fitted.aicc < best?.aicc ?? .infinity { best = fitted }
      } catch {
        problem = error
      }
    }
    guard let best else { throw problem }
    return best
  }

  /// The running sums of `values` from `start`.
  static func runningSum(_ values: [Double], from start: Double = 0) -> [Double] {
    var total = start
    return values.map {
      total += $0
      return total
    }
  }
}
