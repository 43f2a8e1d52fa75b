import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#endif

/// Crash-safe file writes: a file appears complete under its final name or not at all.
///
/// The bytes go to a temporary name in the same directory (`.tmp-…`), are flushed to
/// disk (`fsync`), renamed over the final name (atomic on POSIX file systems), and
/// the directory is flushed so the rename itself survives a power cut. Temporary
/// files left by a killed process are ignored by readers and removed by the next writer.
enum DurableFile {
  /// The prefix of temporary names.
  static let temporaryPrefix = ".tmp-"

  /// Writes `data` to `url` durably.
  static func write(_ data: Data, to url: URL) throws(ArchiveError) {
    let directory = url.deletingLastPathComponent()
    let temporary = directory.appendingPathComponent(
      "\(temporaryPrefix)\(getpid())-\(UInt64.random(in: 0...UInt64.max))")
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard descriptor >= 0 else { throw .io(temporary.path, errnoText()) }
    var written = 0
    let ok = data.withUnsafeBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return fsync(descriptor) == 0 }
      while written < buffer.count {
        let result = Glibc.write(descriptor, base + written, buffer.count - written)
        if result < 0 {
          if errno == EINTR { continue }
          return false
        }
        written += result
      }
      return fsync(descriptor) == 0
    }
    close(descriptor)
    guard ok else {
      unlink(temporary.path)
      throw .io(url.path, errnoText())
    }
    guard rename(temporary.path, url.path) == 0 else {
      unlink(temporary.path)
      throw .io(url.path, errnoText())
    }
    syncDirectory(directory)
  }

  /// Flushes a directory's entries to disk.
  static func syncDirectory(_ directory: URL) {
    let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// Creates `directory` and its parents when missing.
  static func makeDirectory(_ directory: URL) throws(ArchiveError) {
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
      throw .io(directory.path, "\(error.localizedDescription)")
    }
  }

  /// Removes the temporary files a killed writer may have left in `directory`.
  static func removeLeftovers(in directory: URL) {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    for name in names where name.hasPrefix(temporaryPrefix) {
      unlink(directory.appendingPathComponent(name).path)
    }
  }

  static func errnoText() -> String { String(cString: strerror(errno)) }
}
