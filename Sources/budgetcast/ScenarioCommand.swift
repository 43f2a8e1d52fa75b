import ArgumentParser
import Foundation
import Reporting
import RunArchive

/// `budgetcast scenario`: work with scenario runs.
struct ScenarioCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scenario", abstract: "Check scenario files and compare scenario runs.",
    subcommands: [Check.self, Compare.self])

  /// `budgetcast scenario compare RUN...`.
  struct Compare: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Put archived runs side by side; the first is the reference.",
      discussion: """
        table: ratios by scenario and year, and each scenario's gross-savings difference \
        by cause, on standard output. html or pdf: the comparison report (French by \
        default) with the reference's sensitivity tornado, written to --output and \
        recorded in the journal of every run compared. Nothing is recomputed.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case table, html, pdf
    }

    @Argument(help: "Two or more run IDs (or their first characters); the first is the reference.")
    var runIDs: [String]

    @OptionGroup var archive: ArchiveOptions

    @Option(help: "table, html or pdf.")
    var format: Format = .table

    @OptionGroup var rendering: RenderingOptions

    func validate() throws {
      guard runIDs.count >= 2 else { throw ValidationError("give at least two runs to compare") }
      if format != .table { _ = try rendering.requireOutput(for: format.rawValue) }
    }

    func run() throws {
      let store = archive.store
      let language = rendering.language
      try ArchiveOptions.reporting {
        let runs = try runIDs.map { try ReportData.load(try store.resolve($0), from: store) }
        let comparison: ScenarioComparison
        do {
          comparison = try ScenarioComparison(runs)
        } catch {
          throw ArchiveError.invalidRequest("\(error)")
        }
        guard format != .table, let output = rendering.output else {
          print(ComparisonTable(comparison: comparison).rendered())
          return
        }
        let html = ComparisonReport(
          comparison: comparison, language: language,
          sensitivity: SensitivityAnalysis.tornado(runs[0])
        ).render()
        if format == .pdf {
          do {
            try PDFRenderer.render(html: html, to: output)
          } catch {
            ArchiveOptions.fail("error: \(error)", status: 69)
          }
        } else {
          try DocumentFile.write(Data(html.utf8), to: output)
        }
        for run in runs {
          try store.recordReport(
            run: run.runID, format: "comparison-\(format.rawValue)", path: output,
            actor: rendering.actor)
        }
        print("Wrote \(output) (comparison of \(runs.count) runs, \(language.rawValue)).")
      }
    }
  }
}
