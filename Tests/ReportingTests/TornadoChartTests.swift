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
    #expect(short.svg().contains("<text x=\"204.0\" y=\"56.0\" text-anchor=\"end\">inflation<"))
    // The tests' size under the name: opposite tests read as one.
    #expect(
      short.svg().contains("y=\"68.0\" text-anchor=\"end\" font-size=\"10\" fill=\"#555555\">±1<"))
    let long = Self.chart(["inflation", "taux de cotisation employeur CNRACL"])
    // 35 characters at 6.6 px and 8 px of air: the label starts right of the edge.
    #expect(abs(long.labelEnd - (6.6 * 35 + 8)) < 1e-9)
    // The zero line sits mid-plot, right of the value room after the labels.
    let zero = long.labelEnd + 76 + (640 - long.labelEnd - 76 - 80) / 2
    #expect(long.svg().contains("<line x1=\"\(String(format: "%.1f", zero))\""))
    // Past 300 px the plot keeps its room.
    #expect(Self.chart([String(repeating: "x", count: 80)]).labelEnd == 300)
  }

  @Test func shockReadsTheTwoTests() {
    let row = { (low: String?, high: String?) in
      TornadoChart.Row(label: "x", low: low.map { ($0, -1) }, high: high.map { ($0, 1) }).shock
    }
    #expect(row("−1\u{00A0}pt", "+1\u{00A0}pt") == "±1\u{00A0}pt")
    #expect(row("−5\u{00A0}%", "+10\u{00A0}%") == "−5\u{00A0}% / +10\u{00A0}%")
    #expect(row(nil, "+4,6\u{00A0}%") == "+4,6\u{00A0}%")
    #expect(row(nil, nil) == nil)
  }
}
