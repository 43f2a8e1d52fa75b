import ExponentialSmoothing
import ForecastCore
import Testing

@Suite("Fitted ETS: re-application, simulation, selection")
struct FittedETSTests {
  static let series: TimeSeries = {
    let values = (0..<60).map { (t: Int) -> Double in
      let trend = 200 + 1.5 * Double(t)
      let season: Double = t % 12 < 6 ? 20 : -20
      return trend + season + Double((t * 7) % 5)
    }
    return TimeSeries(values: values, period: 12)
  }()

  @Test func appliedToTheSameDataReproducesTheFit() throws {
    let fit = try AutoETS().fit(Self.series)
    let again = try fit.applied(to: Self.series)
    #expect(again.logLikelihood == fit.logLikelihood)
    #expect(again.forecast(horizon: 12) == fit.forecast(horizon: 12))
  }

  @Test func appliedToExtendedDataUpdatesTheStatesNotTheParameters() throws {
    let fit = try ETSSpecification(components: ETSComponents(code: "AAA")!).fit(Self.series)
    var longer = Self.series
    longer.values += [300, 310, 290]
    let extended = try fit.applied(to: longer)
    #expect(extended.parameters == fit.parameters)
    #expect(extended.fitted.count == 63)
    #expect(extended.forecast(horizon: 1).mean != fit.forecast(horizon: 1).mean)
  }

  @Test func simulationReplaysFromItsSeed() throws {
    let fit = try ETSSpecification(components: ETSComponents(code: "MAM")!).fit(Self.series)
    #expect(
      fit.simulate(horizon: 6, paths: 50, seed: 42) == fit.simulate(horizon: 6, paths: 50, seed: 42)
    )
    #expect(
      fit.simulate(horizon: 6, paths: 50, seed: 42) != fit.simulate(horizon: 6, paths: 50, seed: 43)
    )
  }

  @Test func selectionConsidersOnlyAdmissibleStructures() {
    let negative = TimeSeries(values: (0..<40).map { Double($0) - 20 }, period: 4)
    let candidates = AutoETS().candidates(for: negative)
    #expect(candidates.allSatisfy { $0.error == .additive && $0.season != .multiplicative })
    #expect(
      AutoETS().candidates(for: TimeSeries(values: [1, 2, 3, 4, 5], period: 12)).allSatisfy {
        !$0.hasSeason
      })
    #expect(
      ETSComponents(code: "ETS(M,Ad,M)")
        == ETSComponents(error: .multiplicative, trend: .damped, season: .multiplicative))
  }
}
