import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Foundation
import Testing

/// Automatic ARIMA against R's auto.arima (Golden/make_auto_arima_golden.R).
@Suite("Automatic ARIMA against R forecast::auto.arima")
struct AutoARIMAGoldenTests {
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var y: [Double]
    var period: Double
    var order: [Int]
    var constant: Bool
    var aicc: Double
    var kpss: Double
    var ndiffs: Int
    var nsdiffs: Int
    var testDescription: String { name }
    var series: TimeSeries { TimeSeries(values: y, period: Swift.max(1, Int(period))) }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "auto_arima_golden.json")) ?? []

  @Test("KPSS statistic and differencing orders as R's ndiffs and nsdiffs", arguments: cases)
  func differencing(_ c: Case) {
    let statistic = DifferencingTests.kpss(c.y)
    #expect(abs(statistic - c.kpss) <= 1e-9 * c.kpss, "\(statistic) vs \(c.kpss)")
    #expect(DifferencingTests.regularDifferences(c.y) == c.ndiffs)
  }

  /// Seasonal strength measured on an STL decomposition, as R: UKgas and Johnson &
  /// Johnson, whose seasonal amplitude drifts, differed under a classical one (strength
  /// 0.59 and 0.58 there, above 0.64 under STL).
  @Test("Seasonal differences as R's nsdiffs")
  func seasonalDifferencing() {
    let differing = Self.cases.filter {
      DifferencingTests.seasonalDifferences($0.series) != $0.nsdiffs
    }.map(\.name)
    #expect(differing.isEmpty, "\(differing)")
  }

  /// The same order and constant as R on every series, with its AICc to 0.01 (the
  /// same CSS start and BFGS search as R's `arima`).
  @Test("Stepwise search: R's order and AICc")
  func orders() throws {
    #expect(Self.cases.count == 13)
    for c in Self.cases {
      let fit = try AutoARIMA().fit(c.series)
      let s = fit.specification
      let ours = [s.p, s.d, s.q, s.seasonalP, s.seasonalD, s.seasonalQ]
      #expect(
        ours == c.order && (s.includesMean || s.includesDrift) == c.constant,
        "\(c.name): budgetcast \(s), R \(c.order) constant \(c.constant)")
      #expect(abs(fit.aicc - c.aicc) < 0.01, "\(c.name): AICc \(fit.aicc) against R's \(c.aicc)")
    }
    // The search path of auto.arima: from the start models' orders with the constant.
    #expect(
      (try? AutoARIMA().fit(Self.cases.first { $0.name == "M3_N0003" }?.series ?? .init(values: [])))?
        .specification.description == "ARIMA(0,1,0)")
  }

  /// R 4.2.2, forecast 8.20: `auto.arima(ts(c(100, 110, 105)))` is ARIMA(0,0,0) with
  /// non-zero mean (chosen by AIC: AICc is undefined on three points) forecasting 105;
  /// on `c(100, 110, 105, 120)` the same model forecasts 108.75.
  @Test("Three or four observations: R's choice and forecast")
  func veryShortSeries() throws {
    for (values, expected) in [([100.0, 110, 105], 105.0), ([100, 110, 105, 120], 108.75)] {
      let fit = try AutoARIMA().fit(TimeSeries(values: values))
      #expect(fit.specification.description == "ARIMA(0,0,0) with non-zero mean")
      let forecast = try fit.forecast(horizon: 1)
      #expect(abs(forecast.mean[0] - expected) < 1e-6, "\(forecast.mean[0])")
    }
  }
}
