/// Accuracy of one series' forecast against its held-out values.
///
/// Definitions (those of `../shared/tools/score.py`, which budgetcast's `score`
/// command must match to 1e-9):
/// - sMAPE (M3): mean over the horizon of 200·|y − f|/(|y| + |f|), a 0/0 term counting 0;
/// - MASE: mean |y − f| divided by the in-sample mean absolute seasonal difference
///   `mean_{t>m}|x_t − x_{t−m}|` (lag 1 when the history is not longer than m);
/// - MAE, RMSE, MAPE (percent, undefined when some y is 0);
/// - coverage: share of held-out values inside an interval;
/// - MSIS (M4) at level 1 − a: mean of (U − L) + (2/a)(L − y)·[y < L] + (2/a)(y − U)·[y > U],
///   divided by the MASE scale.
///
/// MASE and MSIS are nil when the scale is 0 (a constant history).
public struct ForecastAccuracy: Sendable, Hashable, Codable {
  /// Symmetric MAPE in percent, as in M3.
  public var smape: Double
  /// Mean absolute scaled error (nil when the in-sample scale is zero).
  public var mase: Double?
  /// Mean absolute error.
  public var mae: Double
  /// Root mean squared error.
  public var rmse: Double
  /// Mean absolute percentage error in percent (nil when an actual is zero).
  public var mape: Double?
  /// Coverage per interval level (percent → share in [0, 1]).
  public var coverage: [Double: Double]
  /// MSIS of the 95 % interval, when one was given and the scale is positive.
  public var msis: Double?

  /// Scores `forecast` (first `actual.count` horizons) against `actual`.
  public init(history: [Double], period: Int, actual: [Double], forecast: Forecast) {
    let h = actual.count
    let f = Array(forecast.mean.prefix(h))
    var smapeSum = 0.0
    var absSum = 0.0
    var squareSum = 0.0
    var apeSum = 0.0
    var apeDefined = true
    for i in 0..<h {
      let error = abs(actual[i] - f[i])
      let denominator = abs(actual[i]) + abs(f[i])
      smapeSum += denominator > 0 ? 200 * error / denominator : 0
      absSum += error
      squareSum += error * error
      if actual[i] == 0 { apeDefined = false } else { apeSum += 100 * error / abs(actual[i]) }
    }
    let count = Double(Swift.max(h, 1))
    smape = smapeSum / count
    mae = absSum / count
    rmse = (squareSum / count).squareRoot()
    mape = apeDefined ? apeSum / count : nil
    let scale = Self.scale(history: history, period: period)
    mase = scale > 0 ? mae / scale : nil
    var coverage: [Double: Double] = [:]
    for interval in forecast.intervals {
      let inside = (0..<h).filter {
        actual[$0] >= interval.lower[$0] && actual[$0] <= interval.upper[$0]
      }.count
      coverage[interval.level] = Double(inside) / count
    }
    self.coverage = coverage
    if let interval = forecast.interval(level: 95), scale > 0 {
      let a = 0.05
      var penalty = 0.0
      for i in 0..<h {
        let (l, u, y) = (interval.lower[i], interval.upper[i], actual[i])
        penalty += (u - l) + (y < l ? 2 / a * (l - y) : 0) + (y > u ? 2 / a * (y - u) : 0)
      }
      msis = penalty / count / scale
    } else {
      msis = nil
    }
  }

  /// The MASE scale: in-sample mean absolute difference at lag m (1 if n ≤ m).
  public static func scale(history x: [Double], period: Int) -> Double {
    let lag = x.count > period ? period : 1
    guard x.count > lag else { return 0 }
    var sum = 0.0
    for t in lag..<x.count { sum += abs(x[t] - x[t - lag]) }
    return sum / Double(x.count - lag)
  }
}
