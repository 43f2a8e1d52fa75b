import ARIMA
import BudgetcastTestSupport
import ForecastCore
import Testing

/// Automatic ARIMA on series longer than 150 observations against R's auto.arima
/// (Golden/make_auto_arima_long_golden.R), where both compare candidates by their
/// conditional-sum-of-squares fits and estimate the chosen one by likelihood.
@Suite("Automatic ARIMA on long series, as auto.arima's approximation")
struct AutoARIMALongTests {
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var period: Int
    var y: [Double]
    var order: [Int]
    var constant: Bool
    var aicc: Double
    var testDescription: String { name }
  }

  static let cases =
    (try? GoldenFile.load([Case].self, named: "auto_arima_long_golden.json")) ?? []

  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "auto_arima_long_golden.json").count == 3)
  }

  @Test("R's order and AICc", arguments: cases)
  func sameAsR(_ c: Case) throws {
    let fit = try AutoARIMA().fit(TimeSeries(values: c.y, period: c.period))
    let s = fit.specification
    #expect([s.p, s.d, s.q, s.seasonalP, s.seasonalD, s.seasonalQ] == c.order, "\(s)")
    #expect((s.includesMean || s.includesDrift) == c.constant, "\(s)")
    #expect(abs(fit.aicc - c.aicc) < 0.01, "AICc \(fit.aicc) against R's \(c.aicc)")
  }
}
