import Foundation

/// Paths inside the repository, for tests that read committed fixtures.
public enum RepositoryPaths {
  /// The repository root (the directory holding `Package.swift`).
  public static let root: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// `datasets/` at the root.
  public static var datasets: URL { root.appendingPathComponent("datasets") }

  /// The shared real-data folder next to the repository (`../shared/data`), if present.
  public static var sharedData: URL? {
    let url = root.deletingLastPathComponent().appendingPathComponent("shared/data")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
  }

  /// The built `budgetcast` executable (debug build), if present.
  public static var budgetcastBinary: URL {
    if let path = ProcessInfo.processInfo.environment["BUDGETCAST_BINARY"] {
      return URL(fileURLWithPath: path)
    }
    return root.appendingPathComponent(".build/debug/budgetcast")
  }
}
