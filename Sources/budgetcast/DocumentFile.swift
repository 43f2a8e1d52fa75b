import Foundation
import RunArchive

/// Writes rendered documents.
enum DocumentFile {
  /// Writes `data` to `path` atomically; a failure is an archive I/O error (exit 74).
  static func write(_ data: Data, to path: String) throws {
    do {
      try data.write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw ArchiveError.io(path, error.localizedDescription)
    }
  }
}
