import Foundation

/// A JSON value written with full double precision (17 significant digits), keys
/// in insertion order, and `null` for NaN or infinity (which JSON cannot hold).
enum JSONValue {
  case null
  case bool(Bool)
  case int(Int)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// A number, or `null` when it is not finite.
  static func finite(_ value: Double?) -> JSONValue {
    guard let value, value.isFinite else { return .null }
    return .number(value)
  }

  /// Compact single-line JSON.
  func rendered() -> String {
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .int(let value): return String(value)
    case .number(let value): return String(format: "%.17g", value)
    case .string(let value): return Self.quoted(value)
    case .array(let values): return "[" + values.map { $0.rendered() }.joined(separator: ",") + "]"
    case .object(let object):
      return "{"
        + object.entries.map { Self.quoted($0.key) + ":" + $0.value.rendered() }.joined(
          separator: ",") + "}"
    }
  }

  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20: result += String(format: "\\u%04x", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

/// An ordered JSON object.
struct JSONObject {
  private(set) var entries: [(key: String, value: JSONValue)] = []

  init(_ entries: [(key: String, value: JSONValue)] = []) { self.entries = entries }

  subscript(key: String) -> JSONValue? {
    get { entries.first { $0.key == key }?.value }
    set {
      entries.removeAll { $0.key == key }
      if let newValue { entries.append((key, newValue)) }
    }
  }
}
