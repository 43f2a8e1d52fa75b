import Foundation

/// The archive's append-only, hash-chained journal (`journal.jsonl`).
///
/// Appending rewrites the file durably (a temporary copy with the new line, fsync,
/// rename), under the archive's exclusive lock: a crash leaves either the old journal
/// or the new one, never half a line. Nothing else ever rewrites it.
struct Journal {
  let url: URL

  /// The entries in file order, each checked for canonical form and parsed; a
  /// missing journal is empty.
  func entries() throws(ArchiveError) -> [JournalEntry] {
    try entries(in: try contents())
  }

  func entries(in data: Data) throws(ArchiveError) -> [JournalEntry] {
    try parse(data).map { result throws(ArchiveError) in
      switch result {
      case .success(let entry): return entry
      case .failure(let error): throw error
      }
    }
  }

  /// Every line parsed or the reason it cannot be (for verification, which reports
  /// all problems).
  func parse() throws(ArchiveError) -> [Result<JournalEntry, ArchiveError>] {
    parse(try contents())
  }

  /// The journal's bytes (empty when there is no journal yet).
  func contents() throws(ArchiveError) -> Data {
    guard FileManager.default.fileExists(atPath: url.path) else { return Data() }
    do {
      return try Data(contentsOf: url)
    } catch {
      throw .io(url.path, error.localizedDescription)
    }
  }

  func parse(_ data: Data) -> [Result<JournalEntry, ArchiveError>] {
    var results: [Result<JournalEntry, ArchiveError>] = []
    var lineNumber = 0
    var start = data.startIndex
    while start < data.endIndex {
      lineNumber += 1
      let end = data[start...].firstIndex(of: 0x0A) ?? data.endIndex
      let bytes = data[start..<Swift.min(end + 1, data.endIndex)]
      results.append(Self.entry(Data(bytes), path: "\(url.path):\(lineNumber)"))
      start = Swift.min(end + 1, data.endIndex)
    }
    return results
  }

  static func entry(_ bytes: Data, path: String) -> Result<JournalEntry, ArchiveError> {
    do throws(ArchiveError) {
      let entry = try CanonicalJSON.decode(JournalEntry.self, from: bytes, path: path)
      guard try entry.line() == bytes else {
        throw .corrupt(path, "journal entry is not in canonical form (edited by hand?)")
      }
      return .success(entry)
    } catch {
      return .failure(error)
    }
  }

  /// Appends an event, chained to the last entry and signed by `signer` if any.
  ///
  /// Call with the archive's exclusive lock held.
  @discardableResult
  func append(
    event: JournalEntry.Event, actor: String, run: String?, details: [String: String],
    signer: SigningKey?
  ) throws(ArchiveError) -> JournalEntry {
    var data = try contents()
    let existing = try entries(in: data)
    var entry = JournalEntry(
      sequence: existing.count + 1, time: JournalEntry.now(), actor: actor, event: event, run: run,
      details: details, previous: existing.last?.hash ?? JournalEntry.genesis, hash: "",
      signature: nil)
    entry.hash = try entry.computedHash()
    entry.signature = try signer?.signature(of: entry.hash)
    data.append(try entry.line())
    try DurableFile.write(data, to: url)
    return entry
  }
}
