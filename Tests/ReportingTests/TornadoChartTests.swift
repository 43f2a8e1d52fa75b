import Testing

@testable import Reporting

@Suite("Tornado chart layout")
struct TornadoChartTests {
  static func chart(_ labels: [String]) -> TornadoChart {
    TornadoChart(
      title: "t", description: "d",
      rows: labels.enumerated().map { index, label in
        TornadoChart.Row(
          label: label, low: ("−1", -Double(index + 1)), high: ("+1", Double(index + 1)))
      }, format: { String($0) })
  }

  @Test func longLabelsMoveThePlotRightInsteadOfBeingCut() throws {
    let short = Self.chart(["inflation", "point d'indice"])
    #expect(short.labelEnd == 204)
    #expect(short.svg().contains("<text x=\"204.0\" y=\"30.0\" text-anchor=\"end\">"))
    let long = Self.chart(["inflation", "taux de cotisation employeur CNRACL"])
    // 35 characters at 6.6 px and 8 px of air: the label starts right of the edge.
    #expect(abs(long.labelEnd - (6.6 * 35 + 8)) < 1e-9)
    // The zero line sits mid-plot, right of the value room after the labels.
    let zero = long.labelEnd + 76 + (640 - long.labelEnd - 76 - 80) / 2
    #expect(long.svg().contains("<line x1=\"\(String(format: "%.1f", zero))\""))
    // Past 300 px the plot keeps its room.
    #expect(Self.chart([String(repeating: "x", count: 80)]).labelEnd == 300)
  }
}
