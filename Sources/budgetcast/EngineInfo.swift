import Foundation

/// What identifies this build of the engine.
enum EngineInfo {
  /// The engine's semantic version.
  static let version = "0.1.0"

  /// The git commit the binary was built from, when it can be known: the
  /// `BUDGETCAST_GIT_COMMIT` environment variable, else the checkout the sources
  /// came from (when it still exists), else nil.
  static var gitCommit: String? {
    if let commit = ProcessInfo.processInfo.environment["BUDGETCAST_GIT_COMMIT"], !commit.isEmpty {
      return commit
    }
    let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
    process.arguments = ["-C", sourceRoot.path, "rev-parse", "HEAD"]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return nil }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { return nil }
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let commit = output.trimmingCharacters(in: .whitespacesAndNewlines)
    return commit.isEmpty ? nil : commit
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
