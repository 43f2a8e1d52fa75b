import ArgumentParser
import BudgetForecast
import Foundation
import RunArchive

/// `budgetcast override RUN`: a human value, recorded as a derived run.
struct OverrideCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "override",
    abstract: "Replace a forecast by a human value; creates a derived run.",
    discussion: """
      The model's value and the human value are both kept, with the author, date and \
      reason. By default (--adjust local) the lines under the series move pro rata and \
      the aggregates above it by the difference, nothing else; --adjust reconcile redoes \
      the reconciliation with the value held fixed, so every free series may move. The \
      new run ID is the last line of standard output.
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

  @Option(
    help: """
      local: the series' lines and ancestors absorb the change; reconcile: the whole \
      forecast is reconciled again around it (default: the parent run's choice, local \
      for runs made since it exists).
      """)
  var adjust: HeldAdjustment?

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
          reason: reason, adjustment: adjust)
    }
    if let last = recorded.manifest.overrides.last {
      print(
        String(
          format: "%@ %d: model %.2f → %.2f by %@ (%@); %@.", last.node, last.year,
          last.modelValue, last.value, last.actor, last.reason,
          recorded.manifest.parameters.overrideAdjustment == .local
            ? "spread over its lines and ancestors" : "reconciled around it"))
    }
    print(recorded.id)
  }
}

extension HeldAdjustment: ExpressibleByArgument {}
