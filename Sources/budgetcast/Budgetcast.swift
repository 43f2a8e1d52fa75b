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
    subcommands: [
      VersionCommand.self, RegressCommand.self, FitCommand.self, ScoreCommand.self,
      ImportCommand.self,
      InspectCommand.self, ForecastBudgetCommand.self, BacktestCommand.self,
      ForecastCommand.self, RunsCommand.self, ReplayCommand.self, VerifyCommand.self,
      OverrideCommand.self, KeysCommand.self, ArchiveCommand.self, ReportCommand.self,
      ScenarioCommand.self, SensitivityCommand.self, EvaluateCommand.self, LandingCommand.self,
    ]
  )

  /// Pins OpenBLAS to one thread before any numerical work, then runs the command.
  ///
  /// OpenBLAS starts its thread pool when the library loads, before any code of
  /// ours runs, and the idle workers spin for about 0.1 s of CPU; so the process
  /// re-executes itself once with `OPENBLAS_NUM_THREADS=1`, which keeps the pool
  /// from being created at all (`openblas_set_num_threads(1)` is still called).
  static func main() {
    OpenBLASRuntime.reexecuteWithOneBLASThreadIfNeeded()
    OpenBLASRuntime.configure()
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      exit(withError: error)
    }
  }
}
