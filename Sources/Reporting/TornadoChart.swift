import Foundation

/// A tornado chart as inline SVG: one row per driver, a bar to the left or right of zero
/// for each of its two tests, widest first, the size of the tests under the driver's
/// name.
///
/// Colour-blind safe (Okabe–Ito vermilion for the downward test, blue for the upward
/// one, and each bar labelled with its value), accessible (`<title>`, `<desc>` with the
/// figures), fixed-precision coordinates for byte-identical output.
struct TornadoChart {
  struct Row {
    var label: String
    /// (label of the test, effect) for the downward and upward tests.
    var low: (String, Double)?
    var high: (String, Double)?
    var extent: Double { Swift.max(abs(low?.1 ?? 0), abs(high?.1 ?? 0)) }

    /// The size of the tests, written under the label: `±1 pt` when the two are
    /// opposite, else both (`−5 % / +10 %`), or the only one.
    var shock: String? {
      switch (low?.0, high?.0) {
      case (let down?, let up?):
        if down.hasPrefix("−"), up.hasPrefix("+"), down.dropFirst() == up.dropFirst() {
          return "±" + up.dropFirst()
        }
        return down + " / " + up
      case (let one?, nil), (nil, let one?): return one
      case (nil, nil): return nil
      }
    }
  }

  var title: String
  var description: String
  var rows: [Row]
  var format: (Double) -> String

  let width = 640.0
  let rowHeight = 30.0
  /// Room right of the labels for a downward bar's value.
  let margin = 76.0
  /// Room right of the plot for an upward bar's value.
  let rightMargin = 80.0

  /// Where the labels end (right-aligned): room for the longest at about 6.6 px a
  /// character (DejaVu Sans at 11 px), from 204 to 300 px, so that a long driver name
  /// (`taux de cotisation employeur CNRACL`) is not cut at the left edge.
  var labelEnd: Double {
    Swift.min(300, Swift.max(204, 6.6 * Double(rows.map(\.label.count).max() ?? 0) + 8))
  }

  func svg() -> String {
    let sorted = rows.sorted { $0.extent > $1.extent }
    let scale = sorted.map(\.extent).max() ?? 0
    guard scale > 0 else { return "" }
    let height = 24 + rowHeight * Double(sorted.count)
    let plotLeft = labelEnd + margin
    let plotWidth = width - plotLeft - rightMargin
    let zero = plotLeft + plotWidth / 2
    let x = { (value: Double) in zero + value / scale * plotWidth / 2 }
    let f = { (v: Double) in String(format: "%.1f", v) }
    let id = title.hashValueStable
    var svg =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" "
      + "font-family=\"DejaVu Sans, sans-serif\" font-size=\"11\" "
      + "role=\"img\" aria-labelledby=\"t\(id) d\(id)\" class=\"chart\">"
    svg += "<title id=\"t\(id)\">\(HTML.escape(title))</title>"
    svg += "<desc id=\"d\(id)\">\(HTML.escape(description))</desc>"
    for (index, row) in sorted.enumerated() {
      let top = 12 + rowHeight * Double(index)
      if let shock = row.shock {
        svg +=
          "<text x=\"\(f(labelEnd))\" y=\"\(f(top + 14))\" text-anchor=\"end\">\(HTML.escape(row.label))</text>"
          + "<text x=\"\(f(labelEnd))\" y=\"\(f(top + 26))\" text-anchor=\"end\" font-size=\"10\" fill=\"#555555\">\(HTML.escape(shock))</text>"
      } else {
        svg +=
          "<text x=\"\(f(labelEnd))\" y=\"\(f(top + 18))\" text-anchor=\"end\">\(HTML.escape(row.label))</text>"
      }
      for (test, colour) in [(row.low, "#D55E00"), (row.high, "#0072B2")] {
        guard let (name, value) = test else { continue }
        let start = Swift.min(x(value), zero)
        let end = Swift.max(x(value), zero)
        svg +=
          "<rect x=\"\(f(start))\" y=\"\(f(top + 5))\" width=\"\(f(Swift.max(end - start, 0.5)))\" height=\"\(f(rowHeight - 10))\" fill=\"\(colour)\"><title>\(HTML.escape("\(row.label), \(name) : \(format(value))"))</title></rect>"
        let anchor = value < 0 ? "end" : "start"
        let labelX = value < 0 ? start - 4 : end + 4
        svg +=
          "<text x=\"\(f(labelX))\" y=\"\(f(top + 18))\" text-anchor=\"\(anchor)\">\(HTML.escape(format(value)))</text>"
      }
    }
    svg +=
      "<line x1=\"\(f(zero))\" x2=\"\(f(zero))\" y1=\"8\" y2=\"\(f(height - 8))\" stroke=\"#1b1b1b\"/>"
    return svg + "</svg>"
  }
}
