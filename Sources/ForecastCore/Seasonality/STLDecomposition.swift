/// Seasonal-trend decomposition by loess (Cleveland, Cleveland, McRae & Terpenning
/// 1990), as R's `stl` with its defaults and a seasonal window: the seasonal component
/// may change from cycle to cycle, which a classical decomposition's fixed figure
/// cannot follow.
///
/// The inner loop runs twice, without robustness weights (R's `robust = FALSE`):
/// detrend; smooth each cycle-subseries by loess of degree 0 over `seasonalWindow`
/// points, extended one cycle at each end; remove from it its low-pass filter (moving
/// averages of m, m and 3 points, then loess of degree 1 over the next odd number
/// after m); smooth the deseasonalised series by loess of degree 1 over
/// `nextodd(⌈1.5 m / (1 − 1.5 / seasonalWindow)⌉)` points for the trend. As R's
/// Fortran, each loess is evaluated every `⌈window / 10⌉` points (R's `s.jump`,
/// `l.jump`, `t.jump`) and at the last one, and interpolated linearly in between;
/// `everyPoint` evaluates it at every point instead (R's jumps of 1).
public struct STLDecomposition: Sendable {
  /// The seasonal component, one value per observation.
  public let seasonal: [Double]
  /// The trend component.
  public let trend: [Double]
  /// What remains: the series less its seasonal and trend components.
  public let remainder: [Double]

  /// Decomposes `series` with a seasonal window of `seasonalWindow` points (odd, at
  /// least 3; R's `mstl` uses 11); nil below two full cycles or for period 1.
  public init?(_ series: TimeSeries, seasonalWindow: Int = 11, everyPoint: Bool = false) {
    let m = series.period
    let y = series.values
    let n = y.count
    guard m > 1, n >= 2 * m, y.allSatisfy(\.isFinite) else { return nil }
    let ns = Swift.max(3, seasonalWindow | 1)
    let nt = Self.nextOdd(Int((1.5 * Double(m) / (1 - 1.5 / Double(ns))).rounded(.up)))
    let nl = Self.nextOdd(m)
    let jump = { (window: Int) in everyPoint ? 1 : (window + 9) / 10 }
    var trend = [Double](repeating: 0, count: n)
    var seasonal = [Double](repeating: 0, count: n)
    for _ in 0..<2 {
      let detrended = zip(y, trend).map { $0 - $1 }
      let cycle = Self.cycleSubseries(detrended, period: m, window: ns, jump: jump(ns))
      var low = Self.movingAverage(cycle, length: m)
      low = Self.movingAverage(low, length: m)
      low = Self.movingAverage(low, length: 3)
      low = Self.loess(low, window: nl, degree: 1, jump: jump(nl))
      seasonal = (0..<n).map { cycle[m + $0] - low[$0] }
      trend = Self.loess(zip(y, seasonal).map { $0 - $1 }, window: nt, degree: 1, jump: jump(nt))
    }
    self.seasonal = seasonal
    self.trend = trend
    remainder = (0..<n).map { y[$0] - seasonal[$0] - trend[$0] }
  }

  /// The strength of the seasonality, `max(0, 1 − Var(R) / Var(S + R))` with sample
  /// variances (Wang, Smith & Hyndman 2006), as `forecast::nsdiffs` measures it; 0 when
  /// the seasonal and remainder components do not vary.
  public var seasonalStrength: Double {
    let variance = { (v: [Double]) -> Double in
      let mean = v.reduce(0, +) / Double(v.count)
      return v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(Swift.max(v.count - 1, 1))
    }
    let total = variance(zip(seasonal, remainder).map { $0 + $1 })
    guard total > 0 else { return 0 }
    return Swift.max(0, 1 - variance(remainder) / total)
  }

