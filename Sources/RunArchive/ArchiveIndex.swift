import Foundation
import GRDB

/// The SQLite index of an archive's runs (GRDB), for listing and search.
///
/// The index is derived: it is rebuilt from the journal and the manifests by
/// ``rebuild()`` (`budgetcast archive reindex`), and automatically when it is missing,
/// was written by an older schema (``schemaVersion``) or does not list exactly the
/// journal's runs. Verification never trusts it.
public struct ArchiveIndex: Sendable {
  /// One run as listed.
  public struct Row: Sendable, Hashable, Codable {
    public var id: String
    /// `forecast` or `override`.
    public var kind: String
    /// The run an override derives from.
    public var parent: String?
    /// ISO 8601 creation time.
    public var created: String
    /// Who created it.
    public var actor: String
    /// The note given with `--note` (empty without one).
    public var note: String
    /// The entities in the data, comma-separated.
    public var entities: String
    /// The executed years, `2010–2024`.
    public var years: String
    /// Years forecast.
    public var horizon: Int
    /// The forecasting method.
    public var model: String
    /// The reconciliation used.
    public var reconciliation: String
    /// Series forecast.
    public var series: Int
    /// Human overrides it holds.
    public var overrides: Int
    /// The scenario's name (empty without a scenario).
    public var scenario: String
  }

  /// The index's table layout; an index of an older layout is rebuilt.
  static let schemaVersion = 2

  let archive: Archive

  /// The index of an archive (`index.sqlite` under it).
  public init(archive: Archive) { self.archive = archive }

  /// The runs `query` selects, newest first.
  public func list(_ query: RunQuery = RunQuery()) throws(ArchiveError) -> [Row] {
    let visible = try archive.visibleRuns()
    let current = try isCurrent()
    var rows = current ? try read(RunQuery()) : []
    if !current || Set(rows.map(\.id)) != Set(visible) {
      try rebuild()
      rows = try read(RunQuery())
    }
    return query == RunQuery() ? rows : try read(query)
  }

  /// Recreates the index from the journal and manifests.
  public func rebuild() throws(ArchiveError) {
    let entries = try archive.journal.entries()
    var rows: [Row] = []
    var seen = Set<String>()
    for entry in entries where entry.event == .runCreated || entry.event == .overrideAdded {
      guard let id = entry.run, seen.insert(id).inserted else { continue }
      rows.append(try row(id: id, manifest: try archive.manifest(id), entry: entry))
    }
    try? FileManager.default.removeItem(at: archive.indexURL)
    try execute { db in
      try Self.createSchema(db)
      for row in rows { try Self.insert(row, into: db) }
    }
  }

  /// Adds one run (called after its journal entry is written); an index of an older
  /// layout is rebuilt instead, the new run with the others.
  func record(id: String, manifest: RunManifest, entry: JournalEntry) throws(ArchiveError) {
    if FileManager.default.fileExists(atPath: archive.indexURL.path), !(try isCurrent()) {
      return try rebuild()
    }
    let row = try self.row(id: id, manifest: manifest, entry: entry)
    try execute { db in
      try Self.createSchema(db)
      try Self.insert(row, into: db)
    }
  }

  /// The listed row of a run; its scenario's name is read from the archived scenario.
  func row(id: String, manifest: RunManifest, entry: JournalEntry) throws(ArchiveError) -> Row {
    let scenario = try archive.scenario(of: manifest)?.name
    return Row(
      id: id, kind: manifest.kind.rawValue, parent: manifest.parent, created: entry.time,
      actor: entry.actor, note: entry.details["note"] ?? "",
      entities: manifest.snapshot.entities.joined(separator: ", "),
      years: manifest.snapshot.years.first.map { "\($0)–\(manifest.snapshot.years.last ?? $0)" }
        ?? "",
      horizon: manifest.parameters.horizon, model: manifest.parameters.model,
      reconciliation: manifest.summary.reconciliationUsed, series: manifest.summary.series,
      overrides: manifest.overrides.count, scenario: scenario ?? "")
  }

  /// Whether the index exists with the current layout.
  func isCurrent() throws(ArchiveError) -> Bool {
    guard FileManager.default.fileExists(atPath: archive.indexURL.path) else { return false }
    do {
      let queue = try DatabaseQueue(path: archive.indexURL.path)
      return try queue.read { db in
        try Int.fetchOne(db, sql: "PRAGMA user_version") == Self.schemaVersion
      }
    } catch {
      throw .index("\(error)")
    }
  }

  private func read(_ query: RunQuery) throws(ArchiveError) -> [Row] {
    guard FileManager.default.fileExists(atPath: archive.indexURL.path) else { return [] }
    do {
      let queue = try DatabaseQueue(path: archive.indexURL.path)
      return try queue.read { db in
        let (condition, arguments) = query.condition
        let rows = try GRDB.Row.fetchAll(
          db, sql: "SELECT * FROM runs WHERE \(condition) ORDER BY created DESC, id",
          arguments: StatementArguments(arguments))
        return rows.map { row in
          Row(
            id: row["id"], kind: row["kind"], parent: row["parent"], created: row["created"],
            actor: row["actor"], note: row["note"], entities: row["entities"], years: row["years"],
            horizon: row["horizon"], model: row["model"], reconciliation: row["reconciliation"],
            series: row["series"], overrides: row["overrides"], scenario: row["scenario"])
        }
      }
    } catch {
      throw .index("\(error)")
    }
  }

  private func execute(_ body: (Database) throws -> Void) throws(ArchiveError) {
    do {
      let queue = try DatabaseQueue(path: archive.indexURL.path)
      try queue.write { db in try body(db) }
    } catch {
      throw .index("\(error)")
    }
  }

  private static func createSchema(_ db: Database) throws {
    try db.execute(
      sql: """
        CREATE TABLE IF NOT EXISTS runs (
          id TEXT PRIMARY KEY, kind TEXT NOT NULL, parent TEXT, created TEXT NOT NULL,
          actor TEXT NOT NULL, note TEXT NOT NULL, entities TEXT NOT NULL, years TEXT NOT NULL,
          horizon INTEGER NOT NULL, model TEXT NOT NULL, reconciliation TEXT NOT NULL,
          series INTEGER NOT NULL, overrides INTEGER NOT NULL, scenario TEXT NOT NULL)
        """)
    try db.execute(sql: "PRAGMA user_version = \(schemaVersion)")
  }

  private static func insert(_ row: Row, into db: Database) throws {
    try db.execute(
      sql: """
        INSERT OR IGNORE INTO runs
        (id, kind, parent, created, actor, note, entities, years, horizon, model, reconciliation,
         series, overrides, scenario) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
      arguments: [
        row.id, row.kind, row.parent, row.created, row.actor, row.note, row.entities, row.years,
        row.horizon, row.model, row.reconciliation, row.series, row.overrides, row.scenario,
      ])
  }
}
