import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Testing

/// Simulated paths against R's forecasts and 95 % intervals (Golden/arima_golden.json):
/// path means and quantiles converge to them, and a seed replays its paths.
@Suite("ARIMA simulation")
struct ARIMASimulationTests {
  @Test("Paths match R's forecast distribution", arguments: ARIMAGoldenTests.cases)
  func pathsMatchTheForecastDistribution(_ c: ARIMAGoldenTests.Case) throws {
    let fit = try ARIMAGoldenTests.specification(c).fit(
      TimeSeries(values: c.y, period: Int(c.period)))
    let horizon = c.forecast.count
    let count = 20_000
    let paths = try fit.simulate(horizon: horizon, paths: count, seed: 42)
    #expect(paths.count == count && paths.allSatisfy { $0.count == horizon })
    for h in 0..<horizon {
      let values = paths.map { $0[h] }.sorted()
      let sd = (c.upper95[h] - c.lower95[h]) / (2 * 1.959_963_984_540_054)
      let mean = values.reduce(0, +) / Double(count)
      // Monte Carlo: the mean's standard error is sd/√20000 ≈ 0.007 sd, a 2.5 % quantile's
      // about 0.02 sd; over ~170 comparisons, 0.04 and 0.1 sd are five standard errors.
      #expect(abs(mean - c.forecast[h]) < 0.04 * sd, "\(c.name) h=\(h + 1)")
      let lower = values[Int(0.025 * Double(count))]
      let upper = values[Int(0.975 * Double(count))]
      #expect(abs(lower - c.lower95[h]) < 0.1 * sd, "\(c.name) h=\(h + 1)")
      #expect(abs(upper - c.upper95[h]) < 0.1 * sd, "\(c.name) h=\(h + 1)")
    }
    #expect(try fit.simulate(horizon: horizon, paths: 3, seed: 42) == Array(paths.prefix(3)))
    #expect(try fit.simulate(horizon: horizon, paths: 3, seed: 43) != Array(paths.prefix(3)))
  }
}
