/// Numeric columns of a table, with every bad cell reported.
extension DelimitedTable {
  /// The number parser suited to this file's separator.
  public var numberParser: NumberParser { NumberParser(allowsDecimalComma: separator != ",") }

  /// The header field of `name`, if present.
  public func headerField(named name: String) -> Field? { header.first { $0.text == name } }

  /// The values of the named columns, as numbers.
  ///
  /// - Throws: ``DiagnosticReport`` listing every missing column and every cell that
  ///   is empty, not a number, or not finite.
  public func numericColumns(_ names: [String]) throws(DiagnosticReport) -> [[Double]] {
    var problems: [Diagnostic] = []
    var indices: [Int] = []
    for name in names {
      if let index = header.firstIndex(where: { $0.text == name }) {
        indices.append(index)
      } else {
        problems.append(
          Diagnostic(
            file: file, line: header.first?.line ?? 1, column: 1,
            problem: "column '\(name)' not found",
            expected: "one of the header's columns: \(columnNames.joined(separator: ", "))"))
      }
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    let parser = numberParser
    var columns = indices.map { _ in [Double]() }
    for row in rows {
      for (k, index) in indices.enumerated() {
        let field = row[index]
        switch parser.parse(field.text) {
        case .success(let value):
          columns[k].append(value)
        case .failure(let failure):
          problems.append(diagnostic(for: failure, field: field, column: header[index].text))
        }
      }
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    return columns
  }

  /// The diagnostic for a cell that failed to parse as a number.
  public func diagnostic(for failure: NumberParser.Failure, field: Field, column: String)
    -> Diagnostic
  {
    let example = separator == "," ? "1234.5" : "1234,5 or 1 234,5"
    switch failure {
    case .empty:
      return Diagnostic(
        file: file, line: field.line, column: field.column,
        problem: "missing value in column '\(column)'",
        expected: "a number in every row (fill the cell or remove the row)")
    case .notFinite:
      return Diagnostic(
        file: file, line: field.line, column: field.column,
        problem: "'\(field.text)' in column '\(column)' is not a finite number",
        expected: "a finite number such as \(example)")
    case .malformed:
      return Diagnostic(
        file: file, line: field.line, column: field.column,
        problem: "'\(field.text)' in column '\(column)' is not a number",
        expected: "a decimal number such as \(example)")
    }
  }
}
