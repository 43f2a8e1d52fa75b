import ArgumentParser
import Foundation
import Scenarios

extension ScenarioCommand {
  /// `budgetcast scenario check FILE`: reads a scenario file as `forecast` would and
  /// says what it will do, or every located problem.
  struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Check a scenario file and show what it sets, without running a forecast.",
      discussion: """
        Reads the file with its bases, reports every problem as FILE:LINE:COLUMN (exit \
        65), else prints the resolved scenario: horizon, driver changes, paths in levels \
        or growth, levers, shocks, debt. With --driver-history, paths in levels or \
        growth are read against each driver's trend, as the run will read them.
        """)

    @Argument(help: "The scenario file (YAML).")
    var file: String

    @Option(
      help: "Yearly driver history (CSV driver,year,value), to resolve paths in levels or growth.")
    var driverHistory: String?

    @Option(
      help:
        "First forecast year (default: the year after the history's last year of the driver that ends first; later years are projections)."
    )
    var firstYear: Int?

    func run() throws {
      let scenario = try ArchiveOptions.reporting { try ScenarioFile.read(file) }
      print(ScenarioDescription(scenario: scenario).lines(file: file).joined(separator: "\n"))
      guard !scenario.assumedPaths.isEmpty else { return }
      guard let driverHistory else {
        print(
          "Paths in levels or growth are read against each driver's trend when the run is made; "
            + "give --driver-history to see them here.")
        return
      }
      let history = try ArchiveOptions.reporting { try DriverHistory.read(driverHistory) }
      let last = history.values.values.compactMap { $0.keys.max() }.min() ?? 0
      let start = firstYear ?? last + 1
      let years = Array(start..<(start + (scenario.horizon ?? 3)))
      do {
        let rows = try DriverPathResolver(history: history).resolve(scenario, years: years).rows
        print("")
        print(ScenarioDescription.pathTable(rows).joined(separator: "\n"))
      } catch {
        ArchiveOptions.fail("error: \(error)", status: 65)
      }
    }
  }
}
