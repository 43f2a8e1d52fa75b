import Foundation

/// A delimited text file (CSV) read into a header and rows of fields, each field
/// remembering where it came from so that later checks can point at it.
///
/// Reading follows RFC 4180 (quoted fields with `""` escapes, separators and line
/// breaks inside quotes, LF or CRLF line ends) with the conventions of French
/// exports: the separator is `,`, `;` or a tab, detected from the header line; the
/// encoding is UTF-8 (BOM optional) or Windows-1252, detected from the bytes. Blank
/// lines are skipped. Every structural problem of the file (an unterminated quote,
/// a stray quote, a row with the wrong number of fields) is collected and thrown
/// together as a ``DiagnosticReport``.
public struct DelimitedTable: Sendable {
  /// A field's text and position.
  public struct Field: Sendable, Hashable {
    /// The unquoted text, with surrounding spaces kept.
    public var text: String
    /// 1-based line where the field starts.
    public var line: Int
    /// 1-based column (in characters) where the field starts.
    public var column: Int
  }

  /// The file name used in diagnostics.
  public let file: String
  /// The detected encoding.
  public let encoding: TextEncoding
  /// The detected field separator.
  public let separator: Character
  /// Header fields, trimmed of surrounding spaces.
  public let header: [Field]
  /// Data rows; every row has `header.count` fields.
  public let rows: [[Field]]

  /// Column names, trimmed.
  public var columnNames: [String] { header.map(\.text) }

  /// Reads and parses the file at `path`.
  ///
  /// - Throws: ``DiagnosticReport`` if the file cannot be read or is malformed.
  public init(contentsOf path: String) throws(DiagnosticReport) {
    guard let data = FileManager.default.contents(atPath: path) else {
      let exists = FileManager.default.fileExists(atPath: path)
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1,
          problem: exists ? "file cannot be read" : "file does not exist",
          expected: "a readable CSV file (check the path and permissions)")
      ])
    }
    try self.init(bytes: [UInt8](data), file: path)
  }

  /// Parses `bytes`, naming them `file` in diagnostics.
  public init(bytes: [UInt8], file: String) throws(DiagnosticReport) {
    let (utf8, encoding) = TextEncoding.utf8(bytes)
    self.file = file
    self.encoding = encoding
    var scanner = RecordScanner(utf8: utf8)
    let firstLine = utf8.prefix { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    separator = Self.detectSeparator(String(decoding: firstLine, as: UTF8.self))
    var records: [[Field]] = []
    var problems: [Diagnostic] = []
    let separatorByte = separator.asciiValue ?? UInt8(ascii: ",")
    while let record = scanner.nextRecord(separator: separatorByte) {
      problems += record.problems.map {
        Diagnostic(
          file: file, line: $0.line, column: $0.column, problem: $0.problem, expected: $0.expected)
      }
      let isBlank = record.fields.count == 1 && record.fields[0].text.allSatisfy(\.isWhitespace)
      if !isBlank { records.append(record.fields) }
    }
    guard let headerRecord = records.first else {
      throw DiagnosticReport([
        Diagnostic(
          file: file, line: 1, column: 1, problem: "file is empty",
          expected: "a header row naming the columns, then one row per observation")
      ])
    }
    var header = headerRecord.map {
      Field(text: $0.text.trimmedOfSpaces, line: $0.line, column: $0.column)
    }
    var dataRecords = Array(records.dropFirst())
    // A trailing separator on every line (some finance exports end each line with
    // one) makes an unnamed, blank last column: drop it rather than report it.
    if header.count > 1, header[header.count - 1].text.isEmpty,
      dataRecords.allSatisfy({
        $0.count == header.count && $0[$0.count - 1].text.allSatisfy(\.isWhitespace)
      })
    {
      header.removeLast()
      dataRecords = dataRecords.map { Array($0.dropLast()) }
    }
    self.header = header
    problems += Self.headerProblems(header, file: file)
    var body: [[Field]] = []
    for record in dataRecords {
      guard record.count == header.count else {
        let at = record.count > header.count ? record[header.count] : record[record.count - 1]
        problems.append(
          Diagnostic(
            file: file, line: record[0].line, column: record.count > header.count ? at.column : 1,
            problem: "row has \(record.count) field\(record.count == 1 ? "" : "s")",
            expected:
              "\(header.count) fields as in the header (separator '\(Self.name(of: separator))')"))
        continue
      }
      body.append(record)
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    rows = body
  }

  /// The separator with most occurrences on the header line (`,` when none).
  static func detectSeparator(_ headerLine: String) -> Character {
    let candidates: [Character] = [";", ",", "\t"]
    let counts = candidates.map { c in headerLine.filter { $0 == c }.count }
    guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[best] > 0 else {
      return ","
    }
    return candidates[best]
  }

  static func name(of separator: Character) -> String {
    separator == "\t" ? "tab" : String(separator)
  }

  static func headerProblems(_ header: [Field], file: String) -> [Diagnostic] {
    var seen: [String: Field] = [:]
    var problems: [Diagnostic] = []
    for field in header {
      if field.text.isEmpty {
        problems.append(
          Diagnostic(
            file: file, line: field.line, column: field.column, problem: "column name is empty",
            expected: "a name for every column"))
      } else if let first = seen[field.text] {
        problems.append(
          Diagnostic(
            file: file, line: field.line, column: field.column,
            problem: "column name '\(field.text)' appears twice",
            expected: "unique column names (first at column \(first.column))"))
      } else {
        seen[field.text] = field
      }
    }
    return problems
  }
}
