import ForecastCore
import Testing

/// The ensemble's mixture of forecasts against hand computations (law of total
/// variance, normal and Student-t quantiles; R: `qnorm(0.975)` = 1.959963984540054,
/// `qt(0.975, 10)` = 2.228138851986274).
@Suite struct ForecastMixtureTests {
  static let z95 = 1.959963984540054
  static let t95With10 = 2.228138851986274

  /// A forecast with mean `mean` and a 95 % interval `mean ± z·sd` on one horizon.
  static func member(mean: Double, sd: Double) -> Forecast {
    .gaussian(mean: [mean], standardDeviations: [sd], levels: [95])
  }

  @Test func varianceIsTheMembersMeanVariancePlusTheirSpread() throws {
    // Means 100 and 110 (spread: variance 25), scales 3 and 4 (mean variance 12.5).
    let mixture = try #require(
      Forecast.mixture(of: [Self.member(mean: 100, sd: 3), Self.member(mean: 110, sd: 4)]))
    let interval = try #require(mixture.interval(level: 95))
    let sd = (12.5 + 25.0).squareRoot()
    #expect(abs(mixture.mean[0] - 105) < 1e-12)
    #expect(abs(interval.lower[0] - (105 - Self.z95 * sd)) < 1e-9)
    #expect(abs(interval.upper[0] - (105 + Self.z95 * sd)) < 1e-9)
  }

  @Test func degreesOfFreedomReadTheQuantileFromStudentsT() throws {
    let members = [Self.member(mean: 100, sd: 3), Self.member(mean: 110, sd: 4)]
    let interval = try #require(
      Forecast.mixture(of: members, degreesOfFreedom: 10)?.interval(level: 95))
    let sd = (12.5 + 25.0).squareRoot()
    #expect(abs(interval.lower[0] - (105 - Self.t95With10 * sd)) < 1e-9)
    #expect(abs(interval.upper[0] - (105 + Self.t95With10 * sd)) < 1e-9)
  }

  @Test func asymmetricBoundsKeepTheirShape() throws {
    // One member's interval is twice as wide above its mean as below it.
    let skewed = Forecast(
      mean: [100],
      intervals: [.init(level: 95, lower: [100 - Self.z95], upper: [100 + 2 * Self.z95])])
    let interval = try #require(Forecast.mixture(of: [skewed, skewed])?.interval(level: 95))
    #expect(abs(interval.lower[0] - (100 - Self.z95)) < 1e-9)
    #expect(abs(interval.upper[0] - (100 + 2 * Self.z95)) < 1e-9)
  }

  @Test func membersOfDifferentShapesDoNotMix() {
    let twoYears = Forecast.gaussian(mean: [1, 2], standardDeviations: [1, 1], levels: [95])
    let otherLevel = Forecast.gaussian(mean: [1], standardDeviations: [1], levels: [80])
    #expect(Forecast.mixture(of: [Self.member(mean: 1, sd: 1), twoYears]) == nil)
    #expect(Forecast.mixture(of: [Self.member(mean: 1, sd: 1), otherLevel]) == nil)
    #expect(Forecast.mixture(of: []) == nil)
  }
}
