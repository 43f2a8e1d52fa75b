extension String {
  /// The text without its leading and trailing white space.
  ///
  /// White space is Unicode `White_Space` (spaces, tabs, line breaks, no-break spaces),
  /// as `trimmingCharacters(in: .whitespacesAndNewlines)` trims, but in plain Swift: an
  /// import trims every cell, and Foundation's bridging took half the time of
  /// importing a département's fifteen years. A cell without surrounding space is
  /// returned as is.
  public var trimmedOfSpaces: String {
    // Most cells begin and end with a visible ASCII character: decided on two bytes.
    let isASCIISpace = { (byte: UInt8) in byte == 0x20 || (0x09...0x0D).contains(byte) }
    if let head = utf8.first, let tail = utf8.last, head < 0x80, tail < 0x80,
      !isASCIISpace(head), !isASCIISpace(tail)
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.first, let last = scalars.last else { return "" }
    guard first.properties.isWhitespace || last.properties.isWhitespace else {
      return self
    }
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, scalars[start].properties.isWhitespace {
      start = scalars.index(after: start)
    }
    while end > start, scalars[scalars.index(before: end)].properties.isWhitespace {
      end = scalars.index(before: end)
    }
    return String(String.UnicodeScalarView(scalars[start..<end]))
  }
}
