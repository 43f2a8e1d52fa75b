import LinearAlgebra
import Testing

@testable import Reporting

/// The band of a sum of lines against hand computations.
@Suite("Bands of sums of lines")
struct LineSumBandsTests {
  // Two lines: 100 ± 10 and 50 ± 5 at 95 %.
  static let means = [100.0, 50.0]
  static let bounds = [(90.0, 110.0), (45.0, 55.0)]

  static func correlation(_ r: Double) -> Matrix {
    var matrix = Matrix.identity(2)
    matrix[0, 1] = r
    matrix[1, 0] = r
    return matrix
  }

  @Test("Half-width √(10² + 5² + 2·r·10·5): independent, half, fully correlated")
  func halfWidthFollowsTheCorrelation() throws {
    for (r, half) in [(0.0, 125.0.squareRoot()), (0.5, 175.0.squareRoot()), (1.0, 15.0)] {
      let band = try #require(
        LineSumBands.band(
          means: Self.means, bounds: Self.bounds, level: 95, correlation: Self.correlation(r)))
      #expect(abs(band.0 - (150 - half)) < 1e-9, "r = \(r)")
      #expect(abs(band.1 - (150 + half)) < 1e-9, "r = \(r)")
    }
  }

  @Test func aSingleLineKeepsItsWidthAndMissingBoundsGiveNone() throws {
    let band = try #require(
      LineSumBands.band(
        means: [100], bounds: [(80, 130)], level: 80, correlation: Matrix.identity(1)))
    #expect(abs(band.0 - 75) < 1e-9 && abs(band.1 - 125) < 1e-9)
    #expect(
      LineSumBands.band(
        means: Self.means, bounds: [(90, 110), (.nan, 55)], level: 95,
        correlation: Self.correlation(0)) == nil)
  }
}
