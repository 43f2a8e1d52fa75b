import ExponentialSmoothing
import ForecastCore
import Foundation

/// The year-end landing (*atterrissage*): the current year's total of a budget line
/// estimated in the course of the year from its monthly execution, as finance
/// directors prepare it in the autumn for the budget debate.
///
/// Two estimates, each with its intervals:
///
/// - **Execution profile** (the practice): in each past full year y the share of the
///   year executed by month m, p_y = C_y(m) / Y_y. With q_y = ln p_y, their mean q̄ and
///   standard deviation s over J past years, the landing is C·exp(−q̄) (the current
///   year's executed amount C over the mean share, in logs), and ln Y lies in
///   ln C − q̄ ± t_{J−1}·s·√(1 + 1/J) (a new year's share drawn like the past ones; Student
///   t for the estimated spread). One past year gives the estimate without interval,
///   the "same period of last year" rule. The lower bound is never below C when no
///   month was negative (what remains to execute is then non-negative).
/// - **Seasonal model**: automatic ETS on the monthly series through month m, its
///   remaining 12 − m months summed: C plus their point forecasts, the interval from the
///   quantiles of simulated sums (seeded, so reproducible).
///
/// The retained estimate is the profile when it has an interval (two past full years
/// or more), the model otherwise; the other stays beside it as a check.
public struct YearEndLanding: Sendable {
  /// One estimate of the year's total: a forecast of horizon 1.
  public struct Estimate: Sendable, Hashable {
    /// How it was estimated.
    public var method: Method
    /// The year's total with its intervals.
    public var total: Forecast
    /// What the estimate rests on: the past years' mean share executed, or the model.
    public var basis: String
    /// The profile's mean share of the year executed by the month (exp q̄).
    public var share: Double? = nil
    /// The past full years the profile was read on.
    public var pastYears: [Int] = []
    /// The model's name, such as `ETS(M,N,M)`.
    public var model: String? = nil
  }

  /// How a landing is estimated.
  public enum Method: String, Sendable, Hashable, Codable, CaseIterable {
    case profile
    case model
  }

  /// A series' landing for one year through one month.
  public struct Landing: Sendable {
    /// The year landed.
    public var year: Int
    /// The last month executed (1–12).
    public var throughMonth: Int
    /// Executed from January through `throughMonth`.
    public var executed: Double
    /// The estimates made (profile, model or both).
    public var estimates: [Estimate]
    /// Why an estimate is missing or limited.
    public var notes: [String]
    /// The retained estimate (see the type's documentation).
    public var retained: Estimate? {
      let profile = estimates.first { $0.method == .profile }
      if let profile, !profile.total.intervals.isEmpty { return profile }
      return estimates.first { $0.method == .model } ?? profile
    }
  }

  /// Interval levels in percent.
  public var levels: [Double]
  /// Seed of the model's simulated paths.
  public var seed: UInt64
  /// Simulated paths of the model's remaining months.
  public var paths = 2_000

  /// A landing estimator.
  public init(levels: [Double] = [80, 95], seed: UInt64 = 20_241_130) {
    (self.levels, self.seed) = (levels, seed)
  }

  /// The landing of `year` through month `through` (1–12) from `execution`, the monthly
  /// amounts by year, January first: past years with their twelve months, `year` with
  /// at least `through` of them (later months are left out).
  public func land(_ execution: [Int: [Double]], year: Int, through: Int) -> Landing? {
    guard (1...12).contains(through), let current = execution[year], current.count >= through
    else { return nil }
    let months = Array(current.prefix(through))
    let executed = months.reduce(0, +)
    var landing = Landing(
      year: year, throughMonth: through, executed: executed, estimates: [], notes: [])
    guard through < 12 else {
      let total = Forecast(
        mean: [executed],
        intervals: levels.map { .init(level: $0, lower: [executed], upper: [executed]) })
      landing.estimates = Method.allCases.map {
        Estimate(method: $0, total: total, basis: "the year is fully executed")
      }
      return landing
    }
    let past = execution.keys.filter { $0 < year && execution[$0]?.count == 12 }.sorted()
    let nonNegative = (past.compactMap { execution[$0] } + [months]).allSatisfy {
      $0.allSatisfy { $0 >= 0 }
    }
    switch profileEstimate(execution, years: past, executed: executed, through: through) {
    case .success(let estimate):
      landing.estimates.append(nonNegative ? Self.floored(estimate, at: executed) : estimate)
    case .failure(let note): landing.notes.append(note.reason)
    }
    switch modelEstimate(execution, year: year, through: through, executed: executed) {
    case .success(let estimate):
      landing.estimates.append(nonNegative ? Self.floored(estimate, at: executed) : estimate)
    case .failure(let note): landing.notes.append(note.reason)
    }
    return landing
  }

