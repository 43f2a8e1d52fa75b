import ArgumentParser
import Budget
import Forecasting
import Foundation
import Reconciliation
import RunArchive
import Scenarios

/// `budgetcast forecast`: a complete, archived forecast run.
struct ForecastCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "forecast",
    abstract: "Forecast and reconcile every budget line and store an immutable, replayable run.",
    discussion: """
      Imports the files (any format 'import' reads), forecasts every line, chapter, \
      section and total, reconciles them, backtests each line on its last years, and \
      archives inputs (byte for byte and normalised), parameters, engine, numerical \
      environment, models and outputs. The run ID (SHA-256 of the manifest) is the last \
      line of standard output; the same inputs and options give the same ID.
      """)

  @Option(parsing: .upToNextOption, help: "The data files (any importable budget format).")
  var data: [String]

  @OptionGroup var input: BudgetFileOptions

  @Option(help: "A scenario file (YAML, see datasets/scenarios) applied to the forecast.")
  var scenario: String?

  @Option(
    help: ArgumentHelp(
      "Yearly driver history (CSV driver,year,value) to estimate the elasticities on; its years after the accounts (projections) drive the driven lines' forecasts.",
      discussion:
        "Drivers: " + Scenario.Driver.allCases.map(\.rawValue).joined(separator: ", ")
        + " (levels; a level set by decree may be dated, rsa_base_amount,2025-04,646.52; see datasets/README.md)."
    ))
  var driverHistory: String?

  @Option(
    help: ArgumentHelp(
      "Monthly execution of the year after the accounts (CSV series_id,month,value or series_id,month,cumulative).",
      discussion:
        "Series named as the run's nodes (chapter/F/D/017, line/F/D/017/65171/567…): that year is landed from them (see 'budgetcast landing'), completed line by line, and the forecast starts the year after."
    ))
  var execution: String?

  @Option(help: "The last month of --execution to land from (YYYY-MM; default its last month).")
  var through: String?

  @Option(help: "Years ahead (1 to 10; default the scenario's horizon, else 3).")
  var horizon: Int?

  @Option(help: "Forecasting method for every series.")
  var model: ForecastMethod = .ensemble

  @Option(
    help: "Reconciliation: \(ReconciliationMethod.allCases.map(\.rawValue).joined(separator: "|"))."
  )
  var method: ReconciliationMethod = .minTraceShrink

  @Flag(help: "Include order operations.")
  var includeOrder = false

  @OptionGroup var entityKind: EntityKindOption

  @Flag(help: ArgumentHelp(stringLiteral: NomenclatureBridge.optOutHelp))
  var noNomenclatureBridge = false

  @Option(help: "Years held out for each line's backtest accuracy (0 for none).")
  var backtestHorizon: Int = 2

  @Option(help: "Random seed (simulated intervals).")
  var seed: UInt64 = 20_241_130

  @Option(help: "Worker threads (results and run ID do not depend on it).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "Who runs the forecast (default $BUDGETCAST_ACTOR, else $USER).")
  var actor: String = ArchiveOptions.defaultActor

  @Option(help: "Why, recorded in the journal.")
  var note: String = ""

  @Flag(help: "Print {\"run\": ID, …} as JSON instead of text.")
  var json = false

  func validate() throws {
    if let horizon, !(1...10).contains(horizon) {
      throw ValidationError("--horizon must be 1 to 10")
    }
    guard (0...5).contains(backtestHorizon) else {
      throw ValidationError("--backtest-horizon must be 0 to 5")
    }
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
    guard !data.isEmpty else { throw ValidationError("give at least one --data FILE") }
    if let through {
      guard execution != nil else { throw ValidationError("--through needs --execution") }
      guard MonthlyExecution.monthIndex(through) != nil else {
        throw ValidationError("--through must be a month such as 2025-09")
      }
    }
  }

  /// The month the current year is landed through: --through, else the last month of
  /// --execution; nil without --execution.
  func landingMonth() throws -> String? {
    guard let execution else { return nil }
    if let through { return through }
    let file = try ArchiveOptions.reporting { try MonthlyExecution(path: execution) }
    return file.series.map(\.lastMonth).max().map(MonthlyExecution.text)
  }

  /// The horizon asked for, else the scenario file's, else three years.
  func resolvedHorizon() throws -> Int {
    if let horizon { return horizon }
    guard let scenario else { return 3 }
    return try ArchiveOptions.reporting { try ScenarioFile.read(scenario).horizon } ?? 3
  }

  func run() throws {
    var parameters = RunParameters(
      horizon: try resolvedHorizon(), model: model.rawValue, reconciliation: method.rawValue,
      includeOrder: includeOrder, seed: seed, backtestHorizon: backtestHorizon,
      format: input.chosenFormat?.rawValue,
      bridgesNomenclatures: !noNomenclatureBridge)
    parameters.landingThrough = try landingMonth()
    parameters.entityKind = entityKind.kind
    let recorded = try ArchiveOptions.reporting {
      try RunRecorder(archive: archive.store, engine: ArchiveOptions.engine).record(
        dataFiles: data, nomenclatureFile: input.nomenclature, scenarioFile: scenario,
        driverHistoryFile: driverHistory, executionFile: execution, parameters: parameters,
        jobs: jobs, actor: actor, note: note)
    }
    let summary = recorded.manifest.summary
    if json {
      let object: JSONValue = .object(
        JSONObject([
          ("run", .string(recorded.id)), ("new", .bool(recorded.isNew)),
          ("series", .int(summary.series)),
          ("years", .array(summary.forecastYears.map { .int($0) })),
          ("reconciliation", .string(summary.reconciliationUsed)),
          ("archive", .string(archive.store.root.path)),
        ]))
      print(object.rendered())
      return
    }
    print(
      "Forecast \(summary.series) series (\(summary.aggregates) aggregates) for "
        + "\(summary.forecastYears.map(String.init).joined(separator: ", ")) with \(model.rawValue), "
        + "reconciled by \(summary.reconciliationUsed).")
    for note in summary.notes { print("Note: \(note)") }
    if let hash = recorded.manifest.outputs.landings {
      let landings = try ArchiveOptions.reporting {
        try JSONDecoder().decode([LandingRecord].self, from: try archive.store.object(hash))
      }
      print("Landed \(landings.first?.year ?? 0) through \(parameters.landingThrough ?? ""):")
      for landing in landings {
        let retained = landing.estimates.first { $0.method == landing.retained }
        print(
          "  \(landing.node): executed \(landing.executed.millionsText) M, landing "
            + (retained.map { "\($0.landing.millionsText) M (\($0.method))" } ?? "none")
            + landing.notes.map { "; \($0)" }.joined())
      }
    }
    if driverHistory != nil, let hash = recorded.manifest.outputs.elasticities {
      let elasticities = try ArchiveOptions.reporting {
        try JSONDecoder().decode([Elasticity].self, from: try archive.store.object(hash))
      }
      print("Elasticities:")
      let width = elasticities.map(\.name.count).max() ?? 0
      for elasticity in elasticities {
        let name = elasticity.name.padding(toLength: width, withPad: " ", startingAt: 0)
        let used = String(format: "%7.4f", elasticity.used)
        print("  \(name) \(used)  \(elasticity.source.rawValue): \(elasticity.reason)")
      }
      let driven = try ArchiveOptions.reporting {
        try RunDescription.drivenLines(
          models: try archive.store.object(recorded.manifest.outputs.models))
      }
      driven.forEach { print($0) }
    }
    let paths = try ArchiveOptions.reporting {
      try archive.store.driverPaths(of: recorded.manifest)
    }
    if !paths.isEmpty { ScenarioDescription.pathTable(paths).forEach { print($0) } }
    print(
      recorded.isNew
        ? "Archived in \(archive.store.root.path)."
        : "Identical to a run already archived in \(archive.store.root.path); journal updated.")
    print(recorded.id)
  }
}

extension EntityKind: ExpressibleByArgument {}
