import ArgumentParser
import Foundation
import RunArchive

/// `budgetcast replay RUN`: re-execute a run and compare its outputs bit for bit.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Re-execute an archived run from its snapshot and parameters; compare bit for bit.",
    discussion: """
      Exit 0 when every output is bit-identical, 1 otherwise. When the engine or the \
      numerical environment differs from the archived one, says so and reports the \
      largest relative difference. The verdict is recorded in the journal.
      """)

  @Argument(help: "The run ID (or its first characters).")
  var runID: String

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Who checks (default $BUDGETCAST_ACTOR, else $USER).")
  var actor: String = ArchiveOptions.defaultActor

  @Option(help: "Worker threads (results do not depend on it).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func run() throws {
    let store = archive.store
    let report = try ArchiveOptions.reporting {
      try RunReplayer(archive: store, engine: ArchiveOptions.engine, jobs: Swift.max(jobs, 1))
        .replay(try store.resolve(runID), actor: actor)
    }
    print("Replay of \(report.run)")
    print("  snapshot       " + (report.snapshotIdentical ? "identical" : "DIFFERENT"))
    for file in report.files {
      var line = "  " + file.name.padding(toLength: 17, withPad: " ", startingAt: 0) + " "
      line += file.identical ? "bit-identical" : "DIFFERENT"
      if let difference = file.largestRelativeDifference {
        line += String(format: " (largest relative difference %.3g)", difference)
      }
      print(line)
    }
    for difference in report.differences { print("  environment: \(difference)") }
    print(
      report.identical
        ? "Verdict: bit-identical."
        : "Verdict: the outputs differ from the archived run.")
    if !report.identical { throw ExitCode(1) }
  }
}
