import Budget
import Foundation

/// Re-executes archived runs from their archived inputs and parameters and compares
/// every output with what was stored, bit for bit.
public struct RunReplayer: Sendable {
  /// The archive the runs are read from (the verdict is journaled there).
  public var archive: Archive
  /// This engine, compared with the archived one.
  public var engine: EngineDescription
  /// Worker threads (results do not depend on them).
  public var jobs: Int

  /// A replayer.
  public init(archive: Archive, engine: EngineDescription, jobs: Int) {
    self.archive = archive
    self.engine = engine
    self.jobs = jobs
  }

  /// The verdict on one output file.
  public struct FileVerdict: Sendable, Hashable {
    /// The output file, such as `forecasts.csv`.
    public var name: String
    /// Whether the replayed bytes equal the archived ones.
    public var identical: Bool
    /// The largest relative difference between numbers, when the files differ and
    /// are comparable cell by cell.
    public var largestRelativeDifference: Double?
  }

  /// The verdict of a replay.
  public struct Report: Sendable {
    /// The run replayed.
    public var run: String
    /// Whether the re-imported snapshot equals the archived one.
    public var snapshotIdentical: Bool
    /// Each output file's verdict.
    public var files: [FileVerdict]
    /// How this engine and environment differ from the archived ones (empty if not).
    public var differences: [String]
    /// Bit-identical: the snapshot and every output.
    public var identical: Bool { snapshotIdentical && files.allSatisfy(\.identical) }
  }

  /// Replays run `id` and records the verdict in the journal as `actor`.
  public func replay(_ id: String, actor: String) throws -> Report {
    let manifest = try archive.manifest(id)
    let again = try Recomputation(
      manifest, from: archive, overrides: manifest.overrides, jobs: jobs)
    let snapshot = Data(LongBudgetFormat.text(again.dataset).utf8)
    let recomputed = again.outputs.files
    var files: [FileVerdict] = []
    for (name, hash) in manifest.outputs.files {
      let data = recomputed[name] ?? Data()
      let identical = ContentHash.of(data) == hash
      let difference =
        identical || name.hasSuffix(".json")
        ? nil : Self.largestRelativeDifference(try archive.object(hash), data)
      files.append(
        FileVerdict(name: name, identical: identical, largestRelativeDifference: difference))
    }
    let report = Report(
      run: id, snapshotIdentical: ContentHash.of(snapshot) == manifest.snapshot.sha256,
      files: files, differences: differences(from: manifest))
    try archive.locked(exclusive: true) { () throws(ArchiveError) in
      try archive.journal.append(
        event: .replayChecked, actor: actor, run: id,
        details: ["verdict": report.identical ? "bit-identical" : "different"],
        signer: try archive.signingKey(for: actor))
    }
    return report
  }

  /// The engine and environment facts that differ from the archived run's.
  func differences(from manifest: RunManifest) -> [String] {
    let now = RunEnvironment.current()
    let then = manifest.environment
    var differences: [String] = []
    let pairs: [(String, String?, String?)] = [
      ("engine version", manifest.engine.version, engine.version),
      ("engine commit", manifest.engine.gitCommit, engine.gitCommit),
      ("build configuration", manifest.engine.buildConfiguration, engine.buildConfiguration),
      ("BLAS configuration", then.blas.configuration, now.blas.configuration),
      ("BLAS core", then.blas.coreName, now.blas.coreName),
      ("CPU", then.cpuModel, now.cpuModel),
    ]
    for (name, archived, current) in pairs where archived != current {
      differences.append("\(name): archived \(archived ?? "unknown"), now \(current ?? "unknown")")
    }
    return differences
  }

  /// The largest |a − b| / max(|a|, |b|) over numeric cells in the same place.
  static func largestRelativeDifference(_ old: Data, _ new: Data) -> Double? {
    let a = RunOutputs.parseCSV(old)
    let b = RunOutputs.parseCSV(new)
    guard a.count == b.count else { return nil }
    var largest = 0.0
    for (rowA, rowB) in zip(a, b) {
      guard rowA.count == rowB.count else { return nil }
      for (x, y) in zip(rowA, rowB) where x != y {
        guard let u = Double(x), let v = Double(y) else { return nil }
        largest = Swift.max(largest, abs(u - v) / Swift.max(abs(u), abs(v)))
      }
    }
    return largest
  }
}
