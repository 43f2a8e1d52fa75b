import ArgumentParser
import Foundation
import RunArchive

/// `budgetcast override RUN`: a human value, recorded as a derived run.
struct OverrideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "override",
    abstract: "Replace a forecast by a human value; creates a derived run, re-reconciled.",
    discussion: """
      The model's value and the human value are both kept, with the author, date and \
      reason; the reconciliation is redone with the value held fixed. The new run ID \
      is the last line of standard output.
      """)

  @Argument(help: "The run to derive from.")
  var runID: String

  @Option(help: "The series: line/F/D/017/65171/567, chapter/F/D/017, section/F/D or total/D.")
  var line: String

  @Option(help: "The forecast year.")
  var year: Int

  @Option(help: "The human value in euros.")
  var value: Double?

  @Option(help: "Or a change in percent from the model's value.")
  var percent: Double?

  @Option(help: "Who overrides.")
  var actor: String

  @Option(help: "Why (recorded and shown in reports).")
  var reason: String

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Worker threads (results do not depend on it).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  func validate() throws {
    guard (value == nil) != (percent == nil) else {
      throw ValidationError("give exactly one of --value and --percent")
    }
  }

  func run() throws {
    let amount: OverrideRecorder.Amount = value.map { .value($0) } ?? .percent(percent ?? 0)
    let store = archive.store
    let recorded = try ArchiveOptions.reporting {
      try OverrideRecorder(archive: store, engine: ArchiveOptions.engine, jobs: Swift.max(jobs, 1))
        .override(
          try store.resolve(runID), node: line, year: year, amount: amount, actor: actor,
          reason: reason)
    }
    if let last = recorded.manifest.overrides.last {
      print(
        String(
          format: "%@ %d: model %.2f → %.2f by %@ (%@); reconciled around it.", last.node,
          last.year, last.modelValue, last.value, last.actor, last.reason))
    }
    print(recorded.id)
  }
}
