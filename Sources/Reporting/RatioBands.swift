import ForecastCore
import LinearAlgebra

/// Uncertainty bands of the forecast savings cascade and debt, propagated by simulation
/// from the run's archived forecasts (nothing is re-estimated).
///
/// The uncertain quantities are the four section totals: operating revenue and
/// spending, investment spending and revenue; loans received (chapter 16, ``DebtAccounts``) are held
/// at their forecasts, and interest and capital repayment follow the scenario's debt
/// schedule in each path (existing loans are contractual; new borrowing, and so its
/// interest, varies with the path). For each path:
///
/// 1. yearly shocks `ε_j ~ N(0, R)`, R the correlation of the four sections' one-step
///    residuals (Schäfer–Strimmer shrinkage, Cholesky factor by `dpotrf`), so that
///    revenue and spending move together as they did in the accounts;
/// 2. cumulated like forecast errors of a random walk, `z_h = (ε_1 + … + ε_h)/√h`
///    (standard normal in each year, correlated across years as level errors are);
/// 3. mapped to each section's archived interval as a split normal: `m + z·s₋` below
///    the mean and `m + z·s₊` above, `s± = |bound − m| / z_(1+L)/2` from the widest
///    level L, so each section's simulated quantiles reproduce its own interval;
/// 4. run through the same cascade and debt schedule as the central figures.
///
/// Bands are the empirical quantiles of the paths (linear interpolation), from a
/// generator seeded by the run's seed: the same run always gives the same bands. A
/// path whose gross savings are zero or negative has an unbounded capacité de
/// désendettement; a band reaching it has no upper bound (nil).
public struct RatioBands: Sendable {
  /// One band.
  public struct Band: Sendable, Hashable {
    /// Lower bound (nil: not defined).
    public var lower: Double?
    /// Upper bound (nil: unbounded).
    public var upper: Double?
  }

  /// The measures banded, named as in `runs show --json`.
  public enum Measure: String, Sendable, CaseIterable {
    case operatingRevenue, operatingExpenditure, managementSavings, grossSavings, netSavings
    case grossSavingsRate, outstandingDebt, debtPaydownYears
  }

  /// Bands by forecast year, level (80, 95) and measure; rates as fractions.
  public var bands: [Int: [Double: [Measure: Band]]]
  /// Paths simulated.
  public var paths: Int
  /// For each alert threshold the paths can read, the share of paths beyond it at least
  /// once by each forecast year (``AlertThreshold/isBeyond(_:)``).
  public var crossingShares: [AlertThreshold: [Int: Double]] = [:]
  /// The alert thresholds of the run's kind of collectivité (``AlertThreshold/all(for:)``).
  public var thresholds: [AlertThreshold] = []

  static let sections = ["section/F/R", "section/F/D", "section/I/D", "section/I/R"]

