import Foundation

/// A line chart of history and forecast with 80 % and 95 % bands, as inline SVG.
///
/// Accessible (`role="img"`, `<title>`, `<desc>` with the figures), colour-blind safe
/// (Okabe–Ito blue for data, orange for thresholds; bands by lightness, not hue),
/// real `<text>` labels, and coordinates at fixed precision so the same run renders
/// byte for byte the same.
struct FanChart {
  struct Point {
    var year: Int
    var value: Double
    var band80: (Double, Double)?
    var band95: (Double, Double)?
  }

  var title: String
  var description: String
  var history: [Point]
  var forecast: [Point]
  /// Horizontal reference lines (value, label).
  var thresholds: [(Double, String)] = []
  /// How the value axis writes its ticks.
  var axis: ValueAxis
  var forecastLabel: String
  /// Other scenarios' forecasts, drawn as lines from the last executed year, with a
  /// legend naming `mainLabel` (the banded forecast) and each of them.
  var comparisons: [(label: String, points: [Point])] = []
  var mainLabel: String = ""

  /// Okabe–Ito colours and dash patterns for compared scenarios (told apart without
  /// colour too).
  static let comparisonStyles = [
    ("#E69F00", "2 3"), ("#009E73", "8 3 2 3"), ("#CC79A7", "1 2"), ("#56B4E9", "10 4"),
  ]

  let width = 640.0
  let height = 280.0
  let left = 92.0
  let right = 16.0
  let top = 16.0
  let bottom = 34.0
  /// Room below the axis for the comparison legend.
  var legendHeight: Double { comparisons.isEmpty ? 0 : 14 * Double(comparisons.count + 1) + 4 }

  func svg() -> String {
    let points = history + forecast
    guard let first = points.first?.year, let last = points.last?.year, last > first else {
      return ""
    }
    var values =
      points.map(\.value) + thresholds.map(\.0) + comparisons.flatMap { $0.points.map(\.value) }
    for point in forecast {
      for band in [point.band80, point.band95].compactMap({ $0 }) { values += [band.0, band.1] }
    }
    values = values.filter(\.isFinite)
    guard var low = values.min(), var high = values.max() else { return "" }
    // A little room around the data, zero kept as the floor of positive data, then
    // the extent widened to nice ticks in the displayed unit.
    let pad = (high - low) * 0.04
    low = low > 0 && low - pad < 0 ? 0 : low - pad
    high += pad
    let scale = NiceScale(covering: low / axis.unit, high / axis.unit)
    low = scale.low * axis.unit
    high = scale.high * axis.unit
    let x = { (year: Int) in
      self.left + (self.width - self.left - self.right) * Double(year - first)
        / Double(last - first)
    }
    let y = { (value: Double) in
      self.top + (self.height - self.top - self.bottom) * (high - value) / (high - low)
    }
    let f = { (v: Double) in String(format: "%.1f", v) }
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height + legendHeight))\" "
      + "font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" "
      + "role=\"img\" aria-labelledby=\"t\(title.hashValueStable) d\(title.hashValueStable)\" class=\"chart\">"
    svg += "<title id=\"t\(title.hashValueStable)\">\(HTML.escape(title))</title>"
    svg += "<desc id=\"d\(title.hashValueStable)\">\(HTML.escape(description))</desc>"
    // Grid and value axis at the nice ticks.
    for tick in scale.ticks {
      let value = tick * axis.unit
      svg +=
        "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(value)))\" y2=\"\(f(y(value)))\" stroke=\"#e6e6e6\"/>"
      svg +=
        "<text x=\"\(f(left - 6))\" y=\"\(f(y(value) + 4))\" text-anchor=\"end\">\(HTML.escape(axis.label(tick, scale.decimals)))</text>"
    }
    let step = Swift.max(1, (last - first + 7) / 8)
    for year in stride(from: first, through: last, by: step) {
      svg +=
        "<text x=\"\(f(x(year)))\" y=\"\(f(height - 12))\" text-anchor=\"middle\">\(year)</text>"
    }
    // Bands, widest first.
    for (keyPath, style) in [
      (\Point.band95, "fill=\"#0072B2\" fill-opacity=\"0.14\""),
      (\Point.band80, "fill=\"#0072B2\" fill-opacity=\"0.30\""),
    ] {
      let bands = forecast.compactMap { point in point[keyPath: keyPath].map { (point.year, $0) } }
        .filter { $0.1.0.isFinite && $0.1.1.isFinite }
      guard bands.count == forecast.count, let anchor = history.last else { continue }
      let upper = [(anchor.year, anchor.value)] + bands.map { ($0.0, $0.1.1) }
      let lower = [(anchor.year, anchor.value)] + bands.map { ($0.0, $0.1.0) }
      let path = (upper + lower.reversed()).map { "\(f(x($0.0))),\(f(y($0.1)))" }
      svg += "<polygon points=\"\(path.joined(separator: " "))\" \(style)/>"
    }
    for (value, _) in thresholds {
      svg +=
        "<line x1=\"\(f(left))\" x2=\"\(f(width - right))\" y1=\"\(f(y(value)))\" y2=\"\(f(y(value)))\" stroke=\"#D55E00\" stroke-width=\"1.5\" stroke-dasharray=\"3 3\"/>"
    }
    let line = { (points: [Point]) in points.map { "\(f(x($0.year))),\(f(y($0.value)))" } }
    svg +=
      "<polyline points=\"\(line(history).joined(separator: " "))\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\"/>"
    if let anchor = history.last, !forecast.isEmpty {
      svg +=
        "<polyline points=\"\(line([anchor] + forecast).joined(separator: " "))\" fill=\"none\" stroke=\"#0072B2\" stroke-width=\"2.5\" stroke-dasharray=\"6 4\"/>"
      svg +=
        "<line x1=\"\(f(x(anchor.year)))\" x2=\"\(f(x(anchor.year)))\" y1=\"\(f(top))\" y2=\"\(f(height - bottom))\" stroke=\"#999999\" stroke-dasharray=\"2 3\"/>"
      svg +=
        "<text x=\"\(f(x(anchor.year) + 6))\" y=\"\(f(top + 10))\" fill=\"#555555\">\(HTML.escape(forecastLabel)) →</text>"
    }
    svg += thresholdLabels(x: x, y: y)
    guard let anchor = history.last, !comparisons.isEmpty else { return svg + "</svg>" }
    let legend = { (row: Int, colour: String, dash: String, label: String) in
      let y = self.height + 6 + 14 * Double(row)
      return
        "<line x1=\"\(f(self.left + 8))\" x2=\"\(f(self.left + 34))\" y1=\"\(f(y))\" y2=\"\(f(y))\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-dasharray=\"\(dash)\"/>"
        + "<text x=\"\(f(self.left + 40))\" y=\"\(f(y + 4))\">\(HTML.escape(label))</text>"
    }
    svg += legend(0, "#0072B2", "6 4", mainLabel)
    for (index, comparison) in comparisons.enumerated() {
      let (colour, dash) = Self.comparisonStyles[index % Self.comparisonStyles.count]
      svg +=
        "<polyline points=\"\(line([anchor] + comparison.points).joined(separator: " "))\" fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2.5\" stroke-dasharray=\"\(dash)\"/>"
      svg += legend(index + 1, colour, dash, comparison.label)
    }
    return svg + "</svg>"
  }
}

extension String {
  /// A short identifier stable across runs (FNV-1a of the UTF-8 bytes), for SVG ids.
  var hashValueStable: String {
    var hash: UInt32 = 2_166_136_261
    for byte in utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
    return String(hash, radix: 36)
  }
}
