import ForecastCore
import LinearAlgebra

/// Prediction bands of a sum of lines (PCH, child welfare, DMTO…), from the lines'
/// archived intervals and the correlation of their one-step residuals; nothing is
/// re-estimated.
///
/// With m_i a line's central forecast and, at level L, its interval read as a normal
/// one, s_i = (upper_i − lower_i) / (2·z_L), the sum is taken as normal with mean Σ m_i
/// and standard deviation √(sᵀ R s), R the lines' residual correlation
/// (``ResidualCorrelation``, the identity when the history is too short): its band is
/// Σ m_i ± z_L·√(sᵀ R s). A single line keeps the width of its own interval (centred
/// on its mean). Lines are independent at R = I (the narrowest band) and move
/// together at R = 1 (the sum of the widths); the accounts' own co-movement decides.
enum LineSumBands {
  /// The band of a sum of lines at `level`.
  ///
  /// From the lines' means, their (lower, upper) bounds at `level` and their
  /// correlation; nil when a bound is missing or not finite.
  static func band(
    means: [Double], bounds: [(Double, Double)], level: Double, correlation: Matrix
  ) -> (Double, Double)? {
    guard !means.isEmpty, means.count == bounds.count,
      bounds.allSatisfy({ $0.0.isFinite && $0.1.isFinite })
    else { return nil }
    let z = NormalDistribution.quantile(0.5 + level / 200)
    let s = bounds.map { ($0.1 - $0.0) / (2 * z) }
    var variance = 0.0
    for i in s.indices {
      for j in s.indices { variance += s[i] * correlation[i, j] * s[j] }
    }
    let total = means.reduce(0, +)
    let half = z * Swift.max(variance, 0).squareRoot()
    return (total - half, total + half)
  }
}

extension ReportData {
  /// The bands of the sum of the line nodes that satisfy `include`, by forecast year
  /// and level (``LineSumBands``).
  func lineSumBands(_ include: (String) -> Bool) -> [Int: [Double: (Double, Double)]] {
    let nodes = forecasts.keys.sorted().filter { $0.hasPrefix("line/") && include($0) }
    guard !nodes.isEmpty else { return [:] }
    let correlation = ResidualCorrelation.matrix(of: nodes, in: self)
    var bands: [Int: [Double: (Double, Double)]] = [:]
    for year in forecastYears {
      let cells = nodes.compactMap { forecasts[$0]?[year] }
      guard cells.count == nodes.count else { continue }
      for level in manifest.parameters.levels {
        let bounds = cells.compactMap { $0.bounds[level] }
        guard bounds.count == cells.count else { continue }
        bands[year, default: [:]][level] = LineSumBands.band(
          means: cells.map(\.mean), bounds: bounds, level: level, correlation: correlation)
      }
    }
    return bands
  }
}
