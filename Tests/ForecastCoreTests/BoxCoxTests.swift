import BudgetcastTestSupport
import ForecastCore
import Testing

/// Box–Cox and Guerrero's λ against R (Golden/make_boxcox_golden.R).
@Suite("Box–Cox against R")
struct BoxCoxTests {
  struct Case: Decodable, CustomStringConvertible {
    var series: String
    var period: Double
    var y: [Double]
    var lambda: Double
    var transformed: [Double]
    var description: String { series }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "boxcox_golden.json")) ?? []

  /// The parameterised tests run over `cases`, empty if the file failed to load: this
  /// test fails instead.
  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "boxcox_golden.json").count == 6)
  }

  @Test("Guerrero's λ and the transformation", arguments: cases)
  func guerrero(_ c: Case) throws {
    let boxCox = try #require(BoxCox.guerrero(TimeSeries(values: c.y, period: Int(c.period))))
    // R's optimize() stops at a tolerance of about 1e-4; budgetcast searches to 1e-9.
    #expect(abs(boxCox.lambda - c.lambda) < 1e-3, "λ \(boxCox.lambda) vs R \(c.lambda)")
    let exact = BoxCox(lambda: c.lambda)
    for (y, w) in zip(c.y, c.transformed) {
      #expect(abs(exact.transform(y) - w) <= 1e-12 * Swift.max(1, abs(w)))
      #expect(abs(exact.inverse(w) - y) <= 1e-9 * Swift.max(1, abs(y)))
    }
  }

  @Test func refusesDataItCannotTransform() {
    #expect(BoxCox.guerrero(TimeSeries(values: [1, -2, 3, 4, 5, 6])) == nil)
    #expect(BoxCox.guerrero(TimeSeries(values: [1, 2, 3])) == nil)
    #expect(abs(BoxCox(lambda: 0).inverse(BoxCox(lambda: 0).transform(5)) - 5) < 1e-14)
  }
}
