import DelimitedText
import Foundation

/// Damages a valid input file in seeded, reproducible ways, for tests that check that
/// readers never crash on bad input and locate every problem they report.
///
/// Each mutant applies one to three edits to the original bytes: a byte replaced, a
/// run of bytes deleted, a line duplicated or dropped, the file truncated, or a burst
/// of troublesome bytes inserted (separators, quotes, line breaks, a NUL, a stray
/// UTF-8 lead byte, an invalid `0xFF`, a minus sign, an exponent, an accent).
public struct ByteMutator {
  /// Bytes that exercise separators, quoting, line structure, encodings and numbers.
  static let palette: [[UInt8]] = [
    [0x2C], [0x3B], [0x22], [0x0A], [0x0D], [0x09], [0x20], [0xFF], [0x00], [0xC3],
    [0x2D], [0x2E], [0x65], [0x39], [0xC3, 0xA9], [0x3A], [0x7B], [0x5B], [0x23], [0x27],
  ]

  private var state: UInt64

  /// A mutator whose sequence of mutants is fixed by `seed`.
  public init(seed: UInt64) { state = seed }

  /// The next mutant of `original`.
  public mutating func mutant(of original: [UInt8]) -> [UInt8] {
    var bytes = original
    for _ in 0...below(3) { edit(&bytes) }
    return bytes
  }

  private mutating func edit(_ bytes: inout [UInt8]) {
    guard !bytes.isEmpty else {
      bytes = pick()
      return
    }
    let at = below(bytes.count)
    switch below(6) {
    case 0: bytes.replaceSubrange(at...at, with: pick())
    case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + below(20)))
    case 2: bytes.insert(contentsOf: (0...below(4)).flatMap { _ in pick() }, at: at)
    case 3: bytes.removeSubrange(at...)
    default:
      let line = lineRange(around: at, in: bytes)
      if below(2) == 0 {
        bytes.insert(contentsOf: bytes[line], at: line.lowerBound)
      } else {
        bytes.removeSubrange(line)
      }
    }
  }

  /// The line holding `index`, with its line break.
  private func lineRange(around index: Int, in bytes: [UInt8]) -> Range<Int> {
    let start = bytes[..<index].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let end = bytes[index...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count
    return start..<end
  }

  private mutating func pick() -> [UInt8] { Self.palette[below(Self.palette.count)] }

  /// A number in `0..<bound` from a 64-bit linear congruential sequence's high bits.
  private mutating func below(_ bound: Int) -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int((state >> 33) % UInt64(bound))
  }

  /// Writes `bytes` to a fresh temporary folder as `name` and returns its path.
  public static func write(_ bytes: [UInt8], named name: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-mutants-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
  }

  /// Reads `count` mutants of `original`, each written as `name`, with `read`; returns
  /// how many were refused and the refusals' diagnostics that are not located and
  /// explained (``misplaced(_:path:lineCount:)``).
  public static func refusals(
    of original: String, named name: String, seed: UInt64, count: Int,
    read: (String) throws(DiagnosticReport) -> Void
  ) throws -> (refused: Int, misplaced: [String]) {
    var mutator = ByteMutator(seed: seed)
    var refused = 0
    var problems: [String] = []
    for index in 0..<count {
      let bytes = mutator.mutant(of: Array(original.utf8))
      let path = try write(bytes, named: name)
      do {
        try read(path)
      } catch {
        refused += 1
        problems += misplaced(error, path: path, lineCount: lineCount(bytes)).map {
          "mutant \(index): \($0)"
        }
      }
    }
    return (refused, problems)
  }

  /// The problems with `report` as the report of a reader of `path`, whose text has
  /// `lineCount` lines: each diagnostic must name the file, a line within it (or the
  /// one after, for a missing ending) and a column, and say what was expected.
  static func misplaced(
    _ report: DiagnosticReport, path: String, lineCount: Int
  ) -> [String] {
    if report.diagnostics.isEmpty { return ["an empty report"] }
    return report.diagnostics.compactMap { diagnostic in
      let located =
        diagnostic.file == path && (1...lineCount + 1).contains(diagnostic.line)
        && diagnostic.column >= 1
      let explained = !diagnostic.problem.isEmpty && !diagnostic.expected.isEmpty
      return located && explained ? nil : diagnostic.description
    }
  }

  /// How many lines `bytes` spans, a line ending with LF, CR LF or a lone CR.
  static func lineCount(_ bytes: [UInt8]) -> Int {
    zip(bytes, bytes.dropFirst() + [0]).reduce(1) { count, pair in
      count + (pair.0 == 0x0A || (pair.0 == 0x0D && pair.1 != 0x0A) ? 1 : 0)
    }
  }
}
