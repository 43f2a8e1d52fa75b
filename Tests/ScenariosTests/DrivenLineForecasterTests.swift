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

  /// The driven lines' forecasts three years ahead of the synthetic accounts, with the
  /// elasticities estimated on `history`, and the notes on those left univariate.
  static func forecastsWithNotes(history: DriverHistory) throws -> (
    forecasts: [DrivenLineForecast], notes: [String]
  ) {
    let dataset = try ElasticityEstimatorTests.dataset.get()
    let elasticities = ElasticityEstimator().elasticities(dataset: dataset, history: history)
    return DrivenLineForecaster().forecasts(
      dataset: dataset, history: history, elasticities: elasticities, horizon: 3)
  }

  static func forecasts(history: DriverHistory) throws -> [DrivenLine: DrivenLineForecast] {
    let result = try forecastsWithNotes(history: history)
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

  /// A case of `make_rsa_chain_golden.R` (its bands read apart).
  struct Chain: Decodable {
    var variant: String
    var households_p: Int
    var per_household_p: Int
    var elasticity: Double
    var correlation: Double
    /// The households' own projection (median), shown in reports.
    var households: [Double]
  }

  @Test func rsaAsHouseholdsTimesBaseAmountTimesAmountsPerHouseholdAsR() throws {
    let cases = try GoldenFile.load([Chain].self, named: "rsa_chain_golden.json")
    let bands = try GoldenFile.load([Bands].self, named: "rsa_chain_golden.json")
    #expect(cases.map(\.variant) == ["base_amount", "per_household"])
    for (golden, bands) in zip(cases, bands) {
      var history = try ElasticityEstimatorTests.history.get()
      history.values[.unemploymentRate]?[2025] = 7.8
      history.values[.unemploymentRate]?[2026] = 8.1
      if golden.variant == "per_household" { history.values[.rsaBaseAmount] = nil }
      let rsa = try #require(try Self.forecasts(history: history)[.rsa])
      let per = golden.variant == "per_household" ? "per household" : "base amounts per household"
      #expect(
        rsa.model.contains(
          "ln households ~ unemployment_rate[t−1], ARIMA(\(golden.households_p),1,0) with drift"))
      #expect(
        rsa.model.hasSuffix("ln \(per) ~ ARIMA(\(golden.per_household_p),1,0) with drift"),
        "\(rsa.model)")
      let elasticity = try #require(rsa.coefficients["rsa_households_per_unemployment_point"])
      #expect(abs(elasticity - golden.elasticity) <= 2e-3 * golden.elasticity)
      // The two parts' one-step errors correlate (−0.34 and −0.32 here): the bands say so.
      let correlation = try #require(rsa.coefficients["error_correlation"])
      #expect(abs(correlation - golden.correlation) <= 2e-3, "\(correlation)")
      try Self.expectSame(rsa.forecast, as: bands, "rsa \(golden.variant)")
      let households = try #require(rsa.projectedDrivers[.rsaHouseholds])
      #expect(households.count == golden.households.count)
      for (ours, theirs) in zip(households, golden.households) {
        #expect(logRelativeError(ours, certified: theirs) >= 4, "households \(golden.variant)")
      }
      #expect(rsa.drivers.contains(.rsaBaseAmount) == (golden.variant == "base_amount"))
    }
    // Without projected unemployment beyond 2024, the third year cannot be forecast.
    let result = try Self.forecastsWithNotes(
      history: try ElasticityEstimatorTests.history.get().through(2024))
    #expect(
      result.notes.contains(
        "rsa stays univariate: the driver history gives no unemployment_rate for 2025, 2026: projected values of its drivers for the forecast years are needed"
      ), "\(result.notes)")
  }

  @Test func aRevaluationOfTheBaseAmountMovesRSAFromItsDate() throws {
    // The amounts in force from April 2026 and 2027 raised by r = 4.6 %: RSA unchanged
    // in 2025, up by 9/12 of the amount's rise in 2026 (April to December) and by r in
    // 2027, to rounding: households and base amounts per household do not move.
    var history = try ElasticityEstimatorTests.history.get()
    let r = 0.046
    let before = try #require(history.values[.rsaBaseAmount])
    // The committed schedule: 646.52 € from April 2025, 652.99 € from April 2026.
    var raised = before
    raised[2026] = (3 * 646.52 + 9 * 652.99 * (1 + r)) / 12
    raised[2027] = try #require(before[2027]) * (1 + r)
    history.values[.rsaBaseAmount] = raised
    let base = try #require(
      try Self.forecasts(history: try ElasticityEstimatorTests.history.get())[.rsa])
    let moved = try #require(try Self.forecasts(history: history)[.rsa])
    let (old2026, old2024) = (try #require(before[2026]), try #require(before[2024]))
    let in2026 = try #require(raised[2026]) / old2026
    #expect(abs(in2026 - (1 + 0.75 * r)) < 0.01 * r)
    for (h, expected) in [1, in2026, 1 + r].enumerated() {
      let ratio = moved.forecast.mean[h] / base.forecast.mean[h]
      #expect(abs(ratio - expected) < 1e-9, "h \(h + 1)")
    }
    // The base amount's contribution: the forecast less the one at the 2024 amount.
    let contribution = try #require(moved.contributions[.rsaBaseAmount])
    let growth = try #require(raised[2027]) / old2024
    #expect(abs(contribution[2] / moved.forecast.mean[2] - (1 - 1 / growth)) < 1e-9)
    // Without the 2027 amount the base amount stays in the trend, with a note.
    var short = try ElasticityEstimatorTests.history.get()
    short.values[.rsaBaseAmount]?[2027] = nil
    let result = try Self.forecastsWithNotes(history: short)
    #expect(
      result.notes.contains(
        "rsa keeps its base amount in the spending per household's trend: the driver history gives no rsa_base_amount for 2027"
      ), "\(result.notes)")
    #expect(result.forecasts.first { $0.line == .rsa }?.drivers == [.unemploymentRate])
  }

  @Test func aScenarioMovesADrivenLineAsItsRegressionWould() throws {
    // The population aged 85+ 2 % above its projections from 2025: the regression's
    // forecast along the moved path is the baseline's times the scenario rule's factor.
    var moved = try Self.statedHistory()
    for year in 2025...2027 { moved.values[.population85]?[year]? *= 1.02 }
    let base = try #require(try Self.forecasts(history: try Self.statedHistory())[.apa])
    let along = try #require(try Self.forecasts(history: moved)[.apa])
    var scenario = Scenario(name: "+2 %")
    scenario.drivers[.population85] = [2025: 0.02]
    let beta = try #require(base.coefficients["apa_per_population_85"])
    let effects = ScenarioEffects(
      scenario: scenario, years: [2025, 2026, 2027], elasticities: ["apa_per_population_85": beta])
    for (h, year) in [2025, 2026, 2027].enumerated() {
      let factor = try #require(
        effects.factors(node: "line/F/D/016/651141/551", year: year)["population_85"])
      #expect(abs(along.forecast.mean[h] / base.forecast.mean[h] - factor) < 1e-9, "\(year)")
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
