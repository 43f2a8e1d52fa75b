import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// An advisory lock on an archive (`flock` on `ARCHIVE/.lock`).
///
/// Writers take it exclusively for the whole of a change, readers that must see a
/// consistent archive (verification, re-indexing) take it shared; the kernel releases
/// it when the process dies, so a killed writer never leaves the archive locked.
final class ArchiveLock {
  private let descriptor: Int32

  /// Blocks until the lock on the archive at `root` is held.
  init(root: URL, exclusive: Bool) throws(ArchiveError) {
    let path = root.appendingPathComponent(".lock").path
    let descriptor = open(path, O_RDWR | O_CREAT, 0o644)
    guard descriptor >= 0 else { throw .io(path, DurableFile.errnoText()) }
    while flock(descriptor, exclusive ? LOCK_EX : LOCK_SH) != 0 {
      guard errno == EINTR else {
        close(descriptor)
        throw .io(path, DurableFile.errnoText())
      }
    }
    self.descriptor = descriptor
  }

  deinit {
    flock(descriptor, LOCK_UN)
    close(descriptor)
  }
}
