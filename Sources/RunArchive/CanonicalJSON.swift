import Foundation

/// The one JSON encoding budgetcast hashes: sorted keys, no insignificant whitespace
/// unless asked, slashes unescaped; numbers as Foundation writes them, which is the
/// shortest text that reads back to the same `Double`.
///
/// Hashes are taken over these exact bytes, and readers check that a file is in this
/// canonical form, so that two encodings of the same content cannot both verify.
enum CanonicalJSON {
  static func encode<T: Encodable>(_ value: T, pretty: Bool = false) throws(ArchiveError) -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
      : [.sortedKeys, .withoutEscapingSlashes]
    do {
      return try encoder.encode(value)
    } catch {
      throw .invalidRequest("cannot encode \(T.self) as JSON: \(error)")
    }
  }

  static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String)
    throws(ArchiveError)
    -> T
  {
    do {
      return try JSONDecoder().decode(type, from: data)
    } catch {
      throw .corrupt(path, "not a valid \(T.self): \(error)")
    }
  }
}
