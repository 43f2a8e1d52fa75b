import BudgetcastTestSupport
import DelimitedText
import Foundation
import Testing

/// Valid input files of `fit`, `landing` and `regress`, damaged in seeded ways: the command ends
/// normally every time (0 with finite numbers, or 65 with every problem located in
/// the damaged file and explained on standard error), never by a signal, never with
/// NaN in its output.
@Suite("Damaged command inputs never crash budgetcast")
struct MutatedCommandInputTests {
  /// One damaged input: the file's valid text and the command that reads it, given the
  /// mutant's path and a path for its output.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var seed: UInt64
    var mutants: Int
    var arguments: @Sendable (_ path: String, _ output: String) throws -> [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "panel.csv", text: panel, seed: 21, mutants: 150) { path, output in
      ["fit", "--data", path, "--model", "auto", "--horizon", "2", "--output", output, "--quiet"]
    },
    Case(name: "horizons.csv", text: "series_id,h\na,2\nb,3\n", seed: 22, mutants: 80) {
      path, output in
      // The panel holds out test rows, so a series without a row here is forecast over them.
      let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: heldOutPanel)
      return [
        "fit", "--data", data, "--horizons", path, "--model", "naive", "--output", output,
        "--quiet",
      ]
    },
    Case(name: "drivers.csv", text: drivers, seed: 23, mutants: 100) { path, output in
      let data = try CommandRunner.temporaryFile(named: "rsa.csv", contents: drivenSeries)
      return [
        "fit", "--data", data, "--drivers", path, "--model", "arima", "--order", "1,0,0",
        "--constant", "--horizon", "3", "--output", output, "--quiet",
      ]
    },
    Case(name: "monthly.csv", text: monthly, seed: 25, mutants: 100) { path, _ in
      ["landing", "--execution", path, "--format", "csv"]
    },
    Case(name: "regression.csv", text: regression, seed: 24, mutants: 100) { path, output in
      ["regress", "--data", path, "--target", "y", "--predictors", "x1,x2", "--format", "json"]
    },
  ]

  @Test(arguments: cases)
  func damagedInputsEndWithAResultOrLocatedProblems(_ input: Case) throws {
    var endings: [Int32: Int] = [:]
    let (_, misplaced) = try ByteMutator.refusals(
      of: input.text, named: input.name, seed: input.seed, count: input.mutants
    ) { path throws(DiagnosticReport) in
      let output = path + ".out.csv"
      let outcome: CommandRunner.Outcome
      do {
        outcome = try CommandRunner.budgetcast(try input.arguments(path, output))
      } catch {
        Issue.record("\(path): \(error)")
        return
      }
      endings[outcome.status, default: 0] += 1
      switch outcome.status {
      case 0:
        let text =
          outcome.standardOutput + ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
        #expect(!text.lowercased().contains("nan") && !text.contains("inf"), "\(path)")
      case 65:
        throw DiagnosticReport(Self.diagnostics(outcome.standardError, path: path))
      default:
        Issue.record("\(path): exit \(outcome.status): \(outcome.standardError)")
      }
    }
    #expect(misplaced.isEmpty, "\(misplaced.prefix(5))")
    #expect(endings[65, default: 0] > input.mutants / 4, "\(endings)")
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

  /// Two quarterly series of twelve points.
  static let panel: String = quarterly(testRows: 0)

  /// The same two series, their last three points held out.
  static let heldOutPanel: String = quarterly(testRows: 3)

  static func quarterly(testRows: Int) -> String {
    var text = "series_id,period,t,value,split\n"
    for (id, scale) in [("a", 100.0), ("b", 2_500.0)] {
      for t in 1...12 {
        let season = [1.0, 1.1, 0.95, 0.9][(t - 1) % 4]
        let split = t > 12 - testRows ? "test" : "train"
        text += "\(id),4,\(t),\(scale * season * (1 + 0.02 * Double(t))),\(split)\n"
      }
    }
    return text
  }

  /// RSA spending, 2005–2024.
  static let drivenSeries: String = {
    var text = "series_id,period,t,value\n"
    for (index, households) in households.prefix(20).enumerated() {
      let spending: Double = 5 + 0.0071 * households + 0.3 * Double(index % 5)
      text += "rsa,1,\(2005 + index),\(spending)\n"
    }
    return text
  }()

  /// Its drivers, households and unemployment, 2005–2027.
  static let drivers: String = {
    var text = "series_id,driver,t,value\n"
    for (index, households) in Self.households.enumerated() {
      text += "rsa,households,\(2005 + index),\(households)\n"
      text += "rsa,unemployment,\(2005 + index),\(7 + cos(Double(index)))\n"
    }
    return text
  }()

  static let households: [Double] = (0..<23).map { (index: Int) -> Double in
    let trend: Double = 20_000 + 400 * Double(index)
    return trend + 900 * sin(Double(index) / 2)
  }

  /// Three years of monthly execution of one line, the last through September.
  static let monthly: String = {
    var text = "series_id,month,value\n"
    for year in 2022...2024 {
      for month in 1...(year == 2024 ? 9 : 12) {
        let amount: Double = 1_000 * Double(year - 2015) + 37 * Double(month * month % 11)
        text += "rsa,\(year)-\(month < 10 ? "0" : "")\(month),\(amount)\n"
      }
    }
    return text
  }()

  /// A regression on two predictors in French conventions (`;`, decimal commas).
  static let regression: String = {
    var text = "y;x1;x2\n"
    for i in 1...14 {
      let trend: Double = 3 + 2 * Double(i)
      let y: Double = trend + 0.5 * Double(i % 3) + 0.1 * Double(i * i % 5)
      text += "\(y);\(i);\((i * i) % 7)\n".replacingOccurrences(of: ".", with: ",")
    }
    return text
  }()
}
