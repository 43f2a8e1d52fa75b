import Crypto
import Foundation

/// SHA-256 content hashes, written as 64 lowercase hexadecimal digits.
///
/// Every archived file is named by the hash of its bytes, and a run's identifier is
/// the hash of its manifest: changing one byte anywhere changes a name that
/// something else records, which is what `verify` checks.
public enum ContentHash {
  /// The SHA-256 of `data`, hexadecimal.
  public static func of(_ data: Data) -> String { hex(SHA256.hash(data: data)) }

  /// The SHA-256 of the UTF-8 bytes of `text`, hexadecimal.
  public static func of(_ text: String) -> String { of(Data(text.utf8)) }

  /// Whether `text` looks like a hash (64 lowercase hexadecimal digits).
  public static func isWellFormed(_ text: String) -> Bool {
    text.utf8.count == 64
      && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
  }

  static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
    let digits = Array("0123456789abcdef".utf8)
    var bytes: [UInt8] = []
    for byte in digest {
      bytes.append(digits[Int(byte >> 4)])
      bytes.append(digits[Int(byte & 0x0f)])
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
