import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Testing

/// Fixed-order ARIMA fits against R's `forecast::Arima` (method ML;
/// Golden/make_arima_golden.R).
@Suite("ARIMA against R forecast::Arima")
struct ARIMAGoldenTests {
  struct Case: Decodable, CustomStringConvertible {
    var name: String
    var y: [Double]
    var period: Double
    var order: [Double]
    var seasonal: [Double]
    var mean: Bool
    var drift: Bool
    var coef: [Double]
    var coefNames: [String]
    var se: [Double]
    var logLik: Double
    var aicc: Double
    var sigma2: Double
    var forecast: [Double]
    var lower95: [Double]
    var upper95: [Double]
    /// R's Ljung–Box test as `checkresiduals` runs it: lag, Q, p-value.
    var ljungBox: [Double]
    var description: String { name }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "arima_golden.json")) ?? []

  /// The parameterised tests run over `cases`, empty if the file failed to load: this
  /// test fails instead.
  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "arima_golden.json").count == 6)
  }

  static func specification(_ c: Case) -> ARIMASpecification {
    ARIMASpecification(
      p: Int(c.order[0]), d: Int(c.order[1]), q: Int(c.order[2]), seasonalP: Int(c.seasonal[0]),
      seasonalD: Int(c.seasonal[1]), seasonalQ: Int(c.seasonal[2]), period: Int(c.period),
      includesMean: c.mean, includesDrift: c.drift)
  }

  /// R's test on its residuals of the differenced series (its d + mD leading residuals,
  /// from the diffuse start, dropped).
  @Test("Ljung–Box test of the residuals as R's checkresiduals", arguments: cases)
  func ljungBoxAsR(_ c: Case) throws {
    let fit = try Self.specification(c).fit(TimeSeries(values: c.y, period: Int(c.period)))
    let test = try #require(fit.ljungBox)
    #expect(test.lags == Int(c.ljungBox[0]))
    // Residuals agree to the estimates' precision (coefficients within 0.2 %).
    #expect(abs(test.statistic - c.ljungBox[1]) <= 0.01 * c.ljungBox[1], "Q \(test.statistic)")
    #expect(abs(test.pValue - c.ljungBox[2]) <= 0.01, "p \(test.pValue) vs R \(c.ljungBox[2])")
  }

  @Test("Same estimates, likelihood and forecasts as R", arguments: cases)
  func sameAsR(_ c: Case) throws {
    let fit = try Self.specification(c).fit(TimeSeries(values: c.y, period: Int(c.period)))
    #expect(fit.coefficientNames == c.coefNames)
    // The same exact likelihood for stationary models; with differencing R
    // approximates the diffuse likelihood (prior variance 1e6), hence 0.01 units.
    #expect(
      abs(fit.logLikelihood - c.logLik) <= 1e-2, "logLik \(fit.logLikelihood) vs R \(c.logLik)")
    for (ours, theirs) in zip(fit.coefficients, c.coef) {
      #expect(
        abs(ours - theirs) <= 2e-3 * Swift.max(1, abs(theirs)), "coefficient \(ours) vs R \(theirs)"
      )
    }
    for (ours, theirs) in zip(fit.standardErrors, c.se) {
      #expect(abs(ours - theirs) <= 0.02 * theirs, "standard error \(ours) vs R \(theirs)")
    }
    #expect(abs(fit.sigma2 - c.sigma2) <= 3e-3 * c.sigma2)
    #expect(abs(fit.aicc - c.aicc) <= 2e-2)
    let forecast = try fit.forecast(horizon: c.forecast.count, levels: [95])
    let interval = try #require(forecast.interval(level: 95))
    for h in c.forecast.indices {
      let width = c.upper95[h] - c.lower95[h]
      #expect(abs(forecast.mean[h] - c.forecast[h]) <= 0.01 * width, "mean at h = \(h + 1)")
      #expect(
        abs((interval.upper[h] - interval.lower[h]) - width) <= 0.02 * width,
        "width at h = \(h + 1)")
    }
  }
}
