/// Numeric columns of a table, with every bad cell reported.
extension DelimitedTable {
  /// The number parser suited to this file's separator.
  public var numberParser: NumberParser { NumberParser(allowsDecimalComma: separator != ",") }

  /// The header field of `name`, if present.
  public func headerField(named name: String) -> Field? { header.first { $0.text == name } }

  /// The positions of the named columns (the first of equal names), in order.
  ///
  /// - Throws: ``DiagnosticReport`` naming every missing column, located on the header
  ///   line, with `expected` saying what the header should hold.
  public func columnIndices(_ names: [String], expected: String) throws(DiagnosticReport) -> [Int] {
    let positions = names.map { name in header.firstIndex { $0.text == name } }
    let missing = zip(names, positions).filter { $0.1 == nil }.map(\.0)
    guard missing.isEmpty else {
      throw DiagnosticReport(
        missing.map {
          Diagnostic(
            file: file, line: header.first?.line ?? 1, column: 1,
            problem: "column '\($0)' not found", expected: expected)
        })
    }
    return positions.compactMap { $0 }
  }

  /// The values of the named columns, as numbers.
  ///
  /// - Throws: ``DiagnosticReport`` listing every missing column and every cell that
  ///   is empty, not a number, or not finite.
  public func numericColumns(_ names: [String]) throws(DiagnosticReport) -> [[Double]] {
    let indices = try columnIndices(
      names, expected: "one of the header's columns: \(columnNames.joined(separator: ", "))")
    var problems: [Diagnostic] = []
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
