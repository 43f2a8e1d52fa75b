import ArgumentParser
import Foundation
import Reporting
import RunArchive

/// `budgetcast sensitivity RUN`: how gross savings respond to one driver, or to each.
struct SensitivityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sensitivity",
    abstract:
      "Move one driver (or each in turn) on an archived run and show the effect on savings.",
    discussion: """
      Drivers: \(SensitivityAnalysis.Lever.allCases.map(\.rawValue).joined(separator: ", ")). \
      Deltas are percentage points for unemployment_rate and inflation, fractions for \
      the others (0.05 for +5 %; dmto_rate 0.005 for +0.5 point). Without --driver, \
      every driver moves down and up by its usual test (the tornado); with --driver and \
      no --delta, by its usual test. The run's forecasts are not recomputed: the \
      scenario rules move its lines, and the savings cascade and debt schedule follow.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable {
    case table, json, html
  }

  @Argument(help: "The run ID (or its first characters).")
  var runID: String

  @OptionGroup var archive: ArchiveOptions

  @Option(help: "The driver to move.")
  var driver: String?

  @Option(help: "How much to move it (see above for units).")
  var delta: Double?

  @Option(help: "table (default), json, or html (the tornado chart and table; needs --output).")
  var format: Format = .table

  @OptionGroup var rendering: RenderingOptions

  func validate() throws {
    if let driver, SensitivityAnalysis.Lever(rawValue: driver) == nil {
      throw ValidationError(
        "unknown driver '\(driver)'; expected one of "
          + SensitivityAnalysis.Lever.allCases.map(\.rawValue).joined(separator: ", "))
    }
    if delta != nil, driver == nil { throw ValidationError("--delta needs --driver") }
    if let delta, !delta.isFinite || delta == 0 {
      throw ValidationError("--delta must be a non-zero number")
    }
    if format == .html { _ = try rendering.requireOutput(for: format.rawValue) }
  }

  func run() throws {
    let store = archive.store
    try ArchiveOptions.reporting {
      let data = try ReportData.load(try store.resolve(runID), from: store)
      let analysis: SensitivityAnalysis?
      if let name = driver, let lever = SensitivityAnalysis.Lever(rawValue: name) {
        let shocks =
          delta.map { [(lever, $0)] } ?? [
            (lever, -lever.defaultDelta), (lever, lever.defaultDelta),
          ]
        do {
          analysis = try SensitivityAnalysis(data, shocks: shocks)
        } catch {
          throw ArchiveError.invalidRequest("\(error)")
        }
      } else {
        analysis = SensitivityAnalysis.tornado(data)
      }
      guard let analysis else { throw ArchiveError.invalidRequest("no driver could be tested") }
      switch format {
      case .table: print(SensitivityTable(analysis: analysis).rendered())
      case .json: print(try SensitivityTable(analysis: analysis).json())
      case .html:
        let path = rendering.output ?? ""
        try DocumentFile.write(
          Data(analysis.document(for: data, language: rendering.language).utf8), to: path)
        print("Wrote \(path).")
      }
    }
  }
}
