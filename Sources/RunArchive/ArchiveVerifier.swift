import Foundation

/// Recomputes every hash of an archive, the journal's chain and its signatures.
///
/// Checked: each journal line is canonical JSON whose hash is right, whose sequence
/// number follows and whose `previous` is the prior entry's hash; entries of an actor
/// who published a key are signed by it (Ed25519); every manifest and object hashes to
/// its name; every run the journal names has its manifest and every file the manifest
/// names; every private key matches the public key the journal published. The SQLite
/// index is derived and not evidence, so it is not checked (`archive reindex` rebuilds it).
public struct ArchiveVerifier: Sendable {
  /// The archive checked.
  public var archive: Archive

  /// A verifier of an archive.
  public init(archive: Archive) { self.archive = archive }

  /// One problem: the file (or journal line) and what is wrong.
  public struct Problem: Sendable, Hashable, CustomStringConvertible {
    /// The file's path, or the journal's path and line (`…/journal.jsonl:7`).
    public var path: String
    /// What is wrong.
    public var problem: String
    public var description: String { "\(path): \(problem)" }
  }

  /// The outcome of a verification.
  public struct Report: Sendable {
    /// Everything that differs from what was recorded.
    public var problems: [Problem] = []
    /// Facts that are not failures (runs written but never made visible, say).
    public var notes: [String] = []
    /// Journal entries checked.
    public var journalEntries = 0
    /// Runs checked.
    public var runsChecked = 0
    /// Files whose hash was recomputed.
    public var filesChecked = 0
    /// Whether nothing differs.
    public var intact: Bool { problems.isEmpty }
  }

  /// Verifies `runs` (every run and file when nil) and the whole journal.
  public func verify(runs: [String]? = nil) throws(ArchiveError) -> Report {
    try archive.locked(exclusive: false) { () throws(ArchiveError) -> Report in
      var report = Report()
      let publicKeys = checkJournal(&report)
      checkKeys(publicKeys, &report)
      let visible = (try? archive.visibleRuns()) ?? []
      for id in runs ?? visible { checkRun(id, &report) }
      if runs == nil {
        checkAllManifests(visible: Set(visible), &report)
        checkAllObjects(&report)
      }
      return report
    }
  }

  /// Checks the chain; returns the public key each actor last published.
  func checkJournal(_ report: inout Report) -> [String: String] {
    var publicKeys: [String: String] = [:]
    var previous = JournalEntry.genesis
    let path = archive.journal.url.path
    let results: [Result<JournalEntry, ArchiveError>]
    do {
      results = try archive.journal.parse()
    } catch {
      report.problems.append(Problem(path: path, problem: "\(error)"))
      return [:]
    }
    for (position, result) in results.enumerated() {
      let location = "\(path):\(position + 1)"
      report.journalEntries += 1
      guard case .success(let entry) = result else {
        if case .failure(let error) = result {
          report.problems.append(Problem(path: location, problem: "\(error)"))
        }
        previous = ""
        continue
      }
      var failures: [String] = []
      func fail(_ problem: String) { failures.append(problem) }
      if entry.sequence != position + 1 {
        fail("sequence \(entry.sequence), expected \(position + 1)")
      }
      if (try? entry.computedHash()) != entry.hash {
        fail("the entry's content does not match its hash (the entry was altered)")
      }
      if !previous.isEmpty && entry.previous != previous {
        fail("the chain is broken: 'previous' is not the hash of entry \(position)")
      }
      if entry.event == .keyAdded, let key = entry.details["publicKey"] {
        publicKeys[entry.actor] = key
      }
      if let key = publicKeys[entry.actor] {
        if let signature = entry.signature {
          if !SigningKey.isValid(signature: signature, of: entry.hash, publicKey: key) {
            fail("the signature is not \(entry.actor)'s")
          }
        } else {
          fail("unsigned, although \(entry.actor) published a signing key before it")
        }
      } else if entry.signature != nil {
        fail("signed by \(entry.actor), who published no key")
      }
      report.problems += failures.map { Problem(path: location, problem: $0) }
      previous = entry.hash
    }
    return publicKeys
  }

  func checkKeys(_ publicKeys: [String: String], _ report: inout Report) {
    let directory = archive.keysDirectory
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".ed25519") {
      let actor = String(name.dropLast(".ed25519".count))
      let path = directory.appendingPathComponent(name).path
      report.filesChecked += 1
      do throws(ArchiveError) {
        guard let key = try SigningKey.load(actor: actor, from: directory),
          let bytes = FileManager.default.contents(atPath: path),
          bytes == Data((key.privateKeyText + "\n").utf8)
        else {
          throw .corrupt(path, "not a budgetcast key file (base64 key and a line feed)")
        }
        if publicKeys[actor] != key.publicKey {
          report.problems.append(
            Problem(path: path, problem: "does not match the public key the journal published"))
        }
      } catch {
        report.problems.append(Problem(path: path, problem: "\(error)"))
      }
    }
  }

  func checkRun(_ id: String, _ report: inout Report) {
    report.runsChecked += 1
    let manifest: RunManifest
    do {
      manifest = try archive.manifest(id)
    } catch {
      let path = archive.manifestURL(id).path
      report.problems.append(
        Problem(path: path, problem: "run \(id) named by the journal: \(error)"))
      return
    }
    let hashes =
      manifest.inputs.map(\.sha256) + [manifest.snapshot.sha256]
      + manifest.outputs.files.map(\.sha256)
    for hash in hashes {
      report.filesChecked += 1
      do {
        _ = try archive.object(hash)
      } catch {
        report.problems.append(Problem(path: archive.objectURL(hash).path, problem: "\(error)"))
      }
    }
    if let parent = manifest.parent,
      !FileManager.default.fileExists(atPath: archive.manifestURL(parent).path)
    {
      report.problems.append(
        Problem(path: archive.manifestURL(id).path, problem: "its parent run \(parent) is missing"))
    }
  }

  func checkAllManifests(visible: Set<String>, _ report: inout Report) {
    for (name, path) in finishedFiles(in: archive.runsDirectory, &report) {
      let id = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
      guard !visible.contains(id) else { continue }
      report.filesChecked += 1
      let data = FileManager.default.contents(atPath: path) ?? Data()
      if !ContentHash.isWellFormed(id) || ContentHash.of(data) != id {
        report.problems.append(Problem(path: path, problem: "content does not match its name"))
      } else {
        report.notes.append("run \(id) was written but never made visible (interrupted)")
      }
    }
  }

  /// The files of `directory` (name, path), sorted; unfinished temporary files are
  /// skipped with a note.
  func finishedFiles(in directory: URL, _ report: inout Report) -> [(String, String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.sorted().compactMap { name in
      let path = directory.appendingPathComponent(name).path
      guard !name.hasPrefix(DurableFile.temporaryPrefix) else {
        report.notes.append("\(path): an unfinished write (ignored; removed by the next writer)")
        return nil
      }
      return (name, path)
    }
  }

  func checkAllObjects(_ report: inout Report) {
    let root = archive.objectsDirectory
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
    for folder in folders.sorted() {
      for (name, path) in finishedFiles(in: root.appendingPathComponent(folder), &report) {
        report.filesChecked += 1
        let data = FileManager.default.contents(atPath: path) ?? Data()
        if !name.hasPrefix(folder) || ContentHash.of(data) != name {
          report.problems.append(
            Problem(path: path, problem: "content does not match its SHA-256 name (altered)"))
        }
      }
    }
  }
}
