import Testing

@testable import Reporting

@Suite("Chart axes at nice ticks (Heckbert 1990)")
struct NiceScaleTests {
  @Test func operatingSpendingInMillions() {
    // The demo's operating spending chart: 609 to 1 082 M€ padded.
    let scale = NiceScale(covering: 609.3, 1_082.4)
    #expect(scale.step == 100)
    #expect(scale.ticks == [600, 700, 800, 900, 1_000, 1_100])
    #expect(scale.decimals == 0)
  }

  @Test func stepsOfEachNiceFraction() {
    // range / 4 = 0.185 → 0.2; 3.5 → 5; 0.55 → 0.5; 2.5 → 2.5; 0.2475 → 0.25; 9.5 → 10.
    #expect(
      NiceScale(covering: 0.13, 0.87).ticks.map { ($0 * 10).rounded() } == [0, 2, 4, 6, 8, 10])
    #expect(NiceScale(covering: 0.13, 0.87).decimals == 1)
    #expect(NiceScale(covering: 1, 15).ticks == [0, 5, 10, 15])
    #expect(NiceScale(covering: 7.8, 10).ticks == [7.5, 8, 8.5, 9, 9.5, 10])
    let quarter = NiceScale(covering: 0.5, 10.5)
    #expect(quarter.step == 2.5)
    #expect(quarter.ticks == [0, 2.5, 5, 7.5, 10, 12.5])
    #expect(quarter.decimals == 1)
    let small = NiceScale(covering: 0.01, 1)
    #expect(small.step == 0.25)
    #expect(small.decimals == 2)
    #expect(NiceScale(covering: 10, 110).step == 25)
    #expect(NiceScale(covering: 10, 110).decimals == 0)
    #expect(NiceScale(covering: 2, 40).step == 10)
    #expect(NiceScale(covering: 2, 40).ticks == [0, 10, 20, 30, 40])
  }

  @Test func negativeAndDegenerateRanges() {
    // A savings rate from −3.2 % to 12.4 %: zero is a tick, written 0 not −0.
    let rate = NiceScale(covering: -3.2, 12.4)
    #expect(rate.ticks == [-5, 0, 5, 10, 15])
    #expect(rate.ticks[1].sign == .plus)
    // A flat series and a non-finite range still give an axis.
    #expect(NiceScale(covering: 42, 42).ticks == [41, 41.5, 42, 42.5, 43])
    #expect(NiceScale(covering: .nan, 1).ticks == [0, 0.25, 0.5, 0.75, 1])
  }

  @Test func chartLabelsTheTicks() {
    let l = ReportLanguage.french
    let points = (2015...2024).map {
      FanChart.Point(year: $0, value: 600e6 + 50e6 * Double($0 - 2015))
    }
    let svg = FanChart(
      title: "t", description: "d", history: points, forecast: [], axis: .millions(l),
      forecastLabel: "prévision"
    ).svg()
    for label in ["600", "700", "800", "900", "1\u{202F}000", "1\u{202F}100"] {
      #expect(svg.contains(">\(label)\u{00A0}M€</text>"), "tick \(label)")
    }
    #expect(!svg.contains("1\u{202F}082"))
  }
}
