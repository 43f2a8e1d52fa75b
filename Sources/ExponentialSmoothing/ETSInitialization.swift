import ForecastCore

/// Starting values for ETS estimation.
///
/// The initial states follow the heuristic of Hyndman et al. (2008, §2.6.1).
///
/// Seasonal states come from a classical decomposition (additive or multiplicative,
/// as the model), clamped to ≥ 0.01 when multiplicative; the level and trend from a
/// least-squares line through the first max(10, 2m) deseasonalised observations
/// (the mean of those points when there is no trend).
enum ETSInitialization {
  static func initialStates(_ y: [Double], period m: Int, components: ETSComponents)
    -> (level: Double, trend: Double, seasons: [Double])
  {
    var adjusted = y
    var seasons: [Double] = []
    if components.hasSeason {
      let kind: ClassicalDecomposition.Kind =
        components.season == .additive ? .additive : .multiplicative
      if let decomposition = ClassicalDecomposition(TimeSeries(values: y, period: m), kind: kind) {
        seasons = decomposition.figure
        if kind == .multiplicative { seasons = seasons.map { Swift.max($0, 0.01) } }
      } else {
        seasons = [Double](repeating: kind == .multiplicative ? 1 : 0, count: m)
      }
      adjusted = y.indices.map {
        kind == .multiplicative ? y[$0] / seasons[$0 % m] : y[$0] - seasons[$0 % m]
      }
    }
    let count = Swift.min(Swift.max(10, 2 * m), adjusted.count)
    let head = Array(adjusted.prefix(count))
    guard components.hasTrend, count >= 2 else {
      return (head.reduce(0, +) / Double(Swift.max(count, 1)), 0, seasons)
    }
    // Line through (1, y₁) … (k, y_k): slope and value at time 0.
    let times = (1...count).map(Double.init)
    let meanTime = times.reduce(0, +) / Double(count)
    let meanValue = head.reduce(0, +) / Double(count)
    var sxy = 0.0
    var sxx = 0.0
    for i in 0..<count {
      sxy += (times[i] - meanTime) * (head[i] - meanValue)
      sxx += (times[i] - meanTime) * (times[i] - meanTime)
    }
    let slope = sxx > 0 ? sxy / sxx : 0
    return (meanValue - slope * meanTime, slope, seasons)
  }
}
