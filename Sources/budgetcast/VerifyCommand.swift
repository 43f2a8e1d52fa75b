import ArgumentParser
import Foundation
import RunArchive

/// `budgetcast verify [RUN|--all]`: recompute every hash, the chain and the signatures.
struct VerifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "verify",
    abstract: "Check the archive: file hashes, the journal's hash chain and its signatures.",
    discussion: "Exit 0 when intact, 1 naming each file or journal entry that differs.")

  @Argument(help: "A run ID (or its first characters); the whole archive with --all.")
  var runID: String?

  @Flag(help: "Every run and every file.")
  var all = false

  @OptionGroup var archive: ArchiveOptions

  func validate() throws {
    guard runID == nil || !all else {
      throw ValidationError("give a run ID or --all, not both")
    }
  }

  func run() throws {
    let store = archive.store
    let report = try ArchiveOptions.reporting {
      let runs = try runID.map { [try store.resolve($0)] }
      return try ArchiveVerifier(archive: store).verify(runs: runs)
    }
    for problem in report.problems { print("FAILED \(problem)") }
    for note in report.notes { print("note: \(note)") }
    print(
      "\(report.journalEntries) journal entries, \(report.runsChecked) run(s), "
        + "\(report.filesChecked) file(s) checked: "
        + (report.intact ? "intact." : "\(report.problems.count) problem(s)."))
    if !report.intact { throw ExitCode(1) }
  }
}
