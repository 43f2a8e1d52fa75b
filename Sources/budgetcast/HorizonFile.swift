import DelimitedText
import Forecasting
import Foundation

/// A CSV `series_id,h` of per-series forecast horizons.
struct HorizonFile {
  let horizons: [String: Int]

  init(path: String) throws(DiagnosticReport) {
    let table = try DelimitedTable(contentsOf: path)
    guard let idColumn = table.columnNames.firstIndex(of: "series_id"),
      let hColumn = table.columnNames.firstIndex(of: "h")
    else {
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1, problem: "columns series_id and h not found",
          expected: "a header 'series_id,h'")
      ])
    }
    var found: [String: (h: Int, line: Int)] = [:]
    var problems: [Diagnostic] = []
    for row in table.rows {
      let field = row[hColumn]
      let longest = SeriesForecaster.maximumHorizon
      guard let h = Int(field.text.trimmingCharacters(in: .whitespaces)),
        (1...longest).contains(h)
      else {
        problems.append(
          Diagnostic(
            file: path, line: field.line, column: field.column,
            problem: "horizon '\(field.text)' is not an integer from 1 to \(longest)",
            expected: "a number of periods from 1 to \(longest)"))
        continue
      }
      let id = row[idColumn]
      let name = id.text.trimmingCharacters(in: .whitespaces)
      if let first = found[name]?.line {
        problems.append(
          Diagnostic(
            file: path, line: id.line, column: id.column,
            problem: "series '\(name)' already has a horizon on line \(first)",
            expected: "one row per series"))
        continue
      }
      found[name] = (h, id.line)
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    horizons = found.mapValues(\.h)
  }
}
