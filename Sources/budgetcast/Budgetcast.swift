import ArgumentParser
import LinearAlgebra

/// The `budgetcast` command-line tool.
@main
struct Budgetcast: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "budgetcast",
    abstract: "Sovereign, traceable budget forecasting for local governments.",
    discussion: """
      Exit codes: 0 success, 64 usage error, 65 bad input data (each problem is \
      reported as FILE:LINE:COLUMN), 70 internal numerical failure.
      """,
    version: EngineInfo.version,
    subcommands: [VersionCommand.self, RegressCommand.self, FitCommand.self, ScoreCommand.self]
  )

  /// Pins OpenBLAS to one thread before any numerical work, then runs the command.
  static func main() {
    OpenBLASRuntime.configure()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
