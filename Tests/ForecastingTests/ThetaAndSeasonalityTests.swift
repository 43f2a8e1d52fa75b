import Baselines
import ForecastCore
import Foundation
import Testing
import Theta

@Suite("Seasonality, decomposition and optimised Theta")
struct ThetaAndSeasonalityTests {
  /// Monthly series with a strong multiplicative season and a trend.
  static let seasonal = TimeSeries(
    values: (0..<72).map { t in (100 + Double(t)) * (1 + 0.3 * sin(2 * Double.pi * Double(t) / 12))
    }, period: 12)

  @Test func seasonalityTestAndDecomposition() throws {
    #expect(SeasonalityTest.isSeasonal(Self.seasonal))
    #expect(!SeasonalityTest.isSeasonal(TimeSeries(values: (0..<72).map(Double.init), period: 12)))
    let decomposition = try #require(ClassicalDecomposition(Self.seasonal, kind: .multiplicative))
    #expect(abs(decomposition.figure.reduce(0, +) / 12 - 1) < 1e-12)
    // The figure recovers the sine's shape: peak at a quarter cycle, trough at three quarters.
    #expect(
      decomposition.figure.indices.max { decomposition.figure[$0] < decomposition.figure[$1] } == 3)
    #expect(
      decomposition.figure.indices.min { decomposition.figure[$0] < decomposition.figure[$1] } == 9)
  }

  @Test func standardThetaIsOptimisedThetaWithThetaTwoOnALine() throws {
    // On a straight line every Theta variant extrapolates the line.
    let line = TimeSeries(values: (1...30).map { 10 + 2 * Double($0) })
    let (dotm, fit) = try #require(
      OptimizedTheta(dynamic: true).forecast(line, horizon: 3, levels: [95]))
    for (h, value) in dotm.mean.enumerated() {
      #expect(abs(value - (10 + 2 * Double(31 + h))) < 1e-3 * value)
    }
    #expect(fit.theta >= 1)
    let theta = try ThetaMethod().forecast(line, horizon: 3, levels: [95])
    #expect(abs(theta.mean[0] - 72) < 1.5)
  }

  @Test func accuracyMetricsMatchTheirDefinitions() {
    let forecast = Forecast(
      mean: [110, 90], intervals: [.init(level: 95, lower: [100, 80], upper: [120, 100])])
    let accuracy = ForecastAccuracy(
      history: [1, 3, 2, 4], period: 1, actual: [100, 100], forecast: forecast)
    #expect(abs(accuracy.smape - (200 * 10 / 210 + 200 * 10 / 190) / 2) < 1e-12)
    #expect(abs((accuracy.mase ?? 0) - 10 / (5.0 / 3)) < 1e-12)
    #expect(accuracy.coverage[95] == 1)
    #expect(abs((accuracy.msis ?? 0) - 20 / (5.0 / 3)) < 1e-12)
  }
}
