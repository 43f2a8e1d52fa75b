import Baselines
import BudgetcastTestSupport
import ExponentialSmoothing
import ForecastCore
import Testing
import Theta

/// Series of three to six points, too short for the likelihood, against R's
/// least-squares fits (Golden/make_short_series_golden.R).
@Suite("Short series: exponential smoothing and Theta against R forecast")
struct ShortSeriesGoldenTests {
  struct Model: Decodable {
    var components: String
    var alpha: Double
    var beta: Double?
    var sigma2: Double
    var forecast: Bands
  }
  struct Bands: Decodable {
    var mean, lo80, hi80, lo95, hi95: [Double]
  }
  struct Case: Decodable, CustomStringConvertible {
    var name: String
    var values: [Double]
    var ets, ses, holt: Model
    var theta: Bands
    var description: String { name }
  }
  struct Golden: Decodable { var cases: [Case] }

  static let cases =
    (try? GoldenFile.load(Golden.self, named: "short_series_golden.json"))?.cases ?? []

  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load(Golden.self, named: "short_series_golden.json").cases.count == 8)
  }

  /// R's L-BFGS-B and budgetcast's Nelder–Mead stop at slightly different points of
  /// flat least-squares surfaces (α = 0.49996 against 0.5): 1e-5 relative.
  static func close(_ a: [Double], _ b: [Double]) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= 1e-5 * Swift.max(1, abs($1)) }
  }

  func expectClose(_ forecast: Forecast, _ r: Bands, _ label: String, intervals: Bool = true)
    throws
  {
    #expect(Self.close(forecast.mean, r.mean), "\(label) mean \(forecast.mean) R \(r.mean)")
    guard intervals else { return }
    let i80 = try #require(forecast.interval(level: 80))
    let i95 = try #require(forecast.interval(level: 95))
    #expect(Self.close(i80.lower, r.lo80) && Self.close(i80.upper, r.hi80), "\(label) 80 %")
    #expect(Self.close(i95.lower, r.lo95) && Self.close(i95.upper, r.hi95), "\(label) 95 %")
  }

  /// The same least-squares problem solved at least as well as R, and R's figures
  /// where the solutions agree; returns whether everything agreed.
  ///
  /// σ² = Σe²/n is no higher than R's; where the sums agree, the structure and point
  /// forecasts are R's, and the intervals too where the parameters agree.
  ///
  /// On three to five points the sum of squares has flat valleys: R's L-BFGS-B, from
  /// α = 0.2 and β = 0.02, stops on β = 1 where Nelder–Mead finds another point of the
  /// same valley (the same final states, hence the same point forecasts, but another
  /// β in the variance), or stops short of the minimum (Holt on Gironde's three totals:
  /// σ² 6,265 for R, 5,397 here).
  @discardableResult
  func expectSame(_ fit: FittedETS, _ r: Model, _ label: String) throws -> Bool {
    #expect(fit.estimation == .shortSeries)
    #expect(fit.sigma2 <= r.sigma2 * (1 + 1e-5), "\(label) σ² \(fit.sigma2) R \(r.sigma2)")
    guard GoldenFile.relativeDifference(fit.sigma2, r.sigma2) < 1e-5 else { return false }
    #expect(fit.name == "ETS(\(r.components.map(String.init).joined(separator: ",")))", "\(label)")
    let sameParameters =
      abs(fit.parameters.alpha - r.alpha) < 1e-3
      && (r.beta.map { abs(fit.parameters.beta - $0) < 1e-3 } ?? true)
    try expectClose(
      fit.forecast(horizon: 3, levels: [80, 95]), r.forecast, label, intervals: sameParameters)
    return sameParameters
  }

  @Test("Automatic ETS, SES and Holt as R fits them", arguments: cases)
  func smoothing(_ c: Case) throws {
    let series = TimeSeries(values: c.values, period: 1)
    let auto = try AutoETS().fit(series)
    // The automatic choice is R's on every case, with R's point forecasts.
    #expect(auto.name == "ETS(\(c.ets.components.map(String.init).joined(separator: ",")))")
    try expectClose(
      auto.forecast(horizon: 3, levels: [80, 95]), c.ets.forecast, "\(c.name) ets",
      intervals: false)
    try expectSame(auto, c.ets, "\(c.name) ets")
    // Simple smoothing has one parameter: R's optimum exactly, every case.
    #expect(try expectSame(try SmoothingBenchmark.ses.fit(series), c.ses, "\(c.name) ses"))
    try expectSame(try SmoothingBenchmark.holt.fit(series), c.holt, "\(c.name) holt")
  }

  /// How often everything agrees with R (structure, parameters, forecasts and
  /// intervals), so that a regression shows: 7 of the 16 automatic and Holt fits.
  @Test func agreementWithR() throws {
    var agreed = 0
    for c in Self.cases {
      let series = TimeSeries(values: c.values, period: 1)
      if try expectSame(try AutoETS().fit(series), c.ets, "\(c.name) ets") { agreed += 1 }
      if try expectSame(try SmoothingBenchmark.holt.fit(series), c.holt, "\(c.name) holt") {
        agreed += 1
      }
    }
    #expect(agreed >= 7, "\(agreed) of 16")
  }

  @Test("Theta as R's thetaf", arguments: cases)
  func theta(_ c: Case) throws {
    let series = TimeSeries(values: c.values, period: 1)
    try expectClose(
      try ThetaMethod().forecast(series, horizon: 3, levels: [80, 95]), c.theta, "\(c.name) theta")
  }
}
