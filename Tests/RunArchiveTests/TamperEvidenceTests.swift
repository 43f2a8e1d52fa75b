import Foundation
import RunArchive
import XCTest

final class TamperEvidenceTests: ArchiveTestCase {
  /// A run, a signing key and an override: every kind of evidence file.
  func makeArchive() throws {
    let run = try recordRun()
    _ = try archive.addSigningKey(for: "dfin")
    _ = try OverrideRecorder(archive: archive, engine: engine, jobs: 1).override(
      run.id, node: "chapter/F/D/017", year: 2024, amount: .percent(3), actor: "dfin",
      reason: "RSA revaluation")
  }

  func testAnySingleByteChangeIsDetectedAndNamed() throws {
    try makeArchive()
    let verifier = ArchiveVerifier(archive: archive)
    XCTAssertTrue(try verifier.verify().intact)
    let files = evidenceFiles()
    XCTAssertGreaterThanOrEqual(files.count, 9)
    var state: UInt64 = 42
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    // Every file at least once, then random files: 3 positions each.
    let chosen = files + (0..<20).map { _ in files[next(files.count)] }
    for file in chosen {
      let original = try Data(contentsOf: file)
      for _ in 0..<3 {
        var altered = original
        let position = next(original.count)
        altered[position] ^= UInt8(1 + next(255))
        try altered.write(to: file)
        let report = try verifier.verify()
        XCTAssertFalse(report.intact, "\(file.lastPathComponent) byte \(position) not detected")
        XCTAssertTrue(
          report.problems.contains { $0.path.hasPrefix(file.path) },
          "\(file.lastPathComponent) byte \(position): \(report.problems)")
        try original.write(to: file)
      }
    }
    XCTAssertTrue(try verifier.verify().intact)
  }

  func testStrippingASignatureIsDetected() throws {
    try makeArchive()
    let journal = archive.root.appendingPathComponent("journal.jsonl")
    let text = try String(contentsOf: journal, encoding: .utf8)
    let stripped = text.replacingOccurrences(
      of: #","signature":"[^"]*""#, with: "", options: .regularExpression)
    XCTAssertNotEqual(text, stripped)
    try stripped.write(to: journal, atomically: true, encoding: .utf8)
    let problems = try ArchiveVerifier(archive: archive).verify().problems
    XCTAssertTrue(problems.contains { $0.problem.contains("unsigned") }, "\(problems)")
  }

  func testDeletingAJournalEntryBreaksTheChain() throws {
    try makeArchive()
    let journal = archive.root.appendingPathComponent("journal.jsonl")
    var lines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n")
    lines.remove(at: 1)
    try (lines.joined(separator: "\n") + "\n").write(to: journal, atomically: true, encoding: .utf8)
    let problems = try ArchiveVerifier(archive: archive).verify().problems
    XCTAssertTrue(problems.contains { $0.problem.contains("chain is broken") }, "\(problems)")
  }

  func testUnfinishedWritesAreToleratedAndNamed() throws {
    let run = try recordRun()
    let runs = archive.root.appendingPathComponent("runs")
    try Data("partial".utf8).write(to: runs.appendingPathComponent(".tmp-1-2"))
    // A manifest written by a process killed before its journal entry.
    var manifest = try archive.manifest(run.id)
    manifest.parameters.horizon = 3
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
    let data = try encoder.encode(manifest)
    let orphan = ContentHash.of(data)
    try data.write(to: runs.appendingPathComponent("\(orphan).json"))
    let report = try ArchiveVerifier(archive: archive).verify()
    XCTAssertTrue(report.intact, "\(report.problems)")
    XCTAssertTrue(report.notes.contains { $0.contains(orphan) })
    XCTAssertEqual(try archive.visibleRuns(), [run.id])
  }
}
