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

  /// Whether every number is finite.
  public var isFinite: Bool {
    mean.allSatisfy(\.isFinite)
      && intervals.allSatisfy { $0.lower.allSatisfy(\.isFinite) && $0.upper.allSatisfy(\.isFinite) }
  }

  /// Intervals symmetric around the mean from per-horizon standard deviations,
  /// `mean ± z_{(1+level)/2}·sd` (Gaussian forecast errors).
  public static func gaussian(mean: [Double], standardDeviations: [Double], levels: [Double]) -> Forecast {
    let intervals = levels.map { level -> Interval in
      let z = NormalDistribution.quantile(0.5 + level / 200)
      return Interval(
        level: level, lower: zip(mean, standardDeviations).map { $0 - z * $1 },
        upper: zip(mean, standardDeviations).map { $0 + z * $1 })
    }
    return Forecast(mean: mean, intervals: intervals)
  }

  /// Intervals from simulated sample paths: the empirical (1−level)/2 and
  /// (1+level)/2 quantiles of the paths at each horizon (type-7 interpolation).
  public static func fromPaths(mean: [Double], paths: [[Double]], levels: [Double]) -> Forecast {
    let horizon = mean.count
    var sorted = (0..<horizon).map { h in paths.map { $0[h] }.sorted() }
    func quantile(_ h: Int, _ p: Double) -> Double {
      let values = sorted[h]
      let position = p * Double(values.count - 1)
      let below = Int(position.rounded(.down))
      let above = Swift.min(below + 1, values.count - 1)
      let weight = position - Double(below)
      return values[below] * (1 - weight) + values[above] * weight
    }
    let intervals = levels.map { level in
      Interval(
        level: level, lower: (0..<horizon).map { quantile($0, 0.5 - level / 200) },
        upper: (0..<horizon).map { quantile($0, 0.5 + level / 200) })
    }
    sorted.removeAll()
    return Forecast(mean: mean, intervals: intervals)
  }

  /// Element-wise combination of several forecasts of the same horizon and levels.
  public static func combining(_ forecasts: [Forecast], _ combine: ([Double]) -> Double) -> Forecast? {
    guard let first = forecasts.first,
      forecasts.allSatisfy({ $0.horizon == first.horizon && $0.intervals.count == first.intervals.count })
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
