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

  @Test("Stepwise search: R's order, or one at least as good by AICc")
  func orders() throws {
    #expect(Self.cases.count == 13)
    var same = 0
    let cases = Self.cases
    var worse: [String] = []
    for c in cases {
      let fit = try AutoARIMA().fit(c.series)
      let s = fit.specification
      let ours = [s.p, s.d, s.q, s.seasonalP, s.seasonalD, s.seasonalQ]
      if ours == c.order && (s.includesMean || s.includesDrift) == c.constant {
        same += 1
        #expect(abs(fit.aicc - c.aicc) < 0.05 * abs(c.aicc) + 0.5, "\(c.name)")
        continue
      }
      // A different pick must be at least as good as R's by our own likelihood.
      let theirs = ARIMASpecification(
        p: c.order[0], d: c.order[1], q: c.order[2], seasonalP: c.order[3],
        seasonalD: c.order[4], seasonalQ: c.order[5], period: c.series.period,
        includesMean: c.constant && c.order[1] + c.order[4] == 0,
        includesDrift: c.constant && c.order[1] + c.order[4] == 1)
      if s.d == c.order[1] && s.seasonalD == c.order[4] {
        let reference = try theirs.fit(c.series)
        if fit.aicc > reference.aicc + 1e-6 { worse.append(c.name) }
      }
      print("\(c.name): budgetcast \(s) (AICc \(fit.aicc)), R \(theirs) (AICc \(c.aicc))")
    }
    print("auto ARIMA: same order as R on \(same) of \(cases.count) series")
    #expect(same >= 9)
    // The search path of auto.arima: from the start models' orders with the constant.
    #expect(
      (try? AutoARIMA().fit(Self.cases.first { $0.name == "M3_N0003" }?.series ?? .init(values: [])))?
        .specification.description == "ARIMA(0,1,0)")
    #expect(worse.isEmpty, "worse than R by AICc: \(worse)")
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
