import BudgetcastTestSupport
import Foundation
import Testing

/// Malformed input: a located message on standard error, exit 65, nothing on standard output.
@Suite("budgetcast regress refuses bad data with located messages")
struct BadInputTests {
  struct Case: CustomStringConvertible, Sendable {
    var label: String
    var csv: String
    var predictors: String
    var expected: String  // the message after "FILE:"
    var description: String { label }
  }

  static let cases: [Case] = [
    Case(
      label: "missing column", csv: "y,x\n1,2\n2,3\n3,5\n", predictors: "x,z",
      expected: "1:1: column 'z' not found; expected one of the header's columns: y, x"),
    Case(
      label: "non-numeric cell", csv: "y,x\n1,2\n2,deux\n3,5\n4,4\n", predictors: "x",
      expected:
        "3:3: 'deux' in column 'x' is not a number; expected a decimal number such as 1234.5"),
    Case(
      label: "empty file", csv: "", predictors: "x",
      expected:
        "1:1: file is empty; expected a header row naming the columns, then one row per observation"
    ),
    Case(
      label: "ragged rows", csv: "y,x\n1,2\n2\n3,5,7\n", predictors: "x",
      expected: "3:1: row has 1 field; expected 2 fields as in the header (separator ',')"),
    Case(
      label: "more predictors than rows", csv: "y,a,b,c\n1,2,3,4\n2,3,1,5\n", predictors: "a,b,c",
      expected:
        "1:1: 2 data rows for 4 coefficients; expected at least 5 data rows (or fewer predictors)"),
    Case(
      label: "constant predictor", csv: "y,x,k\n1,2,7\n2,3,7\n3,5,7\n4,4,7\n", predictors: "x,k",
      expected:
        "1:5: the predictors are collinear (rank 2 of 3): k = 7·(Intercept) holds exactly among '(Intercept)', 'k'; expected linearly independent predictors: remove one of those named, or use --ridge"
    ),
    Case(
      label: "NaN cell", csv: "y,x\n1,2\n2,NaN\n3,5\n4,4\n", predictors: "x",
      expected:
        "3:3: 'NaN' in column 'x' is not a finite number; expected a finite number such as 1234.5"),
    Case(
      label: "infinite cell", csv: "y;x\n1;2\n-inf;3\n3;5\n4;4\n", predictors: "x",
      expected:
        "3:1: '-inf' in column 'y' is not a finite number; expected a finite number such as 1234,5 or 1 234,5"
    ),
  ]

  @Test(arguments: cases)
  func refused(_ c: Case) throws {
    let path = try CommandRunner.temporaryFile(named: "bad.csv", contents: c.csv)
    let outcome = try CommandRunner.budgetcast([
      "regress", "--data", path, "--target", "y", "--predictors", c.predictors,
    ])
    #expect(outcome.status == 65)
    #expect(outcome.standardOutput.isEmpty)
    #expect(
      outcome.standardError.trimmingCharacters(in: .newlines).split(separator: "\n").first.map(
        String.init) == "\(path):\(c.expected)")
  }

  @Test func allBadCellsAreReportedAtOnce() throws {
    let path = try CommandRunner.temporaryFile(
      named: "many.csv", contents: "y,x\n" + (1...30).map { "\($0),x\($0)" }.joined(separator: "\n")
    )
    let outcome = try CommandRunner.budgetcast([
      "regress", "--data", path, "--target", "y", "--predictors", "x",
    ])
    #expect(outcome.status == 65)
    let lines = outcome.standardError.split(separator: "\n")
    #expect(lines.count == 21)
    #expect(lines.last == "… and 10 more problems in the same file")
  }

  @Test func missingFile() throws {
    let outcome = try CommandRunner.budgetcast([
      "regress", "--data", "/nonexistent/x.csv", "--target", "y", "--predictors", "x",
    ])
    #expect(outcome.status == 65)
    #expect(outcome.standardError.hasPrefix("/nonexistent/x.csv:1:1: file does not exist"))
  }

  @Test(arguments: [
    ["regress", "--data", "datasets/nist/Norris.csv", "--predictors", "x"],
    [
      "regress", "--data", "datasets/nist/Norris.csv", "--target", "y", "--predictors", "x",
      "--level", "150",
    ],
    ["regress", "--data", "datasets/nist/Norris.csv", "--target", "y", "--predictors", ""],
    [
      "regress", "--data", "datasets/nist/Norris.csv", "--target", "y", "--predictors", "x",
      "--format", "xml",
    ],
    ["no-such-command"],
  ])
  func usageErrorsExit64(arguments: [String]) throws {
    let outcome = try CommandRunner.budgetcast(arguments)
    #expect(outcome.status == 64)
    #expect(outcome.standardOutput.isEmpty)
  }
}
