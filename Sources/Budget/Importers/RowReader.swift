import DelimitedText
import Foundation

/// Typed access to the cells of a budget table, collecting every problem with its
/// position instead of stopping at the first.
struct RowReader {
  let table: DelimitedTable
  let required: [String]
  private(set) var problems: [Diagnostic] = []
  private var indices: [String: Int] = [:]

  /// Columns are found whatever their case: open-data portals export the DGFiP
  /// balances with lower-case names (`exer`, `obnetdeb`).
  init(table: DelimitedTable, required: [String]) {
    self.table = table
    self.required = required
    for (index, name) in table.columnNames.enumerated() where indices[name.uppercased()] == nil {
      indices[name.uppercased()] = index
    }
  }

  /// Throws when a required column is missing.
  func checkColumns() throws(DiagnosticReport) {
    let missing = required.filter { !hasColumn($0) }
    guard missing.isEmpty else {
      throw DiagnosticReport(
        missing.map {
          Diagnostic(
            file: table.file, line: table.header.first?.line ?? 1, column: 1,
            problem: "column '\($0)' not found",
            expected: "the columns \(required.joined(separator: ", "))")
        })
    }
  }

  /// Throws every problem recorded.
  func finish() throws(DiagnosticReport) {
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
  }

  /// Whether the table has `column`.
  func hasColumn(_ column: String) -> Bool { indices[column.uppercased()] != nil }

  func field(_ row: [DelimitedTable.Field], _ column: String) -> DelimitedTable.Field {
    row[indices[column.uppercased()] ?? 0]
  }

  /// The cell's text without surrounding spaces.
  func text(_ row: [DelimitedTable.Field], _ column: String) -> String {
    field(row, column).text.trimmedOfSpaces
  }

  mutating func fail(
    _ row: [DelimitedTable.Field], _ column: String, _ problem: String, expected: String
  ) {
    let cell = field(row, column)
    problems.append(
      Diagnostic(
        file: table.file, line: cell.line, column: cell.column, problem: problem, expected: expected
      ))
  }

  /// A fiscal year, four digits within ``BudgetLine/fiscalYears``.
  mutating func year(_ row: [DelimitedTable.Field], _ column: String) -> Int? {
    guard let value = Int(text(row, column)), BudgetLine.fiscalYears.contains(value) else {
      fail(
        row, column, "'\(text(row, column))' in column '\(column)' is not a year",
        expected: "a four-digit fiscal year such as 2024")
      return nil
    }
    return value
  }

  mutating func code<T: RawRepresentable>(
    _ row: [DelimitedTable.Field], _ column: String, _: T.Type, expected: String
  ) -> T? where T.RawValue == String {
    guard let value = T(rawValue: text(row, column)) else {
      fail(
        row, column, "'\(text(row, column))' in column '\(column)' is not a valid code",
        expected: expected)
      return nil
    }
    return value
  }

  /// The amount in cents; French and English number conventions.
  mutating func amount(_ row: [DelimitedTable.Field], _ column: String) -> Int64? {
    switch table.numberParser.parse(field(row, column).text) {
    case .success(let euros):
      if let cents = Cents.from(euros: euros) { return cents }
      fail(
        row, column, "'\(text(row, column))' in column '\(column)' is beyond 10^13 €",
        expected: "an amount in euros, with its decimal separator where the file has one")
      return nil
    case .failure(let failure):
      problems.append(table.diagnostic(for: failure, field: field(row, column), column: column))
      return nil
    }
  }
}
