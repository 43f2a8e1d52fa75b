/// Point forecasts with prediction intervals, for horizons 1…H.
public struct Forecast: Sendable, Hashable, Codable {
  /// A prediction interval at one coverage level.
  public struct Interval: Sendable, Hashable, Codable {
    /// Nominal coverage in percent, such as 80 or 95.
    public var level: Double
    /// Lower bounds, one per horizon.
    public var lower: [Double]
    /// Upper bounds, one per horizon.
    public var upper: [Double]

    /// An interval at `level` percent.
    public init(level: Double, lower: [Double], upper: [Double]) {
      self.level = level
      self.lower = lower
      self.upper = upper
    }
  }

  /// Point forecasts (the mean of the forecast distribution), horizons 1…H.
  public var mean: [Double]
  /// Intervals, in increasing order of level.
  public var intervals: [Interval]

  /// A forecast.
  public init(mean: [Double], intervals: [Interval]) {
    self.mean = mean
    self.intervals = intervals.sorted { $0.level < $1.level }
  }

  /// The horizon H.
  public var horizon: Int { mean.count }

  /// The interval at `level`, if computed.
  public func interval(level: Double) -> Interval? {
    intervals.first { abs($0.level - level) < 1e-9 }
  }

  /// The forecast with `transform` applied to the means and to every bound, such as a
  /// shift, a scaling or a change of scale (a monotone increasing transform keeps each
  /// bound on its side).
  public func mapValues(_ transform: ([Double]) -> [Double]) -> Forecast {
    Forecast(
      mean: transform(mean),
      intervals: intervals.map {
        Interval(level: $0.level, lower: transform($0.lower), upper: transform($0.upper))
      })
  }

  /// Whether every number is finite.
  public var isFinite: Bool {
    mean.allSatisfy(\.isFinite)
      && intervals.allSatisfy { $0.lower.allSatisfy(\.isFinite) && $0.upper.allSatisfy(\.isFinite) }
  }

  /// Intervals symmetric around the mean from per-horizon standard deviations,
  /// `mean ± z_{(1+level)/2}·sd` (Gaussian forecast errors).
  public static func gaussian(mean: [Double], standardDeviations: [Double], levels: [Double])
    -> Forecast
  {
    let intervals = levels.map { level -> Interval in
      let z = NormalDistribution.quantile(0.5 + level / 200)
      return Interval(
        level: level, lower: zip(mean, standardDeviations).map { $0 - z * $1 },
        upper: zip(mean, standardDeviations).map { $0 + z * $1 })
    }
    return Forecast(mean: mean, intervals: intervals)
  }

  /// Intervals from simulated sample paths: the empirical (1−level)/2 and
  /// (1+level)/2 quantiles of the paths at each horizon (R's type-7 interpolation).
  public static func fromPaths(mean: [Double], paths: [[Double]], levels: [Double]) -> Forecast {
    let horizon = mean.count
    var column = [Double](repeating: 0, count: paths.count)
    var lower = levels.map { _ in [Double](repeating: 0, count: horizon) }
    var upper = lower
    for h in 0..<horizon {
      for (i, path) in paths.enumerated() { column[i] = path[h] }
      for (k, level) in levels.enumerated() {
        lower[k][h] = Self.quantile(&column, 0.5 - level / 200)
        upper[k][h] = Self.quantile(&column, 0.5 + level / 200)
      }
    }
    let intervals = levels.indices.map {
      Interval(level: levels[$0], lower: lower[$0], upper: upper[$0])
    }
    return Forecast(mean: mean, intervals: intervals)
  }

  /// The type-7 sample quantile of `values` (reordered in place by quickselect).
  static func quantile(_ values: inout [Double], _ p: Double) -> Double {
    let position = p * Double(values.count - 1)
    let below = Int(position.rounded(.down))
    let low = select(&values, below)
    guard below + 1 < values.count, position > Double(below) else { return low }
    // After selection, everything right of `below` is ≥ it: the next order statistic is their minimum.
    let high = values[(below + 1)...].min() ?? low
    return low + (position - Double(below)) * (high - low)
  }

  /// Moves the k-th smallest element to index k (Hoare's quickselect, median-of-three pivot).
  static func select(_ values: inout [Double], _ k: Int) -> Double {
    var left = 0
    var right = values.count - 1
    while left < right {
      let middle = (left + right) / 2
      let pivot = Swift.max(
        Swift.min(values[left], values[right]),
        Swift.min(Swift.max(values[left], values[right]), values[middle]))
      var i = left
      var j = right
      while i <= j {
        while values[i] < pivot { i += 1 }
        while values[j] > pivot { j -= 1 }
        if i <= j {
          values.swapAt(i, j)
          i += 1
          j -= 1
        }
      }
      if k <= j { right = j } else if k >= i { left = i } else { break }
    }
    return values[k]
  }

  /// Element-wise combination of several forecasts of the same horizon and levels.
  public static func combining(_ forecasts: [Forecast], _ combine: ([Double]) -> Double)
    -> Forecast?
  {
    guard let first = forecasts.first,
      forecasts.allSatisfy({
        $0.horizon == first.horizon && $0.intervals.count == first.intervals.count
      })
    else { return nil }
    let mean = (0..<first.horizon).map { h in combine(forecasts.map { $0.mean[h] }) }
    let intervals = first.intervals.indices.map { k in
      Interval(
        level: first.intervals[k].level,
        lower: (0..<first.horizon).map { h in combine(forecasts.map { $0.intervals[k].lower[h] }) },
        upper: (0..<first.horizon).map { h in combine(forecasts.map { $0.intervals[k].upper[h] }) })
    }
    return Forecast(mean: mean, intervals: intervals)
  }
}
