import Foundation
import Reporting

/// `scenario compare --format table`: the comparison as plain text for a terminal.
struct ComparisonTable {
  var comparison: ScenarioComparison

  func rendered() -> String {
    let c = comparison
    let english = ReportLanguage.english
    let lastExecuted = c.runs[0].historyYears.last ?? 0
    let years = [lastExecuted] + c.years
    let cell = { (text: String) in text.leftPadded(10) }
    let millions = { (value: Double?) in value?.millionsText ?? "—" }
    let oneDecimal = { (value: Double?) in value.map { String(format: "%.1f", $0) } ?? "—" }
    // Each measure read in a scenario's cascade and in the executed accounts.
    let measures:
      [(
        name: String, text: (FinancialRatios.Year) -> String,
        executed: (ScenarioComparison.Executed) -> String
      )] = [
        ("Gross savings (M€)", { millions($0.grossSavings) }, { millions($0.grossSavings) }),
        (
          "Gross savings rate (%)", { oneDecimal($0.grossSavingsRate) },
          { oneDecimal($0.grossSavingsRate) }
        ),
        ("Net savings (M€)", { millions($0.netSavings) }, { millions($0.netSavings) }),
        (
          "Outstanding debt (M€)", { millions($0.outstandingDebt) },
          { millions($0.outstandingDebt) }
        ),
        (
          "Debt-to-savings (years)", { oneDecimal($0.debtPaydownYears) },
          { oneDecimal($0.debtPaydownYears) }
        ),
      ]
    let executedLabel = "Executed (accounts)"
    // Wide enough for every run's name and every row title.
    let titles =
      (0..<c.runs.count).map { c.name($0, english) } + measures.map(\.name) + [executedLabel]
    let width = titles.map(\.count).max() ?? 0
    let label = { (text: String) in text.padding(toLength: width, withPad: " ", startingAt: 0) }
    var lines = ["Runs (the first is the reference):"]
    for i in c.runs.indices {
      lines.append("  \(label(c.name(i, english)))  \(c.runs[i].runID.prefix(12))")
    }
    // The executed accounts, when evaluated since.
    let executed = Dictionary(c.executed.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
    for (name, text, executedText) in measures {
      lines.append("")
      lines.append(label(name) + "  " + years.map { cell(String($0)) }.joined())
      for i in c.runs.indices {
        lines.append(
          label(c.name(i, english)) + "  "
            + years.map { cell(c.ratio($0, run: i).map(text) ?? "—") }.joined())
      }
      if !executed.isEmpty {
        lines.append(
          label(executedLabel) + "  "
            + years.map { cell(executed[$0].map(executedText) ?? "—") }.joined())
      }
    }
    let thresholds = c.crossings(run: 0).map(\.threshold)
    if !thresholds.isEmpty {
      let wide = { (text: String) in text.leftPadded(13) }
      lines.append("")
      lines.append(
        "Alert thresholds, first forecast year crossed (share of simulated paths by \(c.years.last ?? 0)):"
      )
      lines.append(label("") + "  " + thresholds.map { wide(Self.shortName($0)) }.joined())
      for i in c.runs.indices {
        let crossings = c.crossings(run: i)
        let cells = thresholds.map { threshold -> String in
          guard let crossing = crossings.first(where: { $0.threshold == threshold }) else {
            return wide("—")
          }
          let share = crossing.probability[c.years.last ?? 0] ?? 0
          return wide(
            (crossing.firstForecastYear.map(String.init) ?? "—")
              + String(format: " (%.0f%%)", 100 * share))
        }
        lines.append(label(c.name(i, english)) + "  " + cells.joined())
      }
    }
    for i in c.runs.indices.dropFirst() {
      lines.append("")
      lines.append(
        "Gross savings, \(c.name(i, english)) minus \(c.name(0, english)) (M€), by cause:")
      let causes = c.grossSavingsCauses(run: i)
      let causeWidth = Swift.max(24, causes.map(\.cause.count).max() ?? 0)
      let pad = { (text: String) in text.padding(toLength: causeWidth, withPad: " ", startingAt: 0)
      }
      lines.append(pad("") + "  " + c.years.map { cell(String($0)) }.joined())
      for (cause, amounts) in causes {
        lines.append(
          pad(cause) + "  " + c.years.map { cell(amounts[$0].map(\.millionsText) ?? "—") }.joined())
      }
      lines.append(
        pad("total") + "  "
          + c.years.map { cell(c.grossSavingsDifference(year: $0, run: i).millionsText) }
          .joined())
    }
    return lines.joined(separator: "\n")
  }

  /// A column title: `rate<8%`, `paydown>10y`.
  static func shortName(_ threshold: AlertThreshold) -> String {
    let value = String(format: "%.0f", threshold.value)
    return threshold.measure == .grossSavingsRate ? "rate<\(value)%" : "paydown>\(value)y"
  }
}
