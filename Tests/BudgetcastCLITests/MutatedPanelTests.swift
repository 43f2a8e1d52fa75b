import BudgetcastTestSupport
import DelimitedText
import Foundation
import Testing

/// A valid panel of series, damaged in seeded ways and given to `budgetcast fit`: the
/// command ends normally every time (0 with finite forecasts, or 65 with located
/// problems on standard error), never by a signal or with NaN in its output.
@Suite("Damaged series panels never crash budgetcast fit")
struct MutatedPanelTests {
  static let mutants = 150

  /// Two quarterly series of twelve points.
  static let panel: String = {
    var text = "series_id,period,t,value\n"
    for (id, scale) in [("a", 100.0), ("b", 2_500.0)] {
      for t in 1...12 {
        let season = [1.0, 1.1, 0.95, 0.9][(t - 1) % 4]
        text += "\(id),4,\(t),\(scale * season * (1 + 0.02 * Double(t)))\n"
      }
    }
    return text
  }()

  @Test func damagedPanelsEndWithAResultOrLocatedProblems() throws {
    var endings: [Int32: Int] = [:]
    let (_, misplaced) = try ByteMutator.refusals(
      of: Self.panel, named: "panel.csv", seed: 21, count: Self.mutants
    ) { path throws(DiagnosticReport) in
      let output = path + ".forecasts.csv"
      let outcome: CommandRunner.Outcome
      do {
        outcome = try CommandRunner.budgetcast([
          "fit", "--data", path, "--model", "auto", "--horizon", "2", "--output", output,
          "--quiet",
        ])
      } catch {
        Issue.record("\(path): \(error)")
        return
      }
      endings[outcome.status, default: 0] += 1
      switch outcome.status {
      case 0:
        let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
        #expect(!text.lowercased().contains("nan") && !text.contains("inf"), "\(path)")
      case 65:
        throw DiagnosticReport(Self.diagnostics(outcome.standardError, path: path))
      default:
        Issue.record("\(path): exit \(outcome.status): \(outcome.standardError)")
      }
    }
    #expect(misplaced.isEmpty, "\(misplaced.prefix(5))")
    #expect(endings[65, default: 0] > Self.mutants / 4, "\(endings)")
  }

  /// The `FILE:LINE:COLUMN: problem; expected …` lines of `standardError`, each parsed
  /// back into a diagnostic (a line of another form keeps line 0, which fails the check).
  static func diagnostics(_ standardError: String, path: String) -> [Diagnostic] {
    standardError.split(separator: "\n").compactMap { line in
      guard line.hasPrefix(path + ":") else {
        return line.hasPrefix("… and")
          ? nil
          : Diagnostic(
            file: path, line: 0, column: 0, problem: String(line), expected: "")
      }
      let rest = line.dropFirst(path.count + 1)
      let parts = rest.split(separator: ":", maxSplits: 2)
      let message = parts.count == 3 ? parts[2].components(separatedBy: "; expected ") : []
      return Diagnostic(
        file: path, line: parts.count == 3 ? Int(parts[0]) ?? 0 : 0,
        column: parts.count == 3 ? Int(parts[1]) ?? 0 : 0,
        problem: message.first ?? "", expected: message.count > 1 ? message[1] : "")
    }
  }
}
