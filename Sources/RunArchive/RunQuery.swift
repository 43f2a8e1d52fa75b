/// Which runs ``ArchiveIndex/list(_:)`` returns: every condition given must hold.
///
/// Dates are calendar days (`YYYY-MM-DD`) compared with the day of the run's journal
/// entry (UTC), both ends included, so that an auditor can ask for "the runs of
/// March 2026 by dfin.martin that carry overrides".
public struct RunQuery: Sendable, Hashable {
  /// Text contained in the run's ID, note, actor, entities or scenario name
  /// (case-insensitive).
  public var text: String?
  /// The actor, exactly.
  public var actor: String?
  /// First day, `YYYY-MM-DD`.
  public var since: String?
  /// Last day, `YYYY-MM-DD`.
  public var until: String?
  /// `forecast`, or `override` (a run derived from another with human overrides).
  public var kind: RunManifest.Kind?
  /// Text contained in the scenario's name (case-insensitive).
  public var scenario: String?
  /// The forecasting model asked for, exactly (`ensemble`, `auto`, …).
  public var model: String?

  /// A query; every condition left nil is not applied.
  public init(
    text: String? = nil, actor: String? = nil, since: String? = nil, until: String? = nil,
    kind: RunManifest.Kind? = nil, scenario: String? = nil, model: String? = nil
  ) {
    self.text = text
    self.actor = actor
    self.since = since
    self.until = until
    self.kind = kind
    self.scenario = scenario
    self.model = model
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
      clauses.append(
        "(id LIKE ? OR note LIKE ? OR actor LIKE ? OR entities LIKE ? OR scenario LIKE ?)")
      arguments += [String](repeating: "%\(text)%", count: 5)
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
    if let scenario {
      clauses.append("scenario LIKE ?")
      arguments.append("%\(scenario)%")
    }
    if let model {
      clauses.append("model = ?")
      arguments.append(model)
    }
    return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
  }
}
