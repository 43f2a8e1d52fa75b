import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Testing

/// Re-application without re-estimation against R's `Arima(y, model = fit)`
/// (Golden/make_arima_applied_golden.R).
@Suite("ARIMA re-applied to new data, against R forecast::Arima(model =)")
struct ARIMAAppliedGoldenTests {
  struct Case: Decodable, Sendable, CustomStringConvertible {
    var name: String
    var y: [Double]
    var first: Int
    var period: Double
    var order: [Int]
    var seasonal: [Int]
    var mean: Bool
    var coef: [Double]
    var sigma2: Double
    var logLik: Double
    var forecast: [Double]
    var lower95: [Double]
    var upper95: [Double]
    var description: String { name }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "arima_applied_golden.json")) ?? []

  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "arima_applied_golden.json").count == 2)
  }

  @Test("Same coefficients kept, likelihood and forecasts on the new data as R", arguments: cases)
  func sameAsR(_ c: Case) throws {
    let m = Int(c.period)
    let spec = ARIMASpecification(
      p: c.order[0], d: c.order[1], q: c.order[2], seasonalP: c.seasonal[0],
      seasonalD: c.seasonal[1], seasonalQ: c.seasonal[2], period: m, includesMean: c.mean)
    let fit = try spec.fit(TimeSeries(values: Array(c.y.prefix(c.first)), period: m))
    for (ours, theirs) in zip(fit.coefficients, c.coef) {
      #expect(abs(ours - theirs) <= 2e-3 * Swift.max(1, abs(theirs)), "\(ours) vs R \(theirs)")
    }
    let applied = try fit.applied(to: TimeSeries(values: c.y, period: m))
    #expect(applied.coefficients == fit.coefficients)
    #expect(applied.sigma2 == fit.sigma2)
    #expect(applied.residuals.count == c.y.count - spec.d - spec.seasonalD * m)
    // Differenced models: R's diffuse prior moves ℓ by about 0.01 (see ARIMAGoldenTests).
    #expect(
      abs(applied.logLikelihood - c.logLik) <= 1e-2, "\(applied.logLikelihood) vs R \(c.logLik)")
    let forecast = try applied.forecast(horizon: c.forecast.count, levels: [95])
    let interval = try #require(forecast.interval(level: 95))
    for h in c.forecast.indices {
      let width = c.upper95[h] - c.lower95[h]
      #expect(abs(forecast.mean[h] - c.forecast[h]) <= 0.01 * width, "h=\(h + 1)")
      #expect(abs((interval.upper[h] - interval.lower[h]) - width) <= 0.02 * width, "h=\(h + 1)")
    }
  }

  @Test("Drivers other than the fitted ones are refused by name")
  func otherDriversAreRefused() throws {
    let y = (0..<30).map { Double($0) + Double($0 % 4) }
    let x = ARIMADrivers(names: ["u"], columns: [(0..<30).map { Double($0 % 5) }])
    let fit = try ARIMASpecification(p: 1, d: 0, q: 0, includesMean: true).fit(
      TimeSeries(values: y), drivers: x)
    #expect(throws: ARIMAError.self) { try fit.applied(to: TimeSeries(values: y)) }
  }
}
