/// The 90 % autocorrelation test for seasonality used by the M4 benchmarks and by
/// R's `thetaf`.
///
/// The series is seasonal when `|r_m| > z₀.₉₅·√((1 + 2·Σ_{k<m} r_k²)/n)`, where r_k
/// is the sample autocorrelation at lag k, m the period and n the length (Bartlett's
/// standard error of r_m under the hypothesis that autocorrelations beyond lag m−1
/// vanish). Series with period 1 or fewer than 3 full cycles are never seasonal.
public enum SeasonalityTest {
  /// Whether `series` shows seasonality at its period.
  public static func isSeasonal(_ series: TimeSeries) -> Bool {
    let m = series.period
    let n = series.count
    guard m > 1, n >= 3 * m else { return false }
    let r = autocorrelations(series.values, maximumLag: m)
    let variance = (1 + 2 * r[1..<m].reduce(0) { $0 + $1 * $1 }) / Double(n)
    return abs(r[m]) > NormalDistribution.quantile(0.95) * variance.squareRoot()
  }

  /// Sample autocorrelations r₀ = 1, r₁ … r_maxLag (denominator n, as R's `acf`).
  public static func autocorrelations(_ x: [Double], maximumLag: Int) -> [Double] {
    let n = x.count
    let mean = x.reduce(0, +) / Double(n)
    let centred = x.map { $0 - mean }
    let denominator = centred.reduce(0) { $0 + $1 * $1 }
    guard denominator > 0 else { return [1] + [Double](repeating: 0, count: maximumLag) }
    return (0...maximumLag).map { lag in
      var sum = 0.0
      for t in lag..<n { sum += centred[t] * centred[t - lag] }
      return sum / denominator
    }
  }
}
