/// The character encodings budgetcast reads, detected from the bytes.
public enum TextEncoding: String, Sendable, Hashable, Codable {
  /// UTF-8, with or without a byte-order mark.
  case utf8 = "UTF-8"
  /// Windows-1252 (a superset of ISO-8859-1 for printable characters), the default
  /// of French spreadsheet and finance-software exports.
  case windows1252 = "Windows-1252"

  /// Decodes `bytes` to UTF-8: a UTF-8 BOM is stripped; valid UTF-8 is kept as is;
  /// anything else is read as Windows-1252, which maps every byte to a character.
  public static func utf8(_ bytes: [UInt8]) -> (utf8: [UInt8], encoding: TextEncoding) {
    let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
    if bytes.allSatisfy({ $0 < 0x80 }) || String(validating: body, as: UTF8.self) != nil {
      return (body, .utf8)
    }
    var scalars = String.UnicodeScalarView()
    for byte in bytes { scalars.append(windows1252Scalar(byte)) }
    return (Array(String(scalars).utf8), .windows1252)
  }

  /// The characters Windows-1252 places at 0x80–0x9F; elsewhere it equals Latin-1.
  static let highControlRange: [UInt32] = [
    0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
  ]

  static func windows1252Scalar(_ byte: UInt8) -> Unicode.Scalar {
    let value = (0x80...0x9F).contains(byte) ? highControlRange[Int(byte) - 0x80] : UInt32(byte)
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }
}
