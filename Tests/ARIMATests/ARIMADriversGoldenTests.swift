import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Foundation
import Testing

/// Regression with ARIMA errors against R's Arima(xreg =) (Golden/make_arima_xreg_golden.R).
@Suite("Regression with ARIMA errors against R forecast::Arima(xreg =)")
struct ARIMADriversGoldenTests {
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var y: [Double]
    var period: Double
    var order: [Int]
    var seasonal: [Int]
    var drivers: [String]
    var x: [[Double]]
    var future: [[Double]]
    var coef: [Double]
    var coefNames: [String]
    var se: [Double]
    var logLik: Double
    var aicc: Double
    var sigma2: Double
    var forecast: [Double]
    var lower95: [Double]
    var upper95: [Double]
    var testDescription: String { name }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "arima_xreg_golden.json")) ?? []

  /// The parameterised tests run over `cases`, empty if the file failed to load: this
  /// test fails instead.
  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "arima_xreg_golden.json").count == 2)
  }

  @Test("Same coefficients, likelihood, forecasts and driver contributions as R", arguments: cases)
  func sameAsR(_ c: Case) throws {
    let spec = ARIMASpecification(
      p: c.order[0], d: c.order[1], q: c.order[2], seasonalP: c.seasonal[0],
      seasonalD: c.seasonal[1], seasonalQ: c.seasonal[2], period: Int(c.period))
    let drivers = ARIMADrivers(names: c.drivers, columns: c.x)
    let fit = try spec.fit(TimeSeries(values: c.y, period: Int(c.period)), drivers: drivers)
    #expect(fit.coefficientNames == c.coefNames)
    #expect(abs(fit.logLikelihood - c.logLik) < 0.01, "\(fit.logLikelihood) vs \(c.logLik)")
    for (ours, theirs) in zip(fit.coefficients, c.coef) {
      #expect(abs(ours - theirs) <= 0.005 * abs(theirs) + 1e-4, "\(ours) vs \(theirs)")
    }
    for (ours, theirs) in zip(fit.standardErrors, c.se) {
      #expect(abs(ours - theirs) <= 0.03 * theirs, "se \(ours) vs \(theirs)")
    }
    let future = ARIMADrivers(names: c.drivers, columns: c.future)
    let forecast = try fit.forecast(horizon: c.forecast.count, levels: [95], drivers: future)
    let interval = try #require(forecast.interval(level: 95))
    for h in c.forecast.indices {
      let width = c.upper95[h] - c.lower95[h]
      #expect(abs(forecast.mean[h] - c.forecast[h]) <= 0.01 * width, "h=\(h + 1)")
      #expect(abs((interval.upper[h] - interval.lower[h]) - width) <= 0.02 * width)
    }
    // Contributions are β_j·x_j over the horizon.
    let contributions = try fit.contributions(future, horizon: c.forecast.count)
    let offset = fit.coefficients.count - c.drivers.count
    for (j, name) in c.drivers.enumerated() {
      let expected = c.future[j].map { fit.coefficients[offset + j] * $0 }
      #expect(contributions[name] == expected)
    }
  }

  @Test("Drivers that are short, missing or collinear are refused by name")
  func badDrivers() throws {
    let y = (0..<30).map { 10 + Double($0) + sin(Double($0)) }
    let series = TimeSeries(values: y, period: 1)
    let x = (0..<30).map { Double($0 % 7) }
    let spec = ARIMASpecification(p: 1, d: 0, q: 0, includesMean: true)
    #expect(throws: ARIMAError.driver("jobs", "has 29 values for 30 observations")) {
      try spec.fit(series, drivers: ARIMADrivers(names: ["jobs"], columns: [Array(x.dropLast())]))
    }
    #expect(throws: ARIMAError.collinearDrivers(["a", "b"])) {
      try spec.fit(
        series, drivers: ARIMADrivers(names: ["a", "b"], columns: [x, x.map { 2 * $0 + 1 }]))
    }
    let fit = try spec.fit(series, drivers: ARIMADrivers(names: ["jobs"], columns: [x]))
    #expect(throws: ARIMAError.self) {
      try fit.forecast(horizon: 3, drivers: ARIMADrivers(names: ["jobs"], columns: [[1, 2]]))
    }
    #expect(throws: ARIMAError.self) { try fit.forecast(horizon: 3) }
  }
}
