/// Splits text into records of fields (RFC 4180), tracking line and column.
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

  private let characters: [Character]
  private var index = 0
  private var line = 1
  private var column = 1

  init(text: String) { characters = Array(text) }

  /// The next record, or nil at the end of the text.
  mutating func nextRecord(separator: Character) -> Record? {
    guard index < characters.count else { return nil }
    var fields: [DelimitedTable.Field] = []
    var problems: [Problem] = []
    while true {
      let (field, problem, ended) = nextField(separator: separator)
      fields.append(field)
      if let problem { problems.append(problem) }
      if ended { return Record(fields: fields, problems: problems) }
    }
  }

  private mutating func advance() -> Character {
    let c = characters[index]
    index += 1
    if c == "\n" || c == "\r\n" || c == "\r" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    return c
  }

  private func isLineEnd(_ c: Character) -> Bool { c == "\n" || c == "\r\n" || c == "\r" }

  /// Reads one field; `ended` is true when the record ends after it.
  private mutating func nextField(separator: Character) -> (
    DelimitedTable.Field, Problem?, ended: Bool
  ) {
    let startLine = line
    let startColumn = column
    var text = ""
    var problem: Problem?
    var leading = ""
    while index < characters.count, characters[index] == " " { leading.append(advance()) }
    if index < characters.count, characters[index] == "\"" {
      _ = advance()
      var closed = false
      while index < characters.count {
        let c = advance()
        if c == "\"" {
          if index < characters.count, characters[index] == "\"" {
            text.append(advance())
          } else {
            closed = true
            break
          }
        } else {
          text.append(c)
        }
      }
      if !closed {
        problem = Problem(
          line: startLine, column: startColumn, problem: "quoted field opened here is never closed",
          expected: "a closing '\"' (write a quote inside a quoted field as '\"\"')")
      }
      while index < characters.count, characters[index] == " " { _ = advance() }
      if closed, index < characters.count, characters[index] != separator,
        !isLineEnd(characters[index])
      {
        problem = Problem(
          line: line, column: column, problem: "unexpected text after a closing quote",
          expected: "a separator or the end of the line right after the closing '\"'")
        while index < characters.count, characters[index] != separator,
          !isLineEnd(characters[index])
        { _ = advance() }
      }
    } else {
      text = leading
      while index < characters.count, characters[index] != separator, !isLineEnd(characters[index])
      {
        if characters[index] == "\"", problem == nil {
          problem = Problem(
            line: line, column: column, problem: "'\"' inside an unquoted field",
            expected: "the whole field in quotes, with inner quotes doubled (\"\"), or no quote")
        }
        text.append(advance())
      }
    }
    let field = DelimitedTable.Field(text: text, line: startLine, column: startColumn)
    guard index < characters.count else { return (field, problem, true) }
    let terminator = advance()
    return (field, problem, isLineEnd(terminator))
  }
}
