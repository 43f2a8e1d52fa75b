import ForecastCore
import Forecasting
import Foundation
import Testing

/// The year-end landing against hand computations.
@Suite("Year-end landing from monthly execution")
struct YearEndLandingTests {
  /// A year of twelve months in `profile`'s shape, totalling `total`.
  static func year(_ total: Double, profile: [Double]) -> [Double] {
    let sum = profile.reduce(0, +)
    return profile.map { total * $0 / sum }
  }

  static let profile = [6.0, 8, 8.5, 8, 8, 9, 8.5, 7, 8.5, 8.5, 8, 12]

  @Test func aStableProfileScalesTheExecutedAmountExactly() throws {
    // Three past years of the same shape, growing 4 % a year; the current year too.
    var execution: [Int: [Double]] = [:]
    for (k, year) in (2021...2024).enumerated() {
      execution[year] = Self.year(100e6 * pow(1.04, Double(k)), profile: Self.profile)
    }
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 9))
    let profile = try #require(landing.estimates.first { $0.method == .profile })
    let actual = 100e6 * pow(1.04, 3)
    #expect(abs(profile.total.mean[0] - actual) <= 1e-6 * actual)
    // Identical shares: no spread, the interval is the point.
    let interval = try #require(profile.total.interval(level: 95))
    #expect(abs(interval.upper[0] - interval.lower[0]) <= 1e-6 * actual)
    #expect(landing.retained?.method == .profile)
    #expect(
      profile.basis.hasPrefix("71.5 % of the year executed by month 9 on average in 2021–2023"))
  }

  @Test func sharesThatVaryGiveStudentIntervals() throws {
    // Shares through March of 0.20, 0.25 and 0.22 of each past year's total 120.
    var execution: [Int: [Double]] = [:]
    for (year, share) in [(2021, 0.20), (2022, 0.25), (2023, 0.22)] {
      let first = [share * 120 / 3, share * 120 / 3, share * 120 / 3]
      execution[year] = first + [Double](repeating: (1 - share) * 120 / 9, count: 9)
    }
    execution[2024] = [10, 12, 8]
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 3))
    let profile = try #require(landing.estimates.first { $0.method == .profile })
    // By hand: q = ln(0.20), ln(0.25), ln(0.22); landing 30·exp(−q̄); ln bounds ±
    // t₀.₉₇₅(2 df) · s · √(1 + 1/3), t₀.₉₇₅(2) = 4.302652729749464.
    let logs = [0.20, 0.25, 0.22].map(log)
    let mean = logs.reduce(0, +) / 3
    let s = (logs.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 2).squareRoot()
    let center = log(30.0) - mean
    #expect(abs(profile.total.mean[0] - exp(center)) <= 1e-9 * exp(center))
    let half = 4.302652729749464 * s * (4.0 / 3).squareRoot()
    let interval = try #require(profile.total.interval(level: 95))
    #expect(abs(interval.upper[0] - exp(center + half)) <= 1e-9 * exp(center + half))
    #expect(abs(interval.lower[0] - exp(center - half)) <= 1e-9 * exp(center - half))
    #expect(landing.retained?.method == .profile)
  }

  @Test func noLowerBoundBelowWhatIsExecuted() throws {
    // Shares through November of 0.80, 0.97 and 0.99: so wide a spread that the lower
    // bound would fall below the executed amount, which nothing negative can undo.
    var execution: [Int: [Double]] = [:]
    for (year, share) in [(2021, 0.80), (2022, 0.97), (2023, 0.99)] {
      execution[year] = [Double](repeating: share * 110 / 11, count: 11) + [(1 - share) * 110]
    }
    execution[2024] = [Double](repeating: 10, count: 11)
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 11))
    let interval = try #require(
      landing.estimates.first { $0.method == .profile }?.total.interval(level: 95))
    #expect(interval.lower[0] == 110)
    // With a negative month (a cancelled payment) the bound is not floored.
    execution[2022]?[11] = -1
    let cancelled = try #require(YearEndLanding().land(execution, year: 2024, through: 11))
    let free = try #require(
      cancelled.estimates.first { $0.method == .profile }?.total.interval(level: 95))
    #expect(free.lower[0] < 110)
  }

  @Test func oneYearOfHistoryGivesThePointAndRetainsTheModel() throws {
    var execution: [Int: [Double]] = [:]
    for (k, year) in (2022...2024).enumerated() {
      execution[year] = Self.year(100e6 * pow(1.04, Double(k)), profile: Self.profile)
    }
    execution[2021] = nil
    // Only 2023 before 2024 counts when 2022 is incomplete.
    execution[2022]?.removeLast()
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 6))
    let profile = try #require(landing.estimates.first { $0.method == .profile })
    #expect(profile.total.intervals.isEmpty)
    #expect(profile.basis.hasSuffix("in 2023"))
    #expect(landing.retained?.method == .model, "\(landing.notes)")
  }

  @Test func theSeasonalModelLandsNearTheYear() throws {
    // Four years of a seasonal series with 3 % growth and a little noise.
    var execution: [Int: [Double]] = [:]
    var state: UInt64 = 7
    for (k, year) in (2021...2024).enumerated() {
      execution[year] = Self.year(50e6 * pow(1.03, Double(k)), profile: Self.profile).map {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return $0 * (1 + 0.02 * (Double(state >> 11) / Double(1 << 53) - 0.5))
      }
    }
    let actual = try #require(execution[2024]).reduce(0, +)
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 8))
    let model = try #require(landing.estimates.first { $0.method == .model })
    #expect(abs(model.total.mean[0] / actual - 1) < 0.01, "\(model.total.mean[0]) vs \(actual)")
    // Its interval holds the landing and nothing below what is executed. (Its width is
    // the model's: here, yearly steps read as a smooth trend, it is narrow — 0.5 % —
    // and misses the year by 0.04 %, which is why the profile is retained when it can be.)
    let interval = try #require(model.total.interval(level: 95))
    #expect(interval.lower[0] < model.total.mean[0] && model.total.mean[0] < interval.upper[0])
    #expect(interval.lower[0] >= landing.executed)
    #expect(model.basis.contains("on 44 months from January 2021"), "\(model.basis)")
    // The same seed gives the same interval.
    let again = try #require(YearEndLanding().land(execution, year: 2024, through: 8))
    #expect(again.estimates.first { $0.method == .model }?.total == model.total)
  }

  @Test func aCompleteYearLandsOnItsTotalAndBadRequestsGiveNothing() throws {
    let execution = [
      2023: Self.year(10, profile: Self.profile), 2024: Self.year(12, profile: Self.profile),
    ]
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 12))
    #expect(landing.estimates.allSatisfy { abs($0.total.mean[0] - 12) < 1e-12 })
    #expect(YearEndLanding().land(execution, year: 2025, through: 3) == nil)
    #expect(YearEndLanding().land(execution, year: 2024, through: 0) == nil)
    #expect(YearEndLanding().land(execution, year: 2024, through: 13) == nil)
  }

  @Test func nothingExecutedYetIsExplained() throws {
    let execution = [
      2023: Self.year(10, profile: Self.profile), 2024: [0, 0, 0],
    ]
    let landing = try #require(YearEndLanding().land(execution, year: 2024, through: 3))
    #expect(!landing.estimates.contains { $0.method == .profile })
    #expect(landing.notes.contains("profile: nothing executed yet, no share to scale"))
  }
}
