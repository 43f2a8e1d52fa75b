import Foundation

/// What identifies this build of the engine.
enum EngineInfo {
  /// The engine's semantic version.
  static let version = "0.1.0"

  /// The git commit the binary was built from: the `BUDGETCAST_GIT_COMMIT` environment
  /// variable when set, else the commit recorded at build time (``EngineCommit``, by
  /// the `EngineCommit` build plugin), nil when the sources were not a git checkout.
  static var gitCommit: String? {
    if let commit = ProcessInfo.processInfo.environment["BUDGETCAST_GIT_COMMIT"], !commit.isEmpty {
      return commit
    }
    return EngineCommit.hash
  }

  /// The build configuration.
  static var buildConfiguration: String {
    #if DEBUG
      return "debug"
    #else
      return "release"
    #endif
  }
}