  /// Why an estimate could not be made.
  struct Note: Error {
    var reason: String
  }

  /// The execution-profile estimate over the past full `years`.
  func profileEstimate(
    _ execution: [Int: [Double]], years: [Int], executed: Double, through: Int
  ) -> Result<Estimate, Note> {
    guard executed > 0 else {
      return .failure(Note(reason: "profile: nothing executed yet, no share to scale"))
    }
    var logShares: [Double] = []
    for year in years {
      guard let months = execution[year] else { continue }
      let part = months.prefix(through).reduce(0, +)
      let total = months.reduce(0, +)
      guard part > 0, total > 0 else {
        return .failure(
          Note(reason: "profile: \(year)'s share through month \(through) is not positive"))
      }
      logShares.append(log(part / total))
    }
    guard !logShares.isEmpty else {
      return .failure(Note(reason: "profile: no past full year of monthly execution"))
    }
    let count = Double(logShares.count)
    let mean = logShares.reduce(0, +) / count
    let center = log(executed) - mean
    guard exp(center).isFinite, mean.isFinite else {
      return .failure(Note(reason: "profile: the amounts are too large for a finite landing"))
    }
    var intervals: [Forecast.Interval] = []
    if logShares.count >= 2 {
      let variance = logShares.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (count - 1)
      let scale = (variance * (1 + 1 / count)).squareRoot()
      let t = StudentTDistribution(degreesOfFreedom: count - 1)
      intervals = levels.map { level in
        let half = t.quantile(0.5 + level / 200) * scale
        return .init(level: level, lower: [exp(center - half)], upper: [exp(center + half)])
      }
    }
    let share = String(format: "%.1f %%", 100 * exp(mean))
    return .success(
      Estimate(
        method: .profile, total: Forecast(mean: [exp(center)], intervals: intervals),
        basis:
          "\(share) of the year executed by month \(through) on average in \(Self.span(years))",
        share: exp(mean), pastYears: years))
  }

  /// The seasonal-model estimate: automatic ETS through month `through` of `year`.
  func modelEstimate(_ execution: [Int: [Double]], year: Int, through: Int, executed: Double)
    -> Result<Estimate, Note>
  {
    // The consecutive full years just before `year`, then its months.
    var values = Array(execution[year]?.prefix(through) ?? [])
    var first = year
    while let months = execution[first - 1], months.count == 12 {
      values.insert(contentsOf: months, at: 0)
      first -= 1
    }
    let remaining = 12 - through
    do {
      let fitted = try AutoETS().fit(TimeSeries(values: values, period: 12))
      let mean = executed + fitted.pointForecasts(horizon: remaining).reduce(0, +)
      let sums = fitted.simulate(horizon: remaining, paths: paths, seed: seed).map {
        [executed + $0.reduce(0, +)]
      }
      let total = Forecast.fromPaths(mean: [mean], paths: sums, levels: levels)
      guard total.isFinite else { throw Note(reason: "model: a simulated total is not finite") }
      return .success(
        Estimate(
          method: .model, total: total,
          basis: "\(fitted.name) on \(values.count) months from January \(first)",
          model: fitted.name))
    } catch let note as Note {
      return .failure(note)
    } catch {
      return .failure(Note(reason: "model: \(error)"))
    }
  }

  /// `estimate` with no bound below `executed`.
  static func floored(_ estimate: Estimate, at executed: Double) -> Estimate {
    var floored = estimate
    floored.total.intervals = estimate.total.intervals.map {
      .init(level: $0.level, lower: $0.lower.map { max($0, executed) }, upper: $0.upper)
    }
    return floored
  }

  /// `2022–2023`, `2023` for one year, `2020, 2022, 2023` when they are not consecutive.
  public static func span(_ years: [Int]) -> String {
    guard let first = years.first, let last = years.last, first != last else {
      return years.first.map(String.init) ?? ""
    }
    return years.count == last - first + 1
      ? "\(first)–\(last)" : years.map(String.init).joined(separator: ", ")
  }
}