  /// Each cycle-subseries smoothed by loess of degree 0 and extended by one value at
  /// each end, laid back in time order: n + 2m values, from one cycle before the first
  /// observation to one after the last.
  static func cycleSubseries(_ x: [Double], period m: Int, window: Int, jump: Int) -> [Double] {
    var out = [Double](repeating: 0, count: x.count + 2 * m)
    for position in 0..<m {
      let sub = Swift.stride(from: position, to: x.count, by: m).map { x[$0] }
      let inner = loess(sub, window: window, degree: 0, jump: jump)
      // An end without positive weights repeats its neighbour, as R's `ss` does.
      let before = loessAt(-1, sub, window: window, degree: 0) ?? inner[0]
      let after = loessAt(Double(sub.count), sub, window: window, degree: 0) ?? inner[sub.count - 1]
      let smoothed = [before] + inner + [after]
      for (j, value) in smoothed.enumerated() { out[position + j * m] = value }
    }
    return out
  }

  /// The moving averages of `length` consecutive values (`x.count − length + 1` of them).
  static func movingAverage(_ x: [Double], length: Int) -> [Double] {
    guard x.count >= length else { return [] }
    var sum = x[0..<length].reduce(0, +)
    var out = [sum / Double(length)]
    for i in length..<x.count {
      sum += x[i] - x[i - length]
      out.append(sum / Double(length))
    }
    return out
  }

  /// `x` smoothed by loess at every `jump`-th position and the last, linearly
  /// interpolated in between (R's `stless`); a position without positive weights
  /// keeps its value.
  static func loess(_ x: [Double], window: Int, degree: Int, jump: Int = 1) -> [Double] {
    let n = x.count
    guard n > 0 else { return [] }
    var out = x
    var evaluated = Array(Swift.stride(from: 0, to: n, by: jump))
    if evaluated.last != n - 1 { evaluated.append(n - 1) }
    for i in evaluated { out[i] = loessAt(Double(i), x, window: window, degree: degree) ?? x[i] }
    for (a, b) in zip(evaluated, evaluated.dropFirst()) where b > a + 1 {
      let slope = (out[b] - out[a]) / Double(b - a)
      for j in (a + 1)..<b { out[j] = out[a] + slope * Double(j - a) }
    }
    return out
  }

  /// The loess estimate at position `at` (0 = first value, possibly outside the data)
  /// from the `window` nearest values, tricube-weighted, locally constant (degree 0) or
  /// linear (degree 1), as the `est` routine of R's `stl`; nil when no weight is
  /// positive.
  static func loessAt(_ at: Double, _ x: [Double], window: Int, degree: Int) -> Double? {
    let n = x.count
    guard n > 0 else { return nil }
    var left = 0
    var right = n - 1
    if window < n {
      // The `window` positions nearest `at`, ties to the left as a sliding window.
      let centre = Int(at.rounded(.down))
      left = Swift.min(Swift.max(0, centre - (window - 1) / 2), n - window)
      right = left + window - 1
    }
    var h = Swift.max(at - Double(left), Double(right) - at)
    if window > n { h += Double((window - n) / 2) }
    var weights = [Double](repeating: 0, count: right - left + 1)
    for j in left...right {
      let r = abs(Double(j) - at)
      if r <= 0.999 * h {
        weights[j - left] = r <= 0.001 * h ? 1 : pow3(1 - pow3(r / h))
      }
    }
    let total = weights.reduce(0, +)
    guard total > 0 else { return nil }
    for j in weights.indices { weights[j] /= total }
    if degree > 0, h > 0 {
      var mean = 0.0
      for j in left...right { mean += weights[j - left] * Double(j) }
      var spread = 0.0
      for j in left...right {
        spread += weights[j - left] * (Double(j) - mean) * (Double(j) - mean)
      }
      if spread.squareRoot() > 0.001 * Double(n - 1) {
        let slope = (at - mean) / spread
        for j in left...right { weights[j - left] *= slope * (Double(j) - mean) + 1 }
      }
    }
    var estimate = 0.0
    for j in left...right { estimate += weights[j - left] * x[j] }
    return estimate
  }

  private static func pow3(_ v: Double) -> Double { v * v * v }

  /// The smallest odd number at least `k`.
  static func nextOdd(_ k: Int) -> Int { k % 2 == 0 ? k + 1 : k }
}
