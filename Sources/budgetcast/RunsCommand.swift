import ArgumentParser
import Foundation
import Reporting
import RunArchive
import Scenarios

/// `budgetcast runs`: list and show archived runs.
struct RunsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "runs", abstract: "List and show archived runs.",
    subcommands: [List.self, Show.self])

  /// `budgetcast runs list`.
  struct List: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "List the runs, newest first (from the SQLite index, rebuilt when stale).")

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "Only runs whose ID, note, actor, entity or scenario contains this text.")
    var search: String?

    @Option(help: "Only runs by this actor (exact name).")
    var actor: String?

    @Option(help: "Only runs recorded on or after this day (YYYY-MM-DD, UTC).")
    var since: String?

    @Option(help: "Only runs recorded on or before this day (YYYY-MM-DD, UTC).")
    var until: String?

    @Option(
      help:
        "Only runs of this kind: forecast, or override (derived from a run with human overrides).")
    var kind: RunManifest.Kind?

    @Option(help: "Only runs whose scenario's name contains this text.")
    var scenario: String?

    @Option(help: "Only runs forecast with this model (ensemble, auto, …).")
    var model: String?

    @Flag(help: "JSON lines, one run per line.")
    var json = false

    func validate() throws {
      for (name, day) in [("--since", since), ("--until", until)] {
        if let day, !RunQuery.isDay(day) {
          throw ValidationError(
            "\(name) '\(day)' is not a day; expected YYYY-MM-DD, such as 2026-03-31")
        }
      }
    }

    func run() throws {
      let query = RunQuery(
        text: search, actor: actor, since: since, until: until, kind: kind, scenario: scenario,
        model: model)
      let rows = try ArchiveOptions.reporting {
        _ = try archive.store.visibleRuns()
        return try ArchiveIndex(archive: archive.store).list(query)
      }
      if json {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for row in rows {
          print(String(decoding: try encoder.encode(row), as: UTF8.self))
        }
        return
      }
      guard !rows.isEmpty else {
        print("No runs in \(archive.store.root.path).")
        return
      }
      let width = Swift.min(40, Swift.max(8, rows.map(\.scenario.count).max() ?? 0))
      print(
        "run           created               actor        kind      series  years      "
          + pad("scenario", width) + "  note")
      for row in rows {
        let cells = [
          String(row.id.prefix(12)), row.created, pad(row.actor, 12), pad(row.kind, 9),
          pad(String(row.series), 7), pad(row.years, 10),
          pad(row.scenario.isEmpty ? "—" : row.scenario, width), row.note,
        ]
        print(cells.joined(separator: "  "))
      }
    }

    func pad(_ text: String, _ width: Int) -> String {
      text.padding(toLength: Swift.max(width, text.count), withPad: " ", startingAt: 0)
    }
  }

  /// `budgetcast runs show RUN`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a run: inputs, parameters, engine, totals and every human override.")

    @Argument(help: "The run ID (or its first characters).")
    var runID: String

    @OptionGroup var archive: ArchiveOptions

    @Flag(help: "Print the manifest itself (JSON).")
    var json = false

    func run() throws {
      let store = archive.store
      let (id, manifest) = try ArchiveOptions.reporting {
        let id = try store.resolve(runID)
        return (id, try store.manifest(id))
      }
      if json {
        let data = try ArchiveOptions.reporting { try ReportData.load(id, from: store) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
        let summary = data.ratioSummary()
        let document = ShownRun(
          run: id, manifest: manifest, ratios: summary.ratios,
          statutoryRatios: StatutoryRatios(data, cascade: summary.cascade).records,
          thresholds: summary.thresholds, elasticities: data.elasticities,
          evaluations: data.evaluations.map { .init(entry: $0.entry, evaluation: $0.evaluation) })
        print(String(decoding: try encoder.encode(document), as: UTF8.self))
        return
      }
      let description = try ArchiveOptions.reporting {
        RunDescription(
          id: id, manifest: manifest, entries: try store.journalEntries().filter { $0.run == id },
          forecasts: try store.object(manifest.outputs.forecasts),
          scenario: try store.scenario(of: manifest),
          driverPaths: try store.driverPaths(of: manifest),
          models: try JSONDecoder().decode(
            [NodeModelRecord].self, from: try store.object(manifest.outputs.models)))
      }
      print(description.rendered(archivePath: store.root.path))
    }
  }
}

/// `runs show --json`: the manifest, the savings ratios by year, the statutory ratios
/// (CGCT article R3313-1), the alert thresholds they cross, the elasticities and the
/// run's ex-post evaluations.
struct ShownRun: Encodable {
  var run: String
  var manifest: RunManifest
  var ratios: [RatioRecord]
  var statutoryRatios: [StatutoryRatios.Record]
  var thresholds: [ThresholdCrossing]
  var elasticities: [Elasticity]
  var evaluations: [ForecastEvaluation.Record]
}

extension RunManifest.Kind: ExpressibleByArgument {}
