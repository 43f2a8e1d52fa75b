/// Which runs ``ArchiveIndex/list(_:)`` returns: every condition given must hold.
///
/// Dates are calendar days (`YYYY-MM-DD`) compared with the day of the run's journal
/// entry (UTC), both ends included, so that an auditor can ask for "the runs of
/// March 2026 by dfin.martin that carry overrides".
public struct RunQuery: Sendable, Hashable {
  /// Text contained in the run's ID, note, actor or entities (case-insensitive).
  public var text: String?
  /// The actor, exactly.
  public var actor: String?
  /// First day, `YYYY-MM-DD`.
  public var since: String?
  /// Last day, `YYYY-MM-DD`.
  public var until: String?
  /// `forecast`, or `override` (a run derived from another with human overrides).
  public var kind: RunManifest.Kind?

  public init(
    text: String? = nil, actor: String? = nil, since: String? = nil, until: String? = nil,
    kind: RunManifest.Kind? = nil
  ) {
    self.text = text
    self.actor = actor
    self.since = since
    self.until = until
    self.kind = kind
  }

  /// Whether `day` is a calendar day written `YYYY-MM-DD`.
  public static func isDay(_ day: String) -> Bool {
    let parts = day.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
      let month = Int(parts[1]), let date = Int(parts[2])
    else { return false }
    return (1...12).contains(month) && (1...31).contains(date)
  }

  /// The SQL condition and its arguments, in order.
  var condition: (sql: String, arguments: [String]) {
    var clauses: [String] = []
    var arguments: [String] = []
    if let text, !text.isEmpty {
      clauses.append("(id LIKE ? OR note LIKE ? OR actor LIKE ? OR entities LIKE ?)")
      arguments += [String](repeating: "%\(text)%", count: 4)
    }
    if let actor {
      clauses.append("actor = ?")
      arguments.append(actor)
    }
    if let since {
      clauses.append("substr(created, 1, 10) >= ?")
      arguments.append(since)
    }
    if let until {
      clauses.append("substr(created, 1, 10) <= ?")
      arguments.append(until)
    }
    if let kind {
      clauses.append("kind = ?")
      arguments.append(kind.rawValue)
    }
    return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
  }
}
