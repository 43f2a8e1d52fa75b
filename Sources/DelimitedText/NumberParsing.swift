import Foundation

/// Parses numbers written the way spreadsheets and French finance exports write them.
///
/// Accepted: an optional sign, digits with an optional fraction and exponent
/// (`-1234.5`, `1.5e3`); a decimal comma when the field separator is not a comma
/// (`1234,5`); thousands separated by spaces, no-break spaces (U+00A0, U+202F) or,
/// with a decimal comma, by dots in groups of three (`1 234 567,89`,
/// `1.234.567,89`). Rejected: anything else, including `NaN` and `inf`, which are
/// reported as not finite. Conversion is correctly rounded (`Double(String)`).
public struct NumberParser: Sendable {
  /// Why a text is not a number.
  public enum Failure: Error, Sendable, Hashable {
    /// The field is empty or blank.
    case empty
    /// `NaN`, `inf` and the like.
    case notFinite
    /// Anything else that is not a number.
    case malformed
  }

  /// Whether a comma may be the decimal separator (false when it separates fields).
  public var allowsDecimalComma: Bool

  /// A parser; allow the decimal comma unless `,` is the field separator.
  public init(allowsDecimalComma: Bool) {
    self.allowsDecimalComma = allowsDecimalComma
  }

  static let spaces: Set<Character> = [" ", "\u{00A0}", "\u{202F}", "\t"]

  /// The value of `text`, or why it is not one.
  public func parse(_ text: String) -> Result<Double, Failure> {
    if let value = Self.plainASCII(text) { return .success(value) }
    var body = Substring(text)
    while let first = body.first, Self.spaces.contains(first) { body.removeFirst() }
    while let last = body.last, Self.spaces.contains(last) { body.removeLast() }
    guard !body.isEmpty else { return .failure(.empty) }
    let lowered = body.lowercased().trimmingPrefix { $0 == "+" || $0 == "-" }
    if ["nan", "inf", "infinity", "∞"].contains(String(lowered)) { return .failure(.notFinite) }
    var digits = String(body.filter { !Self.spaces.contains($0) })
    if allowsDecimalComma, digits.contains(",") {
      if digits.contains(".") {
        guard Self.hasDotThousands(digits) else { return .failure(.malformed) }
        digits.removeAll { $0 == "." }
      }
      guard digits.filter({ $0 == "," }).count == 1 else { return .failure(.malformed) }
      digits = digits.replacingOccurrences(of: ",", with: ".")
    } else if digits.filter({ $0 == "." }).count > 1 {
      guard allowsDecimalComma, Self.hasDotThousands(digits) else { return .failure(.malformed) }
      digits.removeAll { $0 == "." }
    }
    guard Self.isPlainDecimal(digits), let value = Double(digits) else {
      return .failure(.malformed)
    }
    guard value.isFinite else { return .failure(.notFinite) }
    return .success(value)
  }

  /// The fast path for the common case, a plain ASCII decimal such as `-1234.5e3`:
  /// nil whenever the slow path must decide.
  static func plainASCII(_ text: String) -> Double? {
    var digits = 0
    var dots = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "."): dots += 1
      case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "e"), UInt8(ascii: "E"): break
      default: return nil
      }
    }
    guard digits > 0, dots <= 1, isPlainDecimal(text), let value = Double(text), value.isFinite
    else { return nil }
    return value
  }

  /// `1.234.567` or `1.234,5`: dots separate groups of exactly three digits.
  static func hasDotThousands(_ text: String) -> Bool {
    let integerPart = text.split(separator: ",", omittingEmptySubsequences: false).first ?? ""
    let groups = integerPart.trimmingPrefix { $0 == "+" || $0 == "-" }.split(
      separator: ".", omittingEmptySubsequences: false)
    guard let head = groups.first, (1...3).contains(head.count), groups.count > 1 else {
      return false
    }
    return groups.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isASCIIDigit) }
      && head.allSatisfy(\.isASCIIDigit)
  }

  /// `[+-]digits[.digits][e[+-]digits]` with at least one digit in the mantissa.
  static func isPlainDecimal(_ text: String) -> Bool {
    var characters = Substring(text)
    if let first = characters.first, first == "+" || first == "-" { characters.removeFirst() }
    let mantissa = characters.prefix { $0 != "e" && $0 != "E" }
    let exponent = characters.dropFirst(mantissa.count)
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, parts.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }),
      parts.contains(where: { !$0.isEmpty })
    else { return false }
    guard !exponent.isEmpty else { return true }
    var power = exponent.dropFirst()
    if let sign = power.first, sign == "+" || sign == "-" { power.removeFirst() }
    return !power.isEmpty && power.allSatisfy(\.isASCIIDigit)
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}
