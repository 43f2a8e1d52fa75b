/// A start tag of an XML document: its name, its attributes (entities decoded) and the
/// line it starts on.
struct XMLStartTag: Sendable, Hashable {
  var name: String
  var attributes: [String: String]
  var line: Int
}

/// A strict reader of well-formed XML 1.0, for the plans de comptes: it returns the
/// start tags in document order and checks that the document is well formed (one root
/// element, every tag closed by its own end tag, quoted attributes given once,
/// entities known), locating the first fault by line and column.
///
/// budgetcast reads the plans with it rather than Foundation's `XMLParser`, which on
/// Linux crashes on some damaged documents (names that are not UTF-8, a processing
/// instruction without data) instead of reporting them. Comments, processing
/// instructions, CDATA sections and a document type declaration without internal
/// subset are skipped; text content is not kept. The input is UTF-8
/// (``XMLTranscoder``).
struct XMLTagReader {
  /// The first fault in a document.
  struct Failure: Error, Sendable, Hashable {
    var line: Int
    var column: Int
    var problem: String
  }

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var lineStart = 0

  private init(_ bytes: [UInt8]) {
    self.bytes = bytes
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
  }

  /// The start tags of the UTF-8 document `bytes`, or its first fault.
  static func startTags(_ bytes: [UInt8]) throws(Failure) -> [XMLStartTag] {
    var reader = XMLTagReader(bytes)
    return try reader.document()
  }

  private mutating func document() throws(Failure) -> [XMLStartTag] {
    var open: [String] = []
    var tags: [XMLStartTag] = []
    while index < bytes.count {
      guard bytes[index] == UInt8(ascii: "<") else {
        if open.isEmpty, !Self.isSpace(bytes[index]) {
          throw fault("text outside the root element")
        }
        advance()
        continue
      }
      if try skipMarkup(inElement: !open.isEmpty) { continue }
      if starts(with: "</") {
        let (tagLine, tagColumn) = (line, column)
        advance(by: 2)
        let name = try self.name()
        skipSpaces()
        try expect(">")
        guard let innermost = open.last, innermost == name else {
          throw Failure(
            line: tagLine, column: tagColumn,
            problem: open.last.map { "</\(name)> does not close <\($0)>" }
              ?? "</\(name)> closes no element")
        }
        open.removeLast()
        continue
      }
      if open.isEmpty, !tags.isEmpty { throw fault("a second root element") }
      let tag = try startTag()
      tags.append(tag.tag)
      if !tag.empty { open.append(tag.tag.name) }
    }
    if let innermost = open.last { throw fault("the document ends before </\(innermost)>") }
    if tags.isEmpty { throw fault("no root element") }
    return tags
  }

  /// Skips a comment, processing instruction, CDATA section or document type
  /// declaration at the cursor; false when the markup there is a tag.
  private mutating func skipMarkup(inElement: Bool) throws(Failure) -> Bool {
    for (opening, closing, what) in [
      ("<?", "?>", "processing instruction"), ("<!--", "-->", "comment"),
      ("<![CDATA[", "]]>", "CDATA section"), ("<!DOCTYPE", ">", "document type"),
    ] {
      guard starts(with: opening) else { continue }
      let (startLine, startColumn) = (line, column)
      advance(by: opening.utf8.count)
      while index < bytes.count, !starts(with: closing) {
        if what == "document type", bytes[index] == UInt8(ascii: "[") {
          throw fault("a document type with an internal subset is not read")
        }
        advance()
      }
      guard index < bytes.count else {
        throw Failure(line: startLine, column: startColumn, problem: "unterminated \(what)")
      }
      advance(by: closing.utf8.count)
      return true
    }
    if starts(with: "<!") { throw fault("unknown markup '<!'") }
    return false
  }

