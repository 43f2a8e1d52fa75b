import ArgumentParser
import Budget
import Foundation
import Reporting
import RunArchive

/// `budgetcast evaluate RUN --actuals FILES…`: an archived run against the accounts
/// executed since.
struct EvaluateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "evaluate",
    abstract: "Compare an archived run's forecasts with the accounts executed since.",
    discussion: """
      Imports the actuals (any format 'import' reads), puts them on the run's keys (real \
      operations, the run's M52 → M57 bridge) and compares them with the archived \
      forecasts in the forecast years they cover, without re-estimating anything: \
      accuracy by level (WAPE of the published and of the models' own forecasts, \
      median error, bias, interval coverage), gross savings against its simulated \
      bands, each human override against the model's value, and the largest misses. \
      The normalised actuals are archived and the evaluation is recorded in the journal.
      """)

  @Argument(help: "The run ID (or its first characters).")
  var runID: String

  @Option(parsing: .upToNextOption, help: "The executed accounts (any importable budget format).")
  var actuals: [String]

  @OptionGroup var input: BudgetFileOptions

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Who evaluates (recorded in the journal).")
  var actor: String = ArchiveOptions.defaultActor

  @Option(help: "Lines listed among the largest misses.")
  var top = 10

  @Option(
    help: "Also write every node and year compared (node,level,year,actual,forecast,…) to this CSV."
  )
  var csv: String?

  @Flag(help: "Print the evaluation as JSON instead of a table.")
  var json = false

  func validate() throws {
    guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
  }

  func run() throws {
    let store = archive.store
    try ArchiveOptions.reporting {
      let id = try store.resolve(runID)
      let dataset = try input.importDataset(actuals)
      let evaluation: ForecastEvaluation
      do {
        evaluation = try ForecastEvaluation.evaluate(run: id, in: store, actuals: dataset)
      } catch let error as ForecastEvaluation.NoCommonYear {
        ArchiveOptions.fail("error: \(error)", status: 65)
      }
      if let csv {
        try DocumentFile.write(Data(EvaluationTable.csv(evaluation).utf8), to: csv)
      }
      try store.recordEvaluation(
        run: id, actuals: Data(LongBudgetFormat.text(dataset).utf8),
        details: [
          "files": actuals.map { URL(fileURLWithPath: $0).lastPathComponent }.joined(
            separator: ", "),
          "years": evaluation.years.map(String.init).joined(separator: ","),
          "totalWAPE": evaluation.summary(of: "total")?.wape.map { String(format: "%.4f", $0) }
            ?? "",
        ], actor: actor)
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        print(
          String(
            decoding: try encoder.encode(ForecastEvaluation.Summary(evaluation, top: top)),
            as: UTF8.self)
        )
      } else {
        print(EvaluationTable(evaluation: evaluation, top: top).rendered())
      }
    }
  }
}
