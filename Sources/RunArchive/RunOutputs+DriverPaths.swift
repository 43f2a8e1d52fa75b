import DelimitedText
import Foundation
import Scenarios

extension RunOutputs {
  /// The columns of `driver-paths.csv`.
  public static let driverPathColumns = [
    "driver", "year", "reference", "assumed", "change", "model",
  ]

  /// `driver-paths.csv`: per driver and forecast year, the reference forecast, the level
  /// the scenario assumes and the change it makes (points or a fraction), sorted.
  static func driverPathsCSV(_ rows: [DriverPathResolver.Row]) -> Data {
    var text = driverPathColumns.joined(separator: ",") + "\n"
    for row in rows.sorted(by: { ($0.driver.rawValue, $0.year) < ($1.driver.rawValue, $1.year) }) {
      text +=
        [
          row.driver.rawValue, String(row.year), number(row.reference), number(row.assumed),
          number(row.change), row.model.contains(",") ? "\"\(row.model)\"" : row.model,
        ].joined(separator: ",") + "\n"
    }
    return Data(text.utf8)
  }

  /// Reads `driver-paths.csv` back.
  ///
  /// - Throws: ``DiagnosticReport`` when the file lacks a column (an archive written by
  ///   this engine never does).
  public static func driverPathRows(_ data: Data) throws(DiagnosticReport) -> [DriverPathResolver
    .Row]
  {
    let table = try DelimitedTable(bytes: Array(data), file: "driver-paths.csv")
    let at = try table.columnIndices(driverPathColumns, expected: "driver-paths.csv")
    return table.rows.compactMap { row in
      let text = { (column: Int) in row[at[column]].text }
      guard let driver = Scenario.Driver(rawValue: text(0)), let year = Int(text(1)),
        let reference = Double(text(2)), let assumed = Double(text(3)),
        let change = Double(text(4))
      else { return nil }
      return DriverPathResolver.Row(
        driver: driver, year: year, reference: reference, assumed: assumed, change: change,
        model: text(5))
    }
  }
}
