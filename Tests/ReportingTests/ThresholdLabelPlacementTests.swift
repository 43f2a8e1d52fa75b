import Testing

@testable import Reporting

/// A threshold's label goes where it hides no data: at the right end of its line when
/// that is free, elsewhere when the forecast or its band runs there.
@Suite("Threshold labels placed clear of the data")
struct ThresholdLabelPlacementTests {
  /// The number in the last `attribute="…"` before the first occurrence of `mark`.
  private func attribute(_ attribute: String, before mark: String, in svg: String) -> Double? {
    guard let end = svg.range(of: mark) else { return nil }
    let head = svg[..<end.lowerBound]
    guard let start = head.range(of: " \(attribute)=\"", options: .backwards) else { return nil }
    return Double(head[start.upperBound...].prefix { $0 != "\"" })
  }

  /// The x coordinate the label's text starts at.
  private func labelStart(_ svg: String, _ label: String) -> Double? {
    attribute("x", before: "\">\(label)</text>", in: svg)
  }

  private func chart(forecast: [FanChart.Point]) -> String {
    let history = (2010...2024).map { FanChart.Point(year: $0, value: 10) }
    return FanChart(
      title: "t", description: "d", history: history, forecast: forecast,
      thresholds: [(15, "seuil")], axis: .percent(.french), forecastLabel: "prévision"
    ).svg()
  }

  @Test func rightEndWhenFree() throws {
    let flat = (2025...2027).map { FanChart.Point(year: $0, value: 10, band95: (9, 11)) }
    let svg = chart(forecast: flat)
    // Plot right edge 640 − 16, 4 pixels in, five characters of 6.6 pixels.
    let start = try #require(labelStart(svg, "seuil"))
    #expect(abs(start - (640 - 16 - 4 - 5 * 6.6)) < 0.1)
  }

  @Test func belowItsLineWhenTheForecastRunsAbove() throws {
    let rising = (2025...2027).map {
      let value = 10 + 5 * Double($0 - 2024)
      return FanChart.Point(year: $0, value: value, band95: (value - 4, value + 4))
    }
    let svg = chart(forecast: rising)
    // The band rises through the space above the line's right end but leaves the
    // space below it free: the label stays at the right end, under its line.
    let start = try #require(labelStart(svg, "seuil"))
    #expect(abs(start - (640 - 16 - 4 - 5 * 6.6)) < 0.1)
    let line = try #require(lineHeight(svg))
    let baseline = try #require(labelBaseline(svg, "seuil"))
    #expect(baseline > line)
  }

  @Test func leftEndWhenTheBandCoversBothSides() throws {
    let wide = (2025...2027).map { FanChart.Point(year: $0, value: 15, band95: (5, 25)) }
    let svg = chart(forecast: wide)
    // Above the flat history at the left end nothing is drawn.
    let start = try #require(labelStart(svg, "seuil"))
    #expect(abs(start - (92 + 4)) < 0.1)
    let line = try #require(lineHeight(svg))
    let baseline = try #require(labelBaseline(svg, "seuil"))
    #expect(baseline < line)
  }

  /// The threshold line's height (its dashed orange line).
  private func lineHeight(_ svg: String) -> Double? {
    attribute("y1", before: "stroke=\"#D55E00\"", in: svg)
  }

  /// The label's baseline.
  private func labelBaseline(_ svg: String, _ label: String) -> Double? {
    attribute("y", before: "\">\(label)</text>", in: svg)
  }
}
