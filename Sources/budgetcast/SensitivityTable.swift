import Foundation
import Reporting

/// `sensitivity --format table|json`: each test's effect on gross savings by year.
struct SensitivityTable {
  var analysis: SensitivityAnalysis

  var years: [Int] { analysis.baseline.filter(\.forecast).map(\.year) }

  func rendered() -> String {
    let cell = { (text: String) in text.leftPadded(10) }
    let last = years.last ?? 0
    var lines = [
      "Change in gross savings (M€) when one driver moves, all else equal:",
      "driver                     delta  " + years.map { cell(String($0)) }.joined()
        + cell("rate \(last)") + cell("paydown"),
    ]
    for test in analysis.tests {
      let after = test.years.first { $0.year == last }
      lines.append(
        test.lever.rawValue.padding(toLength: 25, withPad: " ", startingAt: 0)
          + String(format: "%7g", test.delta) + "  "
          + years.map {
            cell(String(format: "%+.1f", analysis.grossSavingsChange(test, year: $0) / 1e6))
          }
          .joined()
          + cell(after.map { String(format: "%.1f%%", $0.grossSavingsRate) } ?? "—")
          + cell(after?.debtPaydownYears.map { String(format: "%.1f", $0) } ?? "—"))
    }
    if let base = analysis.baseline.first(where: { $0.year == last }) {
      lines.append(
        "run as archived: gross savings \(String(format: "%.1f", base.grossSavings / 1e6)) M€ in \(last), rate \(String(format: "%.1f", base.grossSavingsRate)) %"
          + (base.debtPaydownYears.map { String(format: ", paydown %.1f years", $0) } ?? ""))
    }
    return lines.joined(separator: "\n")
  }

  /// One object per test: driver, delta, and by year the change in gross savings and
  /// the cascade after it (euros; rate as a fraction).
  func json() throws -> String {
    struct Year: Encodable {
      var year: Int
      var grossSavingsChange, grossSavings: Double
      var grossSavingsRate: Double?
      var outstandingDebt, debtPaydownYears: Double?
    }
    struct Test: Encodable {
      var driver: String
      var delta: Double
      var years: [Year]
    }
    let tests = analysis.tests.map { test in
      Test(
        driver: test.lever.rawValue, delta: test.delta,
        years: test.years.filter(\.forecast).map {
          Year(
            year: $0.year, grossSavingsChange: analysis.grossSavingsChange(test, year: $0.year),
            grossSavings: $0.grossSavings,
            grossSavingsRate: $0.grossSavingsRate.isFinite ? $0.grossSavingsRate / 100 : nil,
            outstandingDebt: $0.outstandingDebt,
            debtPaydownYears: $0.debtPaydownYears.flatMap { $0.isFinite ? $0 : nil })
        })
    }
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(tests), as: UTF8.self)
  }
}
