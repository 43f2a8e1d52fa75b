import DelimitedText
import ForecastCore
import Foundation

/// A panel of series in budgetcast's long CSV: `series_id,period,t,value[,split]`.
///
/// Rows are grouped by `series_id` (first appearance order) and sorted by `t`.
/// `period` is the seasonal period (1 when the column is absent) and must be the
/// same on every row of a series; `t` is an integer, unique within a series.
/// Rows whose `split` is `test` are held out: they are not used for fitting and are
/// what `score` compares forecasts with.
struct SeriesPanelFile {
  struct Series {
    var id: String
    var period: Int
    var train: [Double]
    /// The time index of each training value.
    var trainT: [Int]
    var test: [Double]
    /// The line of the series' first row in the file.
    var line: Int
  }

  let file: String
  let series: [Series]

  init(path: String) throws(DiagnosticReport) {
    let table = try DelimitedTable(contentsOf: path)
    file = path
    var problems: [Diagnostic] = []
    let column = { (name: String) in table.columnNames.firstIndex(of: name) }
    let required = try table.columnIndices(
      ["series_id", "t", "value"],
      expected: "a header with series_id, period, t, value and optionally split")
    let (idColumn, tColumn, valueColumn) = (required[0], required[1], required[2])
    let periodColumn = column("period")
    let splitColumn = column("split")
    let parser = table.numberParser
    var order: [String] = []
    var rows: [String: [(t: Int, value: Double, test: Bool, period: Int, line: Int)]] = [:]
    for row in table.rows {
      let id = Self.trimmed(row[idColumn].text)
      guard !id.isEmpty else {
        problems.append(
          Diagnostic(
            file: path, at: row[idColumn],
            problem: "empty series_id", expected: "an identifier on every row"))
        continue
      }
      guard let t = Int(Self.trimmed(row[tColumn].text)) else {
        problems.append(
          Diagnostic(
            file: path, at: row[tColumn],
            problem: "t '\(row[tColumn].text)' is not an integer",
            expected: "an integer time index such as 1 or 2024"))
        continue
      }
      var period = 1
      if let periodColumn {
        guard let p = Int(Self.trimmed(row[periodColumn].text)), p >= 1 else {
          problems.append(
            Diagnostic(
              file: path, at: row[periodColumn],
              problem: "period '\(row[periodColumn].text)' is not a positive integer",
              expected: "1 for annual, 4 for quarterly, 12 for monthly data"))
          continue
        }
        period = p
      }
      let value: Double
      switch parser.parse(row[valueColumn].text) {
      case .success(let v): value = v
      case .failure(let failure):
        problems.append(table.diagnostic(for: failure, field: row[valueColumn], column: "value"))
        continue
      }
      let test = splitColumn.map { Self.isTest(row[$0].text) } ?? false
      if rows[id] == nil { order.append(id) }
      rows[id, default: []].append((t, value, test, period, row[idColumn].line))
    }
    var result: [Series] = []
    for id in order {
      let entries = (rows[id] ?? []).sorted { $0.t < $1.t }
      for (a, b) in zip(entries, entries.dropFirst()) where a.t == b.t {
        problems.append(
          Diagnostic(
            file: path, line: b.line, column: 1,
            problem: "series '\(id)' has t = \(b.t) twice (first on line \(a.line))",
            expected: "one row per series and time index"))
      }
      if let first = entries.first, let other = entries.first(where: { $0.period != first.period })
      {
        problems.append(
          Diagnostic(
            file: path, line: other.line, column: 1,
            problem: "series '\(id)' changes period from \(first.period) to \(other.period)",
            expected: "one period per series"))
      }
      let train = entries.filter { !$0.test }.map(\.value)
      if train.isEmpty, let first = entries.first {
        problems.append(
          Diagnostic(
            file: path, line: first.line, column: 1, problem: "series '\(id)' has no training rows",
            expected: "at least one row whose split is not 'test'"))
      }
      result.append(
        Series(
          id: id, period: entries.first?.period ?? 1, train: train,
          trainT: entries.filter { !$0.test }.map(\.t),
          test: entries.filter(\.test).map(\.value), line: rows[id]?.first?.line ?? 1))
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    series = result
  }

  /// The text without surrounding spaces (cheap when there are none, the usual case).
  static func trimmed(_ text: String) -> String {
    guard text.first == " " || text.last == " " else { return text }
    return text.trimmingCharacters(in: .whitespaces)
  }

  /// Whether a `split` cell says `test` (any case, spaces allowed).
  static func isTest(_ text: String) -> Bool {
    text == "test" || trimmed(text).lowercased() == "test"
  }
}
