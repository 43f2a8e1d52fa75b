import BudgetcastTestSupport
import ForecastCore
import Testing

/// STL against R's `stl` (Golden/make_stl_golden.R): the components to 1e-9 with R's
/// default jumps (loess evaluated every ⌈window/10⌉ points, interpolated between) and
/// with jumps of 1, and the seasonal strength `nsdiffs` reads from `mstl` to 1e-9.
@Suite("STL decomposition against R's stl")
struct STLDecompositionTests {
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var period: Int
    var y: [Double]
    var seasonal: [Double]
    var trend: [Double]
    var seasonalDefault: [Double]
    var trendDefault: [Double]
    var strength: Double
    var testDescription: String { name }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "stl_golden.json")) ?? []

  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "stl_golden.json").count == 5)
  }

  @Test("Same components as R's stl, with its jumps and with jumps of 1", arguments: cases)
  func components(_ c: Case) throws {
    let series = TimeSeries(values: c.y, period: c.period)
    let scale = c.y.map(abs).max() ?? 1
    for (everyPoint, seasonal, trend) in [
      (true, c.seasonal, c.trend), (false, c.seasonalDefault, c.trendDefault),
    ] {
      let stl = try #require(STLDecomposition(series, everyPoint: everyPoint))
      #expect(stl.seasonal.count == seasonal.count && stl.trend.count == trend.count)
      for (ours, theirs) in zip(stl.seasonal, seasonal) {
        #expect(abs(ours - theirs) <= 1e-9 * scale)
      }
      for (ours, theirs) in zip(stl.trend, trend) { #expect(abs(ours - theirs) <= 1e-9 * scale) }
      for t in c.y.indices {
        #expect(abs(stl.seasonal[t] + stl.trend[t] + stl.remainder[t] - c.y[t]) <= 1e-9 * scale)
      }
    }
  }

  @Test("Seasonal strength as forecast::nsdiffs reads it", arguments: cases)
  func strength(_ c: Case) throws {
    let stl = try #require(STLDecomposition(TimeSeries(values: c.y, period: c.period)))
    #expect(abs(stl.seasonalStrength - c.strength) <= 1e-9, "\(stl.seasonalStrength)")
  }

  @Test func tooShortOrNotSeasonal() {
    #expect(STLDecomposition(TimeSeries(values: Array(repeating: 1, count: 23), period: 12)) == nil)
    #expect(STLDecomposition(TimeSeries(values: [1, 2, 3, 4], period: 1)) == nil)
  }
}
