/// Turns a plan-de-compte document into UTF-8 for ``XMLTagReader``.
///
/// The document is decoded from the encoding its declaration names
/// (`<?xml … encoding="ISO-8859-1"?>`, as the official plans are written; UTF-8 when it
/// names none, as the XML standard says), byte by byte for ISO-8859-1; bytes that are not
/// UTF-8 in a document read as UTF-8, and any other encoding, are located faults.
enum XMLTranscoder {
  /// The document as UTF-8 bytes.
  static func utf8Document(_ bytes: [UInt8]) throws(XMLTagReader.Failure) -> [UInt8] {
    switch declaredEncoding(bytes)?.lowercased() {
    case nil, "utf-8", "utf8":
      if let offset = firstInvalidUTF8(bytes) {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        throw XMLTagReader.Failure(
          line: 1 + bytes[..<offset].reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) },
          column: XMLTagReader.column(of: offset, in: bytes, lineStart: lineStart),
          problem: "bytes that are not UTF-8 in a document read as UTF-8 (its declaration)")
      }
      return bytes
    case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1":
      // Each byte is the code point of its character; the reader skips the declaration.
      var text = ""
      text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
      return Array(text.utf8)
    case let other?:
      throw XMLTagReader.Failure(
        line: 1, column: 1, problem: "the encoding '\(other)' is not read (UTF-8 or ISO-8859-1)")
    }
  }

  /// The encoding named in the declaration on the document's first line.
  static func declaredEncoding(_ bytes: [UInt8]) -> String? {
    let lineEnd = bytes.prefix(300).firstIndex(of: 0x0A) ?? min(bytes.count, 300)
    let line = Array(bytes[..<lineEnd])
    guard let declaration = line.firstRange(of: Array("<?xml".utf8)),
      let attribute = line[declaration.upperBound...].firstRange(of: Array("encoding=".utf8)),
      attribute.upperBound < line.count
    else { return nil }
    let quote = line[attribute.upperBound]
    guard quote == 0x22 || quote == 0x27 else { return nil }
    let start = attribute.upperBound + 1
    guard let end = line[start...].firstIndex(of: quote) else { return nil }
    return String(decoding: line[start..<end], as: UTF8.self)
  }

  /// The offset of the first byte that does not begin a valid UTF-8 sequence.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var iterator = bytes.makeIterator()
    var parser = Unicode.UTF8.ForwardParser()
    var offset = 0
    while true {
      switch parser.parseScalar(from: &iterator) {
      case .valid(let scalar): offset += scalar.count
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