  /// `<Name attribute="value" …>` or `…/>`, the cursor on `<`.
  private mutating func startTag() throws(Failure) -> (tag: XMLStartTag, empty: Bool) {
    let tagLine = line
    advance()
    let name = try self.name()
    var attributes: [String: String] = [:]
    while true {
      let spaced = skipSpaces()
      if starts(with: "/>") {
        advance(by: 2)
        return (XMLStartTag(name: name, attributes: attributes, line: tagLine), true)
      }
      if starts(with: ">") {
        advance()
        return (XMLStartTag(name: name, attributes: attributes, line: tagLine), false)
      }
      guard spaced else { throw fault("a space, '>' or '/>' expected in <\(name)>") }
      let (attributeLine, attributeColumn) = (line, column)
      let attribute = try self.name()
      skipSpaces()
      try expect("=")
      skipSpaces()
      let value = try quotedValue()
      guard attributes.updateValue(value, forKey: attribute) == nil else {
        throw Failure(
          line: attributeLine, column: attributeColumn,
          problem: "attribute \(attribute) given twice in <\(name)>")
      }
    }
  }

  /// A quoted attribute value, its entities decoded.
  private mutating func quotedValue() throws(Failure) -> String {
    guard index < bytes.count, bytes[index] == 0x22 || bytes[index] == 0x27 else {
      throw fault("a quoted attribute value expected")
    }
    let quote = bytes[index]
    advance()
    var value: [UInt8] = []
    while index < bytes.count, bytes[index] != quote {
      switch bytes[index] {
      case UInt8(ascii: "<"): throw fault("'<' inside an attribute value")
      case UInt8(ascii: "&"): value += try entity()
      default:
        value.append(bytes[index])
        advance()
      }
    }
    guard index < bytes.count else { throw fault("the attribute value is not closed") }
    advance()
    return String(decoding: value, as: UTF8.self)
  }

  /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&#NN;` or `&#xHH;` as UTF-8.
  private mutating func entity() throws(Failure) -> [UInt8] {
    let start = index
    guard let end = bytes[start...].prefix(12).firstIndex(of: UInt8(ascii: ";")) else {
      throw fault("'&' that starts no entity (write &amp;)")
    }
    let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
    let named: [String: Unicode.Scalar] = [
      "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
    ]
    var scalar = named[name]
    if scalar == nil, name.hasPrefix("#") {
      let digits = name.dropFirst()
      let code =
        digits.hasPrefix("x") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
      scalar = code.flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
    }
    guard let scalar else { throw fault("unknown entity &\(name);") }
    advance(by: end + 1 - start)
    return Array(String(Character(scalar)).utf8)
  }

  /// An XML name at the cursor.
  private mutating func name() throws(Failure) -> String {
    let start = index
    while index < bytes.count, Self.isNameByte(bytes[index], first: index == start) { advance() }
    guard index > start else { throw fault("a name expected") }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
      UInt8(ascii: "_"), UInt8(ascii: ":"), 0x80...0xFF:
      return true
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."):
      return !first
    default: return false
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }

  @discardableResult
  private mutating func skipSpaces() -> Bool {
    let start = index
    while index < bytes.count, Self.isSpace(bytes[index]) { advance() }
    return index > start
  }

  private mutating func expect(_ text: String) throws(Failure) {
    guard starts(with: text) else { throw fault("'\(text)' expected") }
    advance(by: text.utf8.count)
  }

  private func starts(with text: String) -> Bool {
    bytes[min(index, bytes.count)...].starts(with: text.utf8)
  }

  private mutating func advance(by count: Int = 1) {
    for _ in 0..<count where index < bytes.count {
      if bytes[index] == 0x0A { (line, lineStart) = (line + 1, index + 1) }
      index += 1
    }
  }

  /// The 1-based column of the cursor, in characters.
  private var column: Int {
    Self.column(of: min(index, bytes.count), in: bytes, lineStart: lineStart)
  }

  /// The 1-based column of byte `offset` on the line starting at `lineStart`: the
  /// characters before it (UTF-8 continuation bytes do not count).
  static func column(of offset: Int, in bytes: [UInt8], lineStart: Int) -> Int {
    1 + bytes[lineStart..<offset].reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
  }

  private func fault(_ problem: String) -> Failure {
    Failure(line: line, column: column, problem: problem)
  }
}
