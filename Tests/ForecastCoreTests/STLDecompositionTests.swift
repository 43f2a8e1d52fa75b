import BudgetcastTestSupport
import ForecastCore
import Testing

/// STL against R's `stl` (Golden/make_stl_golden.R): the components to 1e-9 when R
/// evaluates every loess at every point, and the seasonal strength `nsdiffs` reads
/// from R's default decomposition (which interpolates between every other point or
/// so) to 0.01.
@Suite("STL decomposition against R's stl")
struct STLDecompositionTests {
  struct Case: Decodable, Sendable, CustomTestStringConvertible {
    var name: String
    var period: Int
    var y: [Double]
    var seasonal: [Double]
    var trend: [Double]
    var strength: Double
    var testDescription: String { name }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "stl_golden.json")) ?? []

  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "stl_golden.json").count == 5)
  }

  @Test("Same components as R's stl", arguments: cases)
  func components(_ c: Case) throws {
    let stl = try #require(STLDecomposition(TimeSeries(values: c.y, period: c.period)))
    let scale = c.y.map(abs).max() ?? 1
    for (ours, theirs) in zip(stl.seasonal, c.seasonal) {
      #expect(abs(ours - theirs) <= 1e-9 * scale)
    }
    for (ours, theirs) in zip(stl.trend, c.trend) { #expect(abs(ours - theirs) <= 1e-9 * scale) }
    for t in c.y.indices {
      #expect(abs(stl.seasonal[t] + stl.trend[t] + stl.remainder[t] - c.y[t]) <= 1e-9 * scale)
    }
  }

  @Test("Seasonal strength as forecast::nsdiffs reads it", arguments: cases)
  func strength(_ c: Case) throws {
    let stl = try #require(STLDecomposition(TimeSeries(values: c.y, period: c.period)))
    #expect(abs(stl.seasonalStrength - c.strength) <= 0.01, "\(stl.seasonalStrength)")
  }

  @Test func tooShortOrNotSeasonal() {
    #expect(STLDecomposition(TimeSeries(values: Array(repeating: 1, count: 23), period: 12)) == nil)
    #expect(STLDecomposition(TimeSeries(values: [1, 2, 3, 4], period: 1)) == nil)
  }
}
