import BudgetcastTestSupport
import ForecastCore
import Testing

/// Distribution functions against R (Golden/make_distribution_golden.R).
@Suite("Distributions against R")
struct DistributionTests {
  struct Golden: Decodable {
    var tCDF: [[Double]]
    var tQuantile: [[Double]]
    var fUpperTail: [[Double]]
    var normalCDF: [[Double]]
    var normalQuantile: [[Double]]
    var betaCDF: [[Double]]
    var chiSquaredCDF: [[Double]]
    var ljungBoxResiduals: [Double]
    var ljungBox: [[Double]]
  }

  let golden: Golden
  init() throws { golden = try GoldenFile.load(Golden.self, named: "distribution_golden.json") }

  func expectClose(_ value: Double, _ reference: Double, _ tolerance: Double, _ label: String) {
    let difference = GoldenFile.relativeDifference(value, reference)
    #expect(
      difference <= tolerance, "\(label): \(value) vs R \(reference) (relative \(difference))")
  }

  @Test func studentTDistributionFunctionAndTwoSidedPValue() {
    for row in golden.tCDF {
      let t = StudentTDistribution(degreesOfFreedom: row[1])
      expectClose(t.cdf(row[0]), row[2], 1e-13, "pt(\(row[0]), \(row[1]))")
      expectClose(t.twoSidedPValue(row[0]), row[3], 1e-13, "2·pt(-|\(row[0])|, \(row[1]))")
    }
  }

  @Test func chiSquaredBothTails() {
    for row in golden.chiSquaredCDF {
      let chi = ChiSquaredDistribution(degreesOfFreedom: row[1])
      expectClose(chi.cdf(row[0]), row[2], 1e-13, "pchisq(\(row[0]), \(row[1]))")
      expectClose(chi.upperTail(row[0]), row[3], 1e-13, "pchisq(\(row[0]), \(row[1]), upper)")
    }
  }

  @Test func ljungBoxAsBoxTest() throws {
    for row in golden.ljungBox {
      let test = try #require(
        LjungBoxTest(
          residuals: golden.ljungBoxResiduals, period: 1, fitted: Int(row[1]), lags: Int(row[0])))
      expectClose(test.statistic, row[2], 1e-12, "Box.test Q, lag \(row[0])")
      expectClose(test.pValue, row[3], 1e-12, "Box.test p, lag \(row[0])")
      #expect(test.degreesOfFreedom == Int(row[0]) - Int(row[1]))
    }
  }

  @Test func studentTQuantile() {
    for row in golden.tQuantile {
      let t = StudentTDistribution(degreesOfFreedom: row[1])
      expectClose(t.quantile(row[0]), row[2], 1e-12, "qt(\(row[0]), \(row[1]))")
    }
  }

  @Test func fisherFUpperTail() {
    for row in golden.fUpperTail {
      let f = FisherFDistribution(numeratorDegrees: row[1], denominatorDegrees: row[2])
      expectClose(f.upperTail(row[0]), row[3], 1e-12, "pf(\(row[0]), \(row[1]), \(row[2]), upper)")
    }
  }

  @Test func normalDistribution() {
    for row in golden.normalCDF {
      // Documented accuracy: about 1e-16·(1 + z²) in relative terms.
      expectClose(
        NormalDistribution.cdf(row[0]), row[1], 2e-16 * (1 + row[0] * row[0]) + 1e-15,
        "pnorm(\(row[0]))")
    }
    for row in golden.normalQuantile {
      expectClose(NormalDistribution.quantile(row[0]), row[1], 1e-14, "qnorm(\(row[0]))")
    }
  }

  @Test func regularizedIncompleteBetaAndComplement() {
    for row in golden.betaCDF {
      expectClose(
        IncompleteBeta.regularized(x: row[0], a: row[1], b: row[2]), row[3], 1e-13,
        "pbeta(\(row[0]), \(row[1]), \(row[2]))")
      expectClose(
        IncompleteBeta.complement(x: row[0], a: row[1], b: row[2]), row[4], 1e-13,
        "1 − pbeta(\(row[0]), \(row[1]), \(row[2]))")
    }
  }

  @Test func invalidArgumentsGiveNaNNotACrash() {
    #expect(IncompleteBeta.regularized(x: 2, a: 1, b: 1).isNaN)
    #expect(StudentTDistribution(degreesOfFreedom: -1).quantile(0.9).isNaN)
    #expect(NormalDistribution.quantile(1.5).isNaN)
    #expect(StudentTDistribution(degreesOfFreedom: 5).quantile(1) == .infinity)
  }
}
