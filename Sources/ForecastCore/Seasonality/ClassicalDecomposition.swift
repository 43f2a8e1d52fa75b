/// Classical seasonal decomposition by moving averages (as R's `decompose`).
///
/// The trend is the centred moving average of order m (a 2×m average when m is
/// even); the seasonal figure of each position in the cycle is the mean of the
/// detrended values there (`y/trend` for the multiplicative form, `y − trend` for
/// the additive one), normalised to average 1 (or 0).
public struct ClassicalDecomposition: Sendable {
  /// Additive or multiplicative seasonality.
  public enum Kind: Sendable { case additive, multiplicative }

  /// The seasonal figure, one value per position in the cycle, starting with the
  /// position of the series' first observation.
  public let figure: [Double]
  /// The form used.
  public let kind: Kind

  /// Decomposes `series`; nil when it has fewer than two full cycles or period 1.
  public init?(_ series: TimeSeries, kind: Kind) {
    let m = series.period
    let y = series.values
    let n = y.count
    guard m > 1, n >= 2 * m else { return nil }
    let trend = Self.centredMovingAverage(y, order: m)
    var sums = [Double](repeating: 0, count: m)
    var counts = [Int](repeating: 0, count: m)
    for t in 0..<n {
      guard let level = trend[t] else { continue }
      if kind == .multiplicative && level == 0 { continue }
      sums[t % m] += kind == .multiplicative ? y[t] / level : y[t] - level
      counts[t % m] += 1
    }
    guard counts.allSatisfy({ $0 > 0 }) else { return nil }
    var figure = (0..<m).map { sums[$0] / Double(counts[$0]) }
    let average = figure.reduce(0, +) / Double(m)
    if kind == .multiplicative {
      guard average > 0 else { return nil }
      figure = figure.map { $0 / average }
    } else {
      figure = figure.map { $0 - average }
    }
    self.figure = figure
    self.kind = kind
  }

  /// The seasonal component at time index t (0 = first observation), for any t ≥ 0.
  public func seasonal(at t: Int) -> Double { figure[t % figure.count] }

  /// The seasonally adjusted series.
  public func adjust(_ y: [Double]) -> [Double] {
    y.indices.map { kind == .multiplicative ? y[$0] / seasonal(at: $0) : y[$0] - seasonal(at: $0) }
  }

  /// Re-seasonalises forecasts made at time indices `offset`, `offset + 1`, ….
  public func reseasonalize(_ values: [Double], offset: Int) -> [Double] {
    values.indices.map {
      kind == .multiplicative
        ? values[$0] * seasonal(at: offset + $0) : values[$0] + seasonal(at: offset + $0)
    }
  }

  /// The centred moving average of order m (2×m when m is even); nil at the ends.
  public static func centredMovingAverage(_ y: [Double], order m: Int) -> [Double?] {
    let n = y.count
    var result = [Double?](repeating: nil, count: n)
    let half = m / 2
    for t in half..<Swift.max(half, n - half) {
      var sum = 0.0
      if m % 2 == 1 {
        for k in (t - half)...(t + half) { sum += y[k] }
        result[t] = sum / Double(m)
      } else {
        for k in (t - half + 1)...(t + half - 1) { sum += y[k] }
        sum += 0.5 * (y[t - half] + y[t + half])
        result[t] = sum / Double(m)
      }
    }
    return result
  }
}
