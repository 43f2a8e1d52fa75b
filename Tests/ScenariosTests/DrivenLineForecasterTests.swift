import Budget
import BudgetcastTestSupport
import ForecastCore
import Foundation
import Scenarios
import Testing

@Suite("Driven lines forecast by the dynamic regression on their drivers")
struct DrivenLineForecasterTests {
  /// R's forecast in a golden file: the median and its 80 % and 95 % bounds.
  struct Bands: Decodable {
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]

    /// As ``expectSame(_:as:_:)`` reads them.
    var intervals: [(Double, [Double], [Double])] {
      [(80, lower80, upper80), (95, lower95, upper95)]
    }
  }

  /// One line of `make_driven_golden.R` (its bands read apart).
  struct Case: Decodable {
    var line: String
    var p: Double
    var names: [String]
    var coef: [Double]
    var se: [Double]
    var aicc: Double
  }

  /// The R script's stated driver paths: the history, then fixed yearly growth.
  static let futureGrowth: [Scenario.Driver: Double] = [
    .population85: 0.025, .payIndex: 0.01, .realEstateTransactions: -0.05,
    .realEstatePrices: 0.02,
  ]

  static func statedHistory() throws -> DriverHistory {
    var history = try ElasticityEstimatorTests.history.get()
    for (driver, growth) in futureGrowth {
      let last = try #require(history.values[driver]?[2024])
      for h in 1...3 { history.values[driver]?[2024 + h] = last * pow(1 + growth, Double(h)) }
    }
    return history
  }

  static func forecasts(history: DriverHistory) throws -> [DrivenLine: DrivenLineForecast] {
    let dataset = try ElasticityEstimatorTests.dataset.get()
    let elasticities = ElasticityEstimator().elasticities(dataset: dataset, history: history)
    let result = DrivenLineForecaster().forecasts(
      dataset: dataset, history: history, elasticities: elasticities, horizon: 3)
    return Dictionary(uniqueKeysWithValues: result.forecasts.map { ($0.line, $0) })
  }

  /// R's forecast to 4 significant digits, its bounds to 3.
  static func expectSame(_ forecast: Forecast, as golden: Bands, _ label: String) throws {
    for h in golden.mean.indices {
      #expect(logRelativeError(forecast.mean[h], certified: golden.mean[h]) >= 4, "\(label)")
      for (level, lower, upper) in golden.intervals {
        let interval = try #require(forecast.interval(level: level))
        #expect(logRelativeError(interval.lower[h], certified: lower[h]) >= 3, "\(label) \(level)")
        #expect(logRelativeError(interval.upper[h], certified: upper[h]) >= 3, "\(label) \(level)")
      }
    }
  }

  @Test func sameForecastsAsR() throws {
    let cases = try GoldenFile.load([Case].self, named: "driven_golden.json")
    #expect(cases.count == 3)
    let ours = try Self.forecasts(history: try Self.statedHistory())
    // General charges do not follow inflation in these accounts (not significant): they
    // are not forecast from drivers; RSA is, from its households (projected unemployment).
    #expect(Set(ours.keys) == [.apa, .personnel, .dmto, .rsa])
    let bandsByLine = try GoldenFile.load([Bands].self, named: "driven_golden.json")
    for (golden, bands) in zip(cases, bandsByLine) {
      let line = try #require(DrivenLine(rawValue: golden.line))
      let forecast = try #require(ours[line], "\(line) not forecast")
      #expect(
        forecast.model.hasSuffix("ARIMA(\(Int(golden.p)),1,0) with drift"), "\(forecast.model)")
      for (name, (value, error)) in zip(golden.names, zip(golden.coef, golden.se)) {
        let mine = try #require(forecast.coefficients[name], "\(line): no \(name)")
        #expect(
          abs(mine - value) <= 2e-3 * max(0.01, abs(value)),
          "\(line) \(name): \(mine) vs R \(value)")
        // The elasticities' standard errors, shown in reports (both numerical Hessians;
        // the drift's differs by up to 7 % on personnel's near-exact series).
        if name != "drift", name != "ar1", let mine = forecast.standardErrors[name] {
          #expect(abs(mine - error) <= 0.03 * error, "\(line) \(name) s.e.: \(mine) vs R \(error)")
        }
      }
      #expect(abs(forecast.aicc - golden.aicc) <= 2e-2, "\(line): AICc")
      try Self.expectSame(forecast.forecast, as: bands, "\(line)")
    }
  }

  /// `make_rsa_chain_golden.R` (its bands read apart).
  struct Chain: Decodable {
    var elasticity: Double
  }

  @Test func rsaAsHouseholdsTimesSpendingPerHouseholdAsR() throws {
    let golden = try GoldenFile.load(Chain.self, named: "rsa_chain_golden.json")
    var history = try ElasticityEstimatorTests.history.get()
    history.values[.unemploymentRate]?[2025] = 7.8
    history.values[.unemploymentRate]?[2026] = 8.1
    let rsa = try #require(try Self.forecasts(history: history)[.rsa])
    #expect(rsa.model.contains("ln households ~ unemployment_rate[t−1], ARIMA(1,1,0) with drift"))
    #expect(rsa.model.hasSuffix("ln per household ~ ARIMA(0,1,0) with drift"), "\(rsa.model)")
    let elasticity = try #require(rsa.coefficients["rsa_households_per_unemployment_point"])
    #expect(abs(elasticity - golden.elasticity) <= 2e-3 * golden.elasticity)
    try Self.expectSame(
      rsa.forecast, as: try GoldenFile.load(Bands.self, named: "rsa_chain_golden.json"), "rsa")
    // Without projected unemployment beyond 2024, the third year cannot be forecast.
    let known = try ElasticityEstimatorTests.dataset.get()
    let plain = try ElasticityEstimatorTests.history.get().through(2024)
    let result = DrivenLineForecaster().forecasts(
      dataset: known, history: plain,
      elasticities: ElasticityEstimator().elasticities(dataset: known, history: plain),
      horizon: 3)
    #expect(
      result.notes.contains(
        "rsa stays univariate: the driver history gives no unemployment_rate for 2025, 2026: projected values of its drivers for the forecast years are needed"
      ), "\(result.notes)")
  }

  @Test func theForecastFollowsTheDriversPath() throws {
    // Faster growth of the population aged 85+ raises the APA forecast by about the
    // elasticity times the extra growth, year after year.
    var faster = try Self.statedHistory()
    let last = try #require(faster.values[.population85]?[2024])
    for h in 1...3 { faster.values[.population85]?[2024 + h] = last * pow(1.045, Double(h)) }
    let base = try #require(try Self.forecasts(history: try Self.statedHistory())[.apa])
    let moved = try #require(try Self.forecasts(history: faster)[.apa])
    let beta = try #require(base.coefficients["apa_per_population_85"])
    for h in 1...3 {
      let expected = beta * Double(h) * log(1.045 / 1.025)
      #expect(abs(log(moved.forecast.mean[h - 1] / base.forecast.mean[h - 1]) - expected) < 1e-9)
      // The driver's contribution is the forecast less the one with the driver held.
      let held = base.forecast.mean[h - 1] * exp(-beta * Double(h) * log(1.025))
      #expect(
        abs((base.contributions[.population85]?[h - 1] ?? 0) - (base.forecast.mean[h - 1] - held))
          < 1e-3)
    }
  }

  /// The driven lines with the driver history cut after `year`.
  static func forecasts(historyThrough year: Int) throws -> (
    forecasts: [DrivenLineForecast], notes: [String]
  ) {
    var history = try ElasticityEstimatorTests.history.get()
    for driver in history.values.keys {
      history.values[driver] = history.values[driver]?.filter { $0.key <= year }
    }
    let dataset = try ElasticityEstimatorTests.dataset.get()
    let elasticities = ElasticityEstimator().elasticities(dataset: dataset, history: history)
    return DrivenLineForecaster().forecasts(
      dataset: dataset, history: history, elasticities: elasticities, horizon: 3)
  }

  @Test func withoutProjectedDriversTheLineStaysUnivariate() throws {
    // The history through 2024 only: no driver is projected, no line is driven.
    let result = try Self.forecasts(historyThrough: 2024)
    #expect(result.forecasts.isEmpty)
    #expect(
      result.notes.contains(
        "apa stays univariate: the driver history gives no population_85 for 2025, 2026, 2027: projected values of its drivers for the forecast years are needed"
      ), "\(result.notes)")
  }

  @Test func aSampleEndingBeforeTheAccountsLeavesTheLineUnivariate() throws {
    // A driver history that stops before the accounts: no sample ends in their last year.
    let result = try Self.forecasts(historyThrough: 2021)
    #expect(!result.forecasts.contains { $0.line == .apa })
    #expect(
      result.notes.contains {
        $0.hasPrefix("apa stays univariate: its data with the drivers end in 2021")
      })
  }
}
