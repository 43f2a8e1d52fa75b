import Foundation

extension FanChart {
  /// A threshold label's box in chart coordinates: where its text ends or starts and
  /// its vertical extent.
  private struct LabelBox {
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double
  }

  /// The thresholds' labels, each on a pale backing, placed where it hides the least of
  /// the data.
  ///
  /// The places in ``labelPlaces`` are tried in order, each above then below its line;
  /// the first that crosses neither a line nor the 95 % band is taken, else the one
  /// that crosses them least (counted every two pixels). The text's width is estimated from DejaVu Sans' average advance at 11 px
  /// (about 6.6 px a character).
  func thresholdLabels(x: (Int) -> Double, y: (Double) -> Double) -> String {
    let f = { (v: Double) in String(format: "%.1f", v) }
    let occupied = dataExtent(x: x, y: y)
    return thresholds.map { value, label in
      let textWidth = 6.6 * Double(label.count)
      let plotLeft = left + 4
      let plotRight = width - right - 4
      let starts = Self.labelPlaces.map { plotLeft + $0 * (plotRight - textWidth - plotLeft) }
      let candidates = starts.flatMap { start in
        [
          LabelBox(left: start, right: start + textWidth, top: y(value) - 14, bottom: y(value) - 1),
          LabelBox(left: start, right: start + textWidth, top: y(value) + 2, bottom: y(value) + 15),
        ]
      }
      let overlaps = candidates.map { box in
        stride(from: box.left, through: box.right, by: 2).filter { column in
          occupied(column).contains { $0.low <= box.bottom && $0.high >= box.top }
        }.count
      }
      let best = overlaps.indices.min { overlaps[$0] < overlaps[$1] } ?? 0
      let box = candidates[best]
      return
        "<rect x=\"\(f(box.left - 2))\" y=\"\(f(box.top))\" width=\"\(f(textWidth + 4))\" height=\"13\" fill=\"#ffffff\" fill-opacity=\"0.85\"/>"
        + "<text x=\"\(f(box.left))\" y=\"\(f(box.bottom - 3))\" fill=\"#D55E00\">\(HTML.escape(label))</text>"
    }.joined()
  }

  /// Where a threshold's label may start, as a share of the room the plot leaves it:
  /// its right end first (the usual place), then its left end, the middle, and the
  /// quarters and eighths between.
  static let labelPlaces = [1, 0, 0.5, 0.75, 0.25, 0.875, 0.625, 0.375, 0.125]

  /// The vertical pixel spans the data occupy at a horizontal pixel: the lines, the
  /// compared scenarios' among them (each as three pixels either side, its stroke), and
  /// over the forecast the 95 % band.
  private func dataExtent(x: (Int) -> Double, y: (Double) -> Double)
    -> (Double) -> [(low: Double, high: Double)]
  {
    let points = history + forecast
    let lines = ([points] + comparisons.map { (history.suffix(1) + $0.points) }).map {
      $0.map { (x($0.year), y($0.value)) }
    }
    let lows = ([history.last?.value] + forecast.map { $0.band95?.0 }).compactMap { $0 }
    let highs = ([history.last?.value] + forecast.map { $0.band95?.1 }).compactMap { $0 }
    let bandYears = (history.last.map { [$0.year] } ?? []) + forecast.map(\.year)
    let banded = lows.count == bandYears.count && highs.count == bandYears.count
    let bandLow = zip(bandYears, highs).map { (x($0), y($1)) }
    let bandHigh = zip(bandYears, lows).map { (x($0), y($1)) }
    return { column in
      var spans: [(low: Double, high: Double)] = []
      for line in lines {
        if let at = Self.interpolate(line, at: column) { spans.append((at - 3, at + 3)) }
      }
      if banded, let top = Self.interpolate(bandLow, at: column),
        let bottom = Self.interpolate(bandHigh, at: column)
      {
        spans.append((Swift.min(top, bottom), Swift.max(top, bottom)))
      }
      return spans
    }
  }

  /// The polyline's height at `column`, or nil outside its horizontal extent.
  private static func interpolate(_ points: [(Double, Double)], at column: Double) -> Double? {
    guard
      let segment = zip(points, points.dropFirst()).first(where: {
        $0.0.0 <= column && column <= $0.1.0
      })
    else { return nil }
    let ((x0, y0), (x1, y1)) = segment
    return x1 == x0 ? y0 : y0 + (y1 - y0) * (column - x0) / (x1 - x0)
  }
}
