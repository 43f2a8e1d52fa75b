import Budget
import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

@Suite("Driven lines forecast by the dynamic regression on their drivers")
struct DrivenLineForecasterTests {
  /// One line of `make_driven_golden.R`.
  struct Case: Decodable {
    var line: String
    var p: Double
    var names: [String]
    var coef: [Double]
    var se: [Double]
    var aicc: Double
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]
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

  @Test func sameForecastsAsR() throws {
    let cases = try GoldenFile.load([Case].self, named: "driven_golden.json")
    #expect(cases.count == 3)
    let ours = try Self.forecasts(history: try Self.statedHistory())
    // General charges do not follow inflation in these accounts (not significant) and
    // RSA has no regression: neither is forecast from its drivers.
    #expect(Set(ours.keys) == [.apa, .personnel, .dmto])
    for golden in cases {
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
      let bands: [(Double, [Double], [Double])] = [
        (80, golden.lower80, golden.upper80), (95, golden.lower95, golden.upper95),
      ]
      for h in 0..<3 {
        #expect(logRelativeError(forecast.forecast.mean[h], certified: golden.mean[h]) >= 4)
        for (level, lower, upper) in bands {
          let interval = try #require(forecast.forecast.interval(level: level))
          #expect(logRelativeError(interval.lower[h], certified: lower[h]) >= 3, "\(line) \(level)")
          #expect(logRelativeError(interval.upper[h], certified: upper[h]) >= 3, "\(line) \(level)")
        }
      }
    }
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
    #expect(base.reason.contains("population_85 (elasticity 1.35"))
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
