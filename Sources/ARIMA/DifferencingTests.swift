import ForecastCore

/// How many differences a series needs, as `forecast::ndiffs` and `nsdiffs` decide.
///
/// - Regular differences: the KPSS test of level stationarity (Kwiatkowski, Phillips,
///   Schmidt & Shin 1992) at 5 %, repeated on the differenced series up to d = 2. The
///   statistic is `Σ S_t² / (n² σ̂²)` with `S_t` the partial sums of the demeaned
///   series and `σ̂²` the Newey–West long-run variance with the Bartlett kernel and
///   `l = ⌊3√n / 13⌋` lags (Hobijn, Franses & Ooms 2004, as `ndiffs` uses); the 5 %
///   critical value is 0.463.
/// - Seasonal differences: one when the seasonal strength of the STL decomposition,
///   `max(0, 1 − Var(R)/Var(S + R))` (Wang, Smith & Hyndman 2006), exceeds 0.64, R's
///   default threshold (`nsdiffs(test = "seas")`); never more than one.
public enum DifferencingTests {
  /// The 5 % critical value of the KPSS level-stationarity test.
  public static let kpssCritical5 = 0.463

  /// The KPSS statistic of `x` (level stationarity).
  public static func kpss(_ x: [Double]) -> Double {
    let n = x.count
    guard n >= 3 else { return 0 }
    let mean = x.reduce(0, +) / Double(n)
    let e = x.map { $0 - mean }
    var partial = 0.0
    var sumOfSquares = 0.0
    for value in e {
      partial += value
      sumOfSquares += partial * partial
    }
    let lags = Int((3 * Double(n).squareRoot() / 13).rounded(.down))
    var variance = e.reduce(0) { $0 + $1 * $1 } / Double(n)
    if lags > 0 {
      for s in 1...lags {
        var covariance = 0.0
        for t in s..<n { covariance += e[t] * e[t - s] }
        variance += 2 * (1 - Double(s) / Double(lags + 1)) * covariance / Double(n)
      }
    }
    guard variance > 0 else { return 0 }
    return sumOfSquares / (Double(n) * Double(n) * variance)
  }

  /// The number of regular differences (0, 1 or 2).
  public static func regularDifferences(_ x: [Double], maximum: Int = 2) -> Int {
    var series = x
    var d = 0
    while d < maximum, series.count > 3, !isConstant(series), kpss(series) > kpssCritical5 {
      series = zip(series.dropFirst(), series).map { $0 - $1 }
      d += 1
    }
    return d
  }

  /// The seasonal strength of `series` (0 when it cannot be measured), from its STL
  /// decomposition with a seasonal window of 11 (R's `mstl`).
  public static func seasonalStrength(_ series: TimeSeries) -> Double {
    guard series.count >= 2 * series.period + 1 else { return 0 }
    return STLDecomposition(series)?.seasonalStrength ?? 0
  }

  /// The number of seasonal differences (0 or 1).
  public static func seasonalDifferences(_ series: TimeSeries) -> Int {
    seasonalStrength(series) > 0.64 ? 1 : 0
  }

  static func isConstant(_ x: [Double]) -> Bool {
    guard let first = x.first else { return true }
    return x.allSatisfy { $0 == first }
  }
}
