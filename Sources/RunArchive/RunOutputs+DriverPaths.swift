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
}
