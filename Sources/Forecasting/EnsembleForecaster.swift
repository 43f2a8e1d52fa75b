import ExponentialSmoothing
import ForecastCore
import Theta

/// The ensemble: the element-wise mean of the automatic-ETS and Theta forecasts
/// (point forecasts and interval bounds), following the "EAT" benchmark of Hyndman
/// (2018) without its ARIMA member until that model family exists.
struct EnsembleForecaster {
  var levels: [Double]
  var seed: UInt64

  func forecast(id: String, series: TimeSeries, horizon: Int) throws -> SeriesOutcome {
    var members: [Forecast] = []
    var names: [String] = []
    var failures: [String] = []
    do {
      let ets = try AutoETS().fit(series)
      members.append(ets.forecast(horizon: horizon, levels: levels, seed: seed))
      names.append(ets.name)
    } catch {
      failures.append("ETS failed: \(error)")
    }
    do {
      members.append(try ThetaMethod().forecast(series, horizon: horizon, levels: levels))
      names.append("Theta")
    } catch {
      failures.append("Theta failed: \(error)")
    }
    guard let combined = Forecast.combining(members, { $0.reduce(0, +) / Double($0.count) }) else {
      throw EnsembleFailure(reasons: failures)
    }
    return SeriesOutcome(
      id: id, forecast: combined, requested: .ensemble, used: .ensemble,
      model: "mean(" + names.joined(separator: ", ") + ")", parameters: [:], aicc: nil, fallbacks: failures)
  }

  struct EnsembleFailure: Error, CustomStringConvertible {
    var reasons: [String]
    var description: String { reasons.joined(separator: "; ") }
  }
}
