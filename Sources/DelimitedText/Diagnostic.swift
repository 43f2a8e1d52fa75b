/// A problem found at a precise place in an input file, in the form
/// `FILE:LINE:COLUMN: what is wrong; expected …` that editors and CI logs link to.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The file as the user named it.
  public var file: String
  /// 1-based line.
  public var line: Int
  /// 1-based column, in characters.
  public var column: Int
  /// What is wrong.
  public var problem: String
  /// What was expected, phrased so that it says how to fix the input.
  public var expected: String

  /// A diagnostic.
  public init(file: String, line: Int, column: Int, problem: String, expected: String) {
    self.file = file
    self.line = line
    self.column = column
    self.problem = problem
    self.expected = expected
  }
  /// A problem located at a table field.
  public init(file: String, at field: DelimitedTable.Field, problem: String, expected: String) {
    self.init(
      file: file, line: field.line, column: field.column, problem: problem, expected: expected)
  }

  public var description: String { "\(file):\(line):\(column): \(problem); expected \(expected)" }
}

/// All the problems of one input, reported together; thrown by readers and
/// converters so that a user fixes a file in one pass instead of one error a time.
public struct DiagnosticReport: Error, Sendable, Hashable, CustomStringConvertible {
  /// Every problem found, in file order.
  public var diagnostics: [Diagnostic]

  /// How many diagnostics ``description`` lists before summarising the rest.
  public static let displayLimit = 20

  /// A report of `diagnostics` (normally non-empty).
  public init(_ diagnostics: [Diagnostic]) {
    self.diagnostics = diagnostics.sorted { ($0.line, $0.column) < ($1.line, $1.column) }
  }

  /// The first ``displayLimit`` diagnostics, one per line, then a count of the rest.
  public var description: String {
    var lines = diagnostics.prefix(Self.displayLimit).map(\.description)
    let hidden = diagnostics.count - Self.displayLimit
    if hidden > 0 {
      lines.append("… and \(hidden) more problem\(hidden == 1 ? "" : "s") in the same file")
    }
    return lines.joined(separator: "\n")
  }
}
