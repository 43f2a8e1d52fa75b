import Foundation
import Reporting

/// `budgetcast evaluate`: the evaluation as a terminal table, as JSON and as CSV.
struct EvaluationTable {
  var evaluation: ForecastEvaluation
  var top: Int

  func rendered() -> String {
    let e = evaluation
    var lines = [
      "Run \(e.runID.prefix(12)) against the accounts executed in "
        + e.years.map(String.init).joined(separator: ", ") + " (real operations)."
    ]
    if !e.ignoredYears.isEmpty {
      lines.append(
        "Left out: " + e.ignoredYears.map(String.init).joined(separator: ", ")
          + " (not forecast by this run).")
    }
    lines += [
      "",
      "level       node-years  actual (M€)   WAPE  base WAPE  median APE    bias  in 80%  in 95%",
    ]
    for s in e.levels {
      let cells = [
        s.level.padding(toLength: 10, withPad: " ", startingAt: 0),
        String(s.count).leftPadded(12),
        s.actualVolume.millionsText.leftPadded(13),
        Self.percent(s.wape).leftPadded(7), Self.percent(s.baseWAPE).leftPadded(11),
        Self.percent(s.medianAPE).leftPadded(12), Self.signedPercent(s.bias).leftPadded(8),
        Self.percent(s.coverage["80"]).leftPadded(8),
        Self.percent(s.coverage["95"]).leftPadded(8),
      ]
      lines.append(cells.joined())
    }
    lines.append(
      "WAPE: Σ|actual − forecast| / Σ|actual|; base: the models' own forecasts before "
        + "reconciliation; bias > 0: forecast too high.")
    if !e.splitLines.isEmpty {
      let accounts = e.splitAccounts
      lines.append(
        "\(e.splitLines.count) line(s) read from the sub-accounts they were split into: "
          + accounts.prefix(6).joined(separator: "; ") + (accounts.count > 6 ? "; …" : "") + ".")
    }
    if e.newLines > 0 {
      lines.append(
        "\(e.newLines) line(s) executed but not forecast (new lines): "
          + "\((e.newLinesAmount["D"] ?? 0).millionsText) M€ of expenditure, "
          + "\((e.newLinesAmount["R"] ?? 0).millionsText) M€ of revenue.")
    }
    if !e.ratios.isEmpty {
      lines += [
        "",
        "Gross savings (M€)   forecast   80% band              actual   rate: forecast  actual"
          + "   net savings: forecast  actual",
      ]
      for r in e.ratios {
        let band = r.bands["80"].map { band in
          "\(band.lower.map(\.millionsText) ?? "…") – \(band.upper.map(\.millionsText) ?? "…")"
            + (r.inside["80"] == true ? "  in" : "  out")
        }
        lines.append(
          String(r.year).padding(toLength: 19, withPad: " ", startingAt: 0)
            + r.forecastGrossSavings.millionsText.leftPadded(10) + "   "
            + (band ?? "—").padding(toLength: 20, withPad: " ", startingAt: 0)
            + r.actualGrossSavings.millionsText.leftPadded(8)
            + Self.percent(r.forecastGrossSavingsRate).leftPadded(16)
            + Self.percent(r.actualGrossSavingsRate).leftPadded(8)
            + r.forecastNetSavings.millionsText.leftPadded(25)
            + r.actualNetSavings.millionsText.leftPadded(8))
      }
    }
    if e.ratios.contains(where: { $0.actualOutstandingDebt != nil }) {
      lines += [
        "", "Debt at 31/12 (M€)   forecast   actual   debt-to-savings (years): forecast  actual",
      ]
      let years = { (value: Double?) in value.map { String(format: "%.1f", $0) } ?? "—" }
      for r in e.ratios {
        lines.append(
          String(r.year).padding(toLength: 19, withPad: " ", startingAt: 0)
            + (r.forecastOutstandingDebt?.millionsText ?? "—").leftPadded(10)
            + (r.actualOutstandingDebt?.millionsText ?? "—").leftPadded(9)
            + years(r.forecastDebtPaydownYears).leftPadded(35)
            + years(r.actualDebtPaydownYears).leftPadded(8))
      }
    }
    if !e.overrides.isEmpty {
      lines += ["", "Human overrides (M€): model, human, actual, verdict"]
      for o in e.overrides {
        lines.append(
          "  \(o.node) \(o.year): \(o.modelValue.millionsText), \(o.value.millionsText), "
            + "\(o.actual.millionsText): "
            + (o.closer ? "closer than the model" : "no closer than the model")
            + " (\(o.actor): \(o.reason))")
      }
    }
    if let year = e.landings.first?.year {
      lines += [
        "", "Landings of the anticipated year \(year) (M€): landing, anticipated, actual, error",
      ]
      for o in e.landings {
        lines.append(
          "  \(o.node): \(o.landing.millionsText) (\(o.method)), \(o.anticipated.millionsText), "
            + "\(o.actual.millionsText), \(Self.signedPercent(o.percentError))"
            + (o.inside["80"].map {
              $0 ? ", inside its 80 % interval" : ", outside its 80 % interval"
            } ?? ""))
      }
    }
    let chapters = e.largestMisses(top, level: "chapter")
    if !chapters.isEmpty {
      lines += ["", "Largest misses (chapters, M€): forecast, actual, error"]
      for c in chapters {
        lines.append(
          "  \(c.node) \(c.year): \(c.forecast.millionsText), \(c.actual.millionsText), "
            + Self.signedMillions(c.error))
      }
    }
    let misses = e.largestMisses(top)
    if !misses.isEmpty {
      lines += ["", "Largest misses (lines, M€): forecast, actual, error"]
      for c in misses {
        let label = e.labels[c.node].map { " \($0)" } ?? ""
        lines.append(
          "  \(c.node) \(c.year)\(label): \(c.forecast.millionsText), "
            + "\(c.actual.millionsText), \(Self.signedMillions(c.error))")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// `--csv`: one row per node and year compared.
  static func csv(_ evaluation: ForecastEvaluation) -> String {
    var text =
      "node,level,year,actual,forecast,base,error,percent_error,inside80,inside95,overridden\n"
    for c in evaluation.comparisons {
      let inside = { (level: String) in c.inside[level].map { $0 ? "yes" : "no" } ?? "" }
      let cells = [
        c.node, c.level, String(c.year), "\(c.actual)", "\(c.forecast)", "\(c.base)", "\(c.error)",
        c.percentError.map { "\($0)" } ?? "", inside("80"), inside("95"),
        c.overridden ? "yes" : "no",
      ]
      text += cells.joined(separator: ",") + "\n"
    }
    return text
  }

  static func signedMillions(_ euros: Double) -> String { String(format: "%+.1f", euros / 1e6) }
  static func percent(_ fraction: Double?) -> String {
    fraction.map { String(format: "%.1f%%", 100 * $0) } ?? "—"
  }
  static func signedPercent(_ fraction: Double?) -> String {
    fraction.map { String(format: "%+.1f%%", 100 * $0) } ?? "—"
  }
}
