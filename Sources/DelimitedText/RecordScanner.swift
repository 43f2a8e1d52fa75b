/// Splits UTF-8 text into records of fields (RFC 4180), tracking line and column.
///
/// Works on bytes: separators, quotes and line ends are ASCII, so they can never be
/// part of a multi-byte character. Columns count characters (Unicode scalars), so
/// they match what an editor shows.
struct RecordScanner {
  struct Problem {
    var line: Int
    var column: Int
    var problem: String
    var expected: String
  }

  struct Record {
    var fields: [DelimitedTable.Field]
    var problems: [Problem]
  }

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var column = 1

  init(utf8 bytes: [UInt8]) { self.bytes = bytes }

  static let quote = UInt8(ascii: "\"")
  static let space = UInt8(ascii: " ")
  static let newline = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")

  /// The next record, or nil at the end of the text.
  mutating func nextRecord(separator: UInt8) -> Record? {
    guard index < bytes.count else { return nil }
    var fields: [DelimitedTable.Field] = []
    var problems: [Problem] = []
    while true {
      let (field, problem, ended) = nextField(separator: separator)
      fields.append(field)
      if let problem { problems.append(problem) }
      if ended { return Record(fields: fields, problems: problems) }
    }
  }

  private func isLineEnd(_ byte: UInt8) -> Bool {
    byte == Self.newline || byte == Self.carriageReturn
  }

  /// Consumes one byte, keeping line and column (a CRLF pair counts as one line end).
  private mutating func advance() {
    let byte = bytes[index]
    index += 1
    if byte == Self.newline || byte == Self.carriageReturn {
      if byte == Self.carriageReturn, index < bytes.count, bytes[index] == Self.newline {
        index += 1
      }
      line += 1
      column = 1
    } else if byte & 0xC0 != 0x80 {
      column += 1  // not a UTF-8 continuation byte: a new character
    }
  }

  private func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

  /// Reads one field; `ended` is true when the record ends after it.
  private mutating func nextField(separator: UInt8) -> (DelimitedTable.Field, Problem?, ended: Bool)
  {
    let startLine = line
    let startColumn = column
    let start = index
    var problem: Problem?
    var value: String
    while index < bytes.count, bytes[index] == Self.space { advance() }
    if index < bytes.count, bytes[index] == Self.quote {
      advance()
      var content: [UInt8] = []
      var closed = false
      while index < bytes.count {
        let byte = bytes[index]
        if byte == Self.quote {
          advance()
          if index < bytes.count, bytes[index] == Self.quote {
            content.append(Self.quote)
            advance()
          } else {
            closed = true
            break
          }
        } else {
          let from = index
          advance()
          content.append(contentsOf: bytes[from..<index])
        }
      }
      value = String(decoding: content, as: UTF8.self)
      if !closed {
        problem = Problem(
          line: startLine, column: startColumn, problem: "quoted field opened here is never closed",
          expected: "a closing '\"' (write a quote inside a quoted field as '\"\"')")
      }
      while index < bytes.count, bytes[index] == Self.space { advance() }
      if closed, index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
        problem = Problem(
          line: line, column: column, problem: "unexpected text after a closing quote",
          expected: "a separator or the end of the line right after the closing '\"'")
        while index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) { advance() }
      }
    } else {
      while index < bytes.count, bytes[index] != separator, !isLineEnd(bytes[index]) {
        if bytes[index] == Self.quote, problem == nil {
          problem = Problem(
            line: line, column: column, problem: "'\"' inside an unquoted field",
            expected: "the whole field in quotes, with inner quotes doubled (\"\"), or no quote")
        }
        advance()
      }
      value = text(start..<index)
    }
    let field = DelimitedTable.Field(text: value, line: startLine, column: startColumn)
    guard index < bytes.count else { return (field, problem, true) }
    let ended = isLineEnd(bytes[index])
    advance()
    return (field, problem, ended)
  }
}
