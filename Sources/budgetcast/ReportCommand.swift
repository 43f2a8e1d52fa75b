import ArgumentParser
import Foundation
import NotebookExport
import Reporting
import RunArchive

/// `budgetcast report RUN`: the report of an archived run.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Render the report of an archived run (never recomputes); recorded in the journal.",
    discussion: """
      html: one self-contained file (French by default); pdf: the same through WeasyPrint \
      (A4, page numbers, contents); xlsx: one sheet per level with history and forecast \
      side by side, overrides highlighted; csv and json: the figures for other systems; \
      ipynb: a Jupyter notebook that re-computes the run independently (numpy, statsmodels).
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case html, pdf, xlsx, csv, json, ipynb
  }

  @Argument(help: "The run ID (or its first characters).")
  var runID: String

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "html, pdf, xlsx, csv, json or ipynb.")
  var format: Format = .html

  @OptionGroup var rendering: RenderingOptions

  func validate() throws { _ = try rendering.requireOutput(for: format.rawValue) }

  func run() throws {
    let language = rendering.language
    let output = rendering.output ?? ""
    let store = archive.store
    try ArchiveOptions.reporting {
      let id = try store.resolve(runID)
      let data = try ReportData.load(id, from: store)
      switch format {
      case .html:
        try write(Data(HTMLReport(data: data, language: language).render().utf8))
      case .pdf:
        do {
          try PDFRenderer.render(
            html: HTMLReport(data: data, language: language).render(), to: output)
        } catch {
          ArchiveOptions.fail("error: \(error)", status: 69)
        }
      case .xlsx: try SpreadsheetReport(data: data, language: language).write(to: output)
      case .csv: try write(Data(ReportExport.csv(data).utf8))
      case .json: try write(try ReportExport.json(data))
      case .ipynb:
        try write(
          try VerificationNotebook(
            runID: id, archivePath: archive.archive, manifest: data.manifest
          ).json())
      }
      try store.recordReport(run: id, format: format.rawValue, path: output, actor: rendering.actor)
      print("Wrote \(output) (\(format.rawValue), \(language.rawValue)) for run \(id).")
    }
  }

  func write(_ data: Data) throws { try DocumentFile.write(data, to: rendering.output ?? "") }
}