  /// Simulates `paths` cascades of `data` around `ratios` (its central figures).
  public init(_ data: ReportData, ratios: FinancialRatios, paths: Int = 2000) {
    self.paths = paths
    thresholds = AlertThreshold.all(for: data.entityKind)
    let forecastRows = ratios.years.indices.filter { ratios.years[$0].forecast }
    let levels = data.manifest.parameters.levels.filter { $0 > 0 && $0 < 100 }.sorted()
    guard !forecastRows.isEmpty, let widest = levels.last else {
      bands = [:]
      return
    }
    let spreads = Self.spreads(data, years: forecastRows.map { ratios.years[$0].year }, widest)
    let factor = Self.correlationFactor(data)
    var random = SeededRandom(seed: SeededRandom.seed(data.manifest.parameters.seed, key: "ratios"))
    var samples = [[Measure: [Double]]](repeating: [:], count: forecastRows.count)
    var crossings = [[Int]](
      repeating: [Int](repeating: 0, count: forecastRows.count), count: thresholds.count)
    var readable = [Bool](repeating: false, count: thresholds.count)
    for _ in 0..<paths {
      var cumulated = [Double](repeating: 0, count: Self.sections.count)
      var years = ratios.years
      for (h, row) in forecastRows.enumerated() {
        let shock = Self.correlated(factor, &random)
        for s in cumulated.indices { cumulated[s] += shock[s] }
        let z = cumulated.map { $0 / Double(h + 1).squareRoot() }
        let moved = (0..<Self.sections.count).map { s in
          z[s] * (z[s] < 0 ? spreads[s][h].below : spreads[s][h].above)
        }
        years[row].operatingRevenue += moved[0]
        years[row].operatingSpending += moved[1]
        years[row].investmentSpending += moved[2]
        years[row].investmentRevenueWithoutLoans += moved[3]
      }
      ratios.schedule?.roll(&years)
      var crossed = [Bool](repeating: false, count: thresholds.count)
      for (h, row) in forecastRows.enumerated() {
        for (measure, value) in Self.measures(years[row]) {
          samples[h][measure, default: []].append(value)
        }
        for (t, threshold) in thresholds.enumerated() {
          guard let beyond = threshold.isBeyond(years[row]) else { continue }
          readable[t] = true
          crossed[t] = crossed[t] || beyond
          if crossed[t] { crossings[t][h] += 1 }
        }
      }
    }
    for (t, threshold) in thresholds.enumerated() where readable[t] {
      crossingShares[threshold] = Dictionary(
        uniqueKeysWithValues: forecastRows.indices.map {
          (ratios.years[forecastRows[$0]].year, Double(crossings[t][$0]) / Double(paths))
        })
    }
    var bands: [Int: [Double: [Measure: Band]]] = [:]
    for (h, row) in forecastRows.enumerated() {
      let year = ratios.years[row].year
      for (measure, values) in samples[h] {
        let sorted = values.sorted()
        for level in levels {
          let tail = (1 - level / 100) / 2
          bands[year, default: [:]][level, default: [:]][measure] = Band(
            lower: Self.finite(Self.quantile(sorted, tail)),
            upper: Self.finite(Self.quantile(sorted, 1 - tail)))
        }
      }
    }
    self.bands = bands
  }

  /// The measures of one simulated year (infinite paydown when savings are not positive).
  static func measures(_ year: FinancialRatios.Year) -> [(Measure, Double)] {
    var values: [(Measure, Double)] = [
      (.operatingRevenue, year.operatingRevenue), (.operatingExpenditure, year.operatingSpending),
      (.managementSavings, year.managementSavings), (.grossSavings, year.grossSavings),
      (.netSavings, year.netSavings), (.grossSavingsRate, year.grossSavingsRate / 100),
    ]
    if let debt = year.outstandingDebt {
      values.append((.outstandingDebt, debt))
      values.append((.debtPaydownYears, year.debtPaydownYears ?? .infinity))
    }
    return values
  }

  /// Each section's spread below and above its mean, by forecast year.
  static func spreads(_ data: ReportData, years: [Int], _ level: Double) -> [[(
    below: Double, above: Double
  )]] {
    let z = NormalDistribution.quantile(0.5 + level / 200)
    return sections.map { node in
      years.map { year in
        guard let cell = data.forecasts[node]?[year], let bound = cell.bounds[level] else {
          return (0, 0)
        }
        let below = (cell.mean - bound.0) / z
        let above = (bound.1 - cell.mean) / z
        return (below.isFinite ? Swift.max(below, 0) : 0, above.isFinite ? Swift.max(above, 0) : 0)
      }
    }
  }

  /// The upper Cholesky factor U of the sections' residual correlation (R = UᵀU), or
  /// the identity when the residuals are too few or the factorisation fails.
  static func correlationFactor(_ data: ReportData) -> Matrix {
    let correlation = ResidualCorrelation.matrix(of: sections, in: data)
    return (try? CholeskyFactorization(correlation).factor) ?? Matrix.identity(sections.count)
  }

  /// `Uᵀ·z` for a standard normal vector z (U upper triangular).
  static func correlated(_ factor: Matrix, _ random: inout SeededRandom) -> [Double] {
    let n = factor.rows
    let z = (0..<n).map { _ in random.normal() }
    return (0..<n).map { i in (0...i).reduce(0) { $0 + factor[$1, i] * z[$1] } }
  }

  /// The p-quantile of sorted values (linear interpolation, R's type 7).
  static func quantile(_ sorted: [Double], _ p: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let position = p * Double(sorted.count - 1)
    let low = Int(position.rounded(.down))
    let high = Swift.min(low + 1, sorted.count - 1)
    let weight = position - Double(low)
    if weight == 0 || sorted[low] == sorted[high] { return sorted[low] }
    return sorted[low] + weight * (sorted[high] - sorted[low])
  }

  static func finite(_ value: Double) -> Double? { value.isFinite ? value : nil }
}
