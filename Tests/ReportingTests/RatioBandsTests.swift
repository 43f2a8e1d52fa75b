import Foundation
import Reporting
import Testing

/// The simulated bands of the savings cascade: they reproduce each section's archived
/// interval, bracket the central figures, nest, and replay identically.
@Suite struct RatioBandsTests {
  @Test func bandsReproduceSectionIntervalsAndBracketTheCentralFigures() throws {
    let fixture = try RunsFixture(scenarios: [RunsFixture.debtScenario])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let ratios = FinancialRatios(data)
    let bands = RatioBands(data, ratios: ratios)
    #expect(bands.bands.keys.sorted() == data.forecastYears)
    for year in ratios.years where year.forecast {
      let levels = try #require(bands.bands[year.year])
      // Operating revenue is simulated from section/F/R alone: its 95 % band is that
      // section's archived 95 % interval, within Monte Carlo error (2,000 paths: the
      // 2.5 % quantile's standard error is about 0.06 standard deviation, 0.015 of the
      // interval's width; 0.08 of the width is five standard errors).
      let cell = try #require(data.forecasts["section/F/R"]?[year.year])
      let interval = try #require(cell.bounds[95])
      let revenue = try #require(levels[95]?[.operatingRevenue])
      let spread = interval.1 - interval.0
      #expect(spread > 0)
      #expect(abs(try #require(revenue.lower) - interval.0) < 0.08 * spread)
      #expect(abs(try #require(revenue.upper) - interval.1) < 0.08 * spread)
      for measure in [RatioBands.Measure.grossSavings, .outstandingDebt] {
        let central =
          measure == .grossSavings ? year.grossSavings : try #require(year.outstandingDebt)
        let inner = try #require(levels[80]?[measure])
        let outer = try #require(levels[95]?[measure])
        let bounds = [outer.lower, inner.lower, central, inner.upper, outer.upper]
        let values = bounds.compactMap { $0 }
        #expect(values.count == 5)
        #expect(values == values.sorted())
        // Debt can sit on its bounds: when the plan needs no new loan, no path repays
        // faster than the schedule (borrowing is never negative); this fixture has
        // none at all.
        if measure == .grossSavings { #expect(values[1] < central && central < values[3]) }
      }
    }
    #expect(RatioBands(data, ratios: ratios).bands == bands.bands)
  }
}
