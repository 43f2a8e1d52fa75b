import Foundation

/// One event of the archive journal, chained to the previous one by its hash.
///
/// The hash is the SHA-256 of the entry's canonical JSON with `hash` empty and no
/// signature; the signature, when the actor has a key, is Ed25519 over the hash's
/// 64 ASCII characters. Each entry is one line of `journal.jsonl`, in canonical form.
public struct JournalEntry: Codable, Sendable, Hashable {
  /// What happened.
  public enum Event: String, Codable, Sendable, Hashable, CaseIterable {
    case runCreated = "run.created"
    case overrideAdded = "override.added"
    case reportRendered = "report.rendered"
    case replayChecked = "replay.checked"
    case runEvaluated = "run.evaluated"
    case keyAdded = "key.added"
  }

  /// The hash chained before the first entry.
  public static let genesis = String(repeating: "0", count: 64)

  /// 1, 2, 3, … in file order.
  public var sequence: Int
  /// ISO 8601 UTC time.
  public var time: String
  /// Who caused the event (`--actor`, else `$BUDGETCAST_ACTOR`, else `$USER`).
  public var actor: String
  /// What happened.
  public var event: Event
  /// The run concerned, when there is one.
  public var run: String?
  /// Free-form facts (note, parent, verdict, public key, …).
  public var details: [String: String]
  /// The previous entry's hash (``genesis`` for the first).
  public var previous: String
  /// This entry's hash.
  public var hash: String
  /// Base64 Ed25519 signature of `hash`, when the actor has a key.
  public var signature: String?

  /// The hash this entry should have.
  func computedHash() throws(ArchiveError) -> String {
    var body = self
    body.hash = ""
    body.signature = nil
    return ContentHash.of(try CanonicalJSON.encode(body))
  }

  /// The entry as one line of the journal (canonical JSON and a line feed).
  func line() throws(ArchiveError) -> Data {
    var data = try CanonicalJSON.encode(self)
    data.append(0x0A)
    return data
  }

  /// The time now, ISO 8601 UTC to the second.
  static func now() -> String {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    formatter.timeZone = TimeZone(identifier: "UTC")
    return formatter.string(from: Date())
  }
}
