import ForecastCore
import Forecasting
import Foundation
import Testing

@Suite("Panel runner and fallbacks")
struct PanelRunnerTests {
  static let tasks: [PanelRunner.Task] = (0..<24).map { k in
    let n = 20 + k
    let values = (0..<n).map { t in
      100 + Double(k) * 3 + 2 * Double(t) + 10 * (t % 4 == 0 ? 1 : -0.3)
        + Double((t * 7919 + k * 104_729) % 13)
    }
    return .init(id: "S\(k)", series: TimeSeries(values: values, period: 4), horizon: 8)
  }

  @Test(
    "Results are bit-identical whatever the number of jobs",
    arguments: [ForecastMethod.auto, .ensemble])
  func deterministic(method: ForecastMethod) {
    let one = PanelRunner(forecaster: SeriesForecaster(), jobs: 1).run(Self.tasks, method: method)
    let three = PanelRunner(forecaster: SeriesForecaster(), jobs: 3).run(Self.tasks, method: method)
    for (a, b) in zip(one, three) {
      #expect(a?.forecast == b?.forecast)
      #expect(a?.model == b?.model)
    }
    #expect(one.allSatisfy { $0?.forecast.isFinite == true })
  }

  @Test("A horizon outside 1...maximumHorizon gives no outcome, not an allocation failure")
  func horizonBounds() {
    let series = Self.tasks[0].series
    for horizon in [0, -1, SeriesForecaster.maximumHorizon + 1, 10_000_000_000] {
      #expect(
        SeriesForecaster().forecast(id: "S", series: series, horizon: horizon, method: .auto)
          == nil, "\(horizon)")
    }
    let longest = SeriesForecaster().forecast(
      id: "S", series: series, horizon: SeriesForecaster.maximumHorizon, method: .naive)
    #expect(longest?.forecast.horizon == SeriesForecaster.maximumHorizon)
  }

  @Test(
    "Awkward series get a finite forecast and say how",
    arguments: [
      ("constant", [5.0, 5, 5, 5, 5, 5, 5, 5, 5, 5]),
      ("length 3", [1.0, 2, 3]),
      ("length 3, curved", [100.0, 130, 145]),
      ("length 4, curved", [100.0, 130, 145, 170]),
      ("length 1", [42.0]),
      ("zeros", [Double](repeating: 0, count: 12)),
      ("negative", [-3.0, -5, -4, -6, -8, -7, -9, -11, -10, -12]),
      ("intermittent", [0.0, 0, 3, 0, 0, 0, 5, 0, 0, 2, 0, 0]),
    ])
  func awkward(label: String, values: [Double]) throws {
    for method in ForecastMethod.allCases {
      let outcome = try #require(
        SeriesForecaster().forecast(
          id: label, series: TimeSeries(values: values, period: 1), horizon: 4, method: method),
        "\(label) \(method)")
      #expect(outcome.forecast.isFinite, "\(label) \(method)")
      #expect(outcome.forecast.horizon == 4)
      // A history off a straight line gives intervals of some width: an exact fit of a
      // few points (as many parameters as observations) is no evidence of certainty.
      let curved = values.indices.dropFirst(2).contains {
        values[$0] - 2 * values[$0 - 1] + values[$0 - 2] != 0
      }
      let scale = values.map(abs).max() ?? 1
      if curved, let interval = outcome.forecast.interval(level: 95) {
        #expect(
          zip(interval.lower, interval.upper).allSatisfy { $1 - $0 > 1e-6 * scale },
          "\(label) \(method) (\(outcome.model)): \(interval.lower) \(interval.upper)")
      }
      // Another method than asked is a fallback or a rule (the ensemble's naive
      // forecast of a very short series), and is said.
      if outcome.used != method {
        #expect(
          !outcome.fallbacks.isEmpty || !outcome.remarks.isEmpty,
          "\(label) \(method): fallback not reported")
      }
    }
  }

  /// A budget line created eight years ago: automatic ARIMA would choose a zero mean
  /// there (as R does), so the ensemble leaves it out and says so; four years are too
  /// few for any member, and the ensemble is the naive forecast.
  @Test func ensembleLeavesARIMAOutOfShortSeries() throws {
    let short = try #require(
      SeriesForecaster().forecast(
        id: "x", series: TimeSeries(values: [5, 7, 9, 11, 14, 15, 18, 20]), horizon: 2,
        method: .ensemble))
    #expect(!short.model.contains("ARIMA"), "\(short.model)")
    #expect(short.remarks == [.arimaLeftOut(observations: 8, minimum: 10)])
    #expect(short.fallbacks.isEmpty)
    #expect(short.forecast.mean.allSatisfy { $0 > 20 }, "\(short.forecast.mean)")
    let four = try #require(
      SeriesForecaster().forecast(
        id: "z", series: TimeSeries(values: [5, 7, 9, 11]), horizon: 2, method: .ensemble))
    #expect(four.model == "naive" && four.forecast.mean == [11, 11])
    #expect(four.fallbacks.isEmpty)
    #expect(
      four.remarks.map(\.description) == [
        "short: 4 observations, fewer than 7 for the ensemble's members; naive forecast"
      ])
    let long = try #require(
      SeriesForecaster().forecast(
        id: "y", series: Self.tasks[0].series, horizon: 2, method: .ensemble))
    #expect(long.model.contains("ARIMA("), "\(long.model)")
  }

  @Test func shortSeriesFallsBackToANamedMethod() throws {
    let outcome = try #require(
      SeriesForecaster().forecast(
        id: "x", series: TimeSeries(values: [1, 2]), horizon: 2, method: .ets))
    #expect(outcome.used != .ets)
    #expect(outcome.fallbacks.first?.contains("ets failed") == true)
    // Three points are enough for R's least-squares fit.
    let three = try #require(
      SeriesForecaster().forecast(
        id: "y", series: TimeSeries(values: [1, 2, 3]), horizon: 2, method: .ets))
    #expect(three.used == .ets && three.model == "ETS(A,A,N)" && three.forecast.mean == [4, 5])
  }
}

@Suite("Box–Cox in the forecaster")
struct BoxCoxForecastTests {
  @Test func logScaleDriftExtrapolatesGrowth() throws {
    let growth = TimeSeries(values: (0..<20).map { 100 * Double.pow(1.05, Double($0)) })
    let forecaster = SeriesForecaster(transformation: .lambda(0))
    let outcome = try #require(
      forecaster.forecast(id: "g", series: growth, horizon: 2, method: .drift))
    #expect(
      abs(outcome.forecast.mean[0] - 100 * Double.pow(1.05, 20)) < 1e-9 * outcome.forecast.mean[0])
    #expect(outcome.parameters["lambda"] == 0)
    let bounds = try #require(outcome.forecast.interval(level: 95))
    #expect(
      bounds.lower[1] < outcome.forecast.mean[1] && outcome.forecast.mean[1] < bounds.upper[1])
  }

  @Test func nonPositiveSeriesStayUntransformedAndSaySo() throws {
    let forecaster = SeriesForecaster(transformation: .lambda(0))
    let outcome = try #require(
      forecaster.forecast(
        id: "n", series: TimeSeries(values: [3, -1, 4, 2, 5, 0, 6]), horizon: 2, method: .naive))
    #expect(outcome.forecast.isFinite)
    #expect(outcome.fallbacks.contains { $0.contains("Box–Cox") })
  }
}
