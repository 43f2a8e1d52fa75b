import Foundation

/// Runs the built `budgetcast` binary, as end-to-end tests do.
public enum CommandRunner {
  /// The outcome of one run.
  public struct Outcome: Sendable {
    /// The exit status.
    public var status: Int32
    /// Everything written to standard output.
    public var standardOutput: String
    /// Everything written to standard error.
    public var standardError: String

    /// The last line of standard output: the run ID `forecast` and `override` print.
    public var lastLine: String? { standardOutput.split(separator: "\n").last.map(String.init) }
  }

  /// Runs `budgetcast arguments…` and waits for it.
  public static func budgetcast(_ arguments: [String]) throws -> Outcome {
    try run(RepositoryPaths.budgetcastBinary.path, arguments)
  }

  /// Runs `executable arguments…` from the repository root, with `environment` added to
  /// this process's, and waits for it.
  public static func run(
    _ executable: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.currentDirectoryURL = RepositoryPaths.root
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus, standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self))
  }

  /// Writes `contents` to a new temporary file named `name` and returns its path.
  public static func temporaryFile(named name: String, contents: String) throws -> String {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(contents.utf8).write(to: url)
    return url.path
  }
}
