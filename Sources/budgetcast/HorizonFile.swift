import DelimitedText
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
    var result: [String: Int] = [:]
    var problems: [Diagnostic] = []
    for row in table.rows {
      let field = row[hColumn]
      guard let h = Int(field.text.trimmingCharacters(in: .whitespaces)), h >= 1 else {
        problems.append(
          Diagnostic(
            file: path, line: field.line, column: field.column,
            problem: "horizon '\(field.text)' is not a positive integer", expected: "an integer ≥ 1"
          ))
        continue
      }
      result[row[idColumn].text.trimmingCharacters(in: .whitespaces)] = h
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    horizons = result
  }
}
