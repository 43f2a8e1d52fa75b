import Foundation

/// A directory of immutable runs: the source of truth for every published number.
///
///     ARCHIVE/
///       objects/ab/abcdef…     every input, snapshot and output file, named by its SHA-256
///       runs/RUN-ID.json       manifests; RUN-ID is the SHA-256 of the file
///       journal.jsonl          the hash-chained journal of events
///       keys/ACTOR.ed25519     actors' signing keys (public halves are in the journal)
///       index.sqlite           an SQLite index for listing (derived; `archive reindex`)
///
/// A run is written objects first, then its manifest, then its journal entry, then the
/// index, all under an exclusive lock and each file durably (``DurableFile``): it
/// becomes visible only when its journal entry exists, and a crash at any point leaves
/// an archive that verifies (at worst with an unreferenced manifest or object).
public struct Archive: Sendable {
  /// The archive directory.
  public let root: URL

  /// The archive at `path` (created on first write).
  public init(path: String) {
    self.root = URL(fileURLWithPath: path, isDirectory: true).standardizedFileURL
  }

  /// The default location: `$BUDGETCAST_ARCHIVE`, else `./budgetcast-archive`.
  public static var defaultPath: String {
    ProcessInfo.processInfo.environment["BUDGETCAST_ARCHIVE"].flatMap { $0.isEmpty ? nil : $0 }
      ?? "budgetcast-archive"
  }

  var objectsDirectory: URL { root.appendingPathComponent("objects") }
  var runsDirectory: URL { root.appendingPathComponent("runs") }
  var keysDirectory: URL { root.appendingPathComponent("keys") }
  var journal: Journal { Journal(url: root.appendingPathComponent("journal.jsonl")) }
  var indexURL: URL { root.appendingPathComponent("index.sqlite") }

  /// Whether the directory holds an archive.
  public var exists: Bool {
    FileManager.default.fileExists(atPath: runsDirectory.path)
      || FileManager.default.fileExists(atPath: journal.url.path)
  }

  /// Runs `body` holding the archive's lock (exclusive for writers), creating the
  /// directory layout first when writing.
  @discardableResult
  func locked<T>(exclusive: Bool, _ body: () throws(ArchiveError) -> T) throws(ArchiveError) -> T {
    if exclusive {
      for directory in [root, objectsDirectory, runsDirectory] {
        try DurableFile.makeDirectory(directory)
      }
    } else if !exists {
      throw .invalidRequest(
        "\(root.path) is not a budgetcast archive (no runs, no journal); give --archive DIR")
    }
    let lock = try ArchiveLock(root: root, exclusive: exclusive)
    defer { withExtendedLifetime(lock) {} }
    if exclusive {
      DurableFile.removeLeftovers(in: root)
      DurableFile.removeLeftovers(in: runsDirectory)
    }
    return try body()
  }

  // MARK: - Objects

  func objectURL(_ hash: String) -> URL {
    objectsDirectory.appendingPathComponent(String(hash.prefix(2)))
      .appendingPathComponent(hash)
  }

  /// Stores `data` under its hash (once) and returns the hash.
  @discardableResult
  func storeObject(_ data: Data) throws(ArchiveError) -> String {
    let hash = ContentHash.of(data)
    let url = objectURL(hash)
    if FileManager.default.fileExists(atPath: url.path) { return hash }
    let directory = url.deletingLastPathComponent()
    try DurableFile.makeDirectory(directory)
    DurableFile.removeLeftovers(in: directory)
    try DurableFile.write(data, to: url)
    return hash
  }

  /// The object `hash`, checked against its name.
  public func object(_ hash: String) throws(ArchiveError) -> Data {
    let url = objectURL(hash)
    guard let data = try? Data(contentsOf: url) else {
      throw .corrupt(url.path, "missing archived file")
    }
    guard ContentHash.of(data) == hash else {
      throw .corrupt(url.path, "content does not match its SHA-256 name (the file was altered)")
    }
    return data
  }

  // MARK: - Manifests

  func manifestURL(_ id: String) -> URL { runsDirectory.appendingPathComponent("\(id).json") }

  /// Stores a manifest and returns its run ID.
  func storeManifest(_ manifest: RunManifest) throws(ArchiveError) -> String {
    let data = try CanonicalJSON.encode(manifest, pretty: true)
    let id = ContentHash.of(data)
    if !FileManager.default.fileExists(atPath: manifestURL(id).path) {
      try DurableFile.write(data, to: manifestURL(id))
    }
    return id
  }

  /// The manifest of run `id`, checked against its name.
  public func manifest(_ id: String) throws(ArchiveError) -> RunManifest {
    let url = manifestURL(id)
    guard let data = try? Data(contentsOf: url) else { throw .unknownRun(id) }
    guard ContentHash.of(data) == id else {
      throw .corrupt(url.path, "content does not match the run ID (the manifest was altered)")
    }
    return try CanonicalJSON.decode(RunManifest.self, from: data, path: url.path)
  }

  /// The runs made visible by the journal, oldest first.
  public func visibleRuns() throws(ArchiveError) -> [String] {
    var seen = Set<String>()
    var runs: [String] = []
    for entry in try journal.entries()
    where entry.event == .runCreated || entry.event == .overrideAdded {
      if let run = entry.run, seen.insert(run).inserted { runs.append(run) }
    }
    return runs
  }

  /// The full ID of the visible run that `prefix` (4 characters or more) starts.
  public func resolve(_ prefix: String) throws(ArchiveError) -> String {
    let candidates = try visibleRuns().filter { $0.hasPrefix(prefix.lowercased()) }
    guard prefix.count >= 4, let first = candidates.first else { throw .unknownRun(prefix) }
    guard candidates.count == 1 else { throw .ambiguousRun(prefix, candidates) }
    return first
  }

  /// The signing key of `actor`, when one was made with `keys init`.
  func signingKey(for actor: String) throws(ArchiveError) -> SigningKey? {
    try SigningKey.load(actor: actor, from: keysDirectory)
  }
}
