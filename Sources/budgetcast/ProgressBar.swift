import Foundation

/// A progress bar on standard error, drawn only when standard error is a terminal.
final class ProgressBar: @unchecked Sendable {
  private let total: Int
  private let enabled: Bool
  private let lock = NSLock()
  private var lastDrawn = -1

  init(total: Int, quiet: Bool) {
    self.total = total
    enabled = !quiet && isatty(STDERR_FILENO) != 0 && total > 0
  }

  /// Redraws for `done` completed items (at most once per percent).
  func update(_ done: Int) {
    guard enabled else { return }
    lock.lock()
    defer { lock.unlock() }
    let percent = done * 100 / total
    guard percent != lastDrawn else { return }
    lastDrawn = percent
    let width = 30
    let filled = done * width / total
    let bar = String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
    FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) series".utf8))
    if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
  }
}
