import ARIMA
import DelimitedText
import Forecasting
import Foundation
import LinearAlgebra

/// A long CSV of drivers, `series_id,driver,t,value`: each series' explanatory
/// series over its history and, for the forecast, over the horizon (`t` after the
/// series' last observation).
struct DriversFile {
  let path: String
  /// Per series, the drivers in file order, each with its values by t and the line.
  let drivers: [String: [(name: String, values: [Int: (value: Double, line: Int)])]]

  init(path: String) throws(DiagnosticReport) {
    let table = try DelimitedTable(contentsOf: path)
    self.path = path
    let columns = try table.columnIndices(
      ["series_id", "driver", "t", "value"], expected: "a header series_id,driver,t,value")
    let (id, name, tColumn, valueColumn) = (columns[0], columns[1], columns[2], columns[3])
    var problems: [Diagnostic] = []
    var result: [String: [(name: String, values: [Int: (value: Double, line: Int)])]] = [:]
    for row in table.rows {
      let series = row[id].text.trimmingCharacters(in: .whitespaces)
      let driver = row[name].text.trimmingCharacters(in: .whitespaces)
      guard let t = Int(row[tColumn].text.trimmingCharacters(in: .whitespaces)) else {
        problems.append(
          Diagnostic(
            file: path, at: row[tColumn],
            problem: "t '\(row[tColumn].text)' is not an integer",
            expected: "the same integer time index as the series file"))
        continue
      }
      guard case .success(let value) = table.numberParser.parse(row[valueColumn].text),
        value.isFinite
      else {
        problems.append(
          Diagnostic(
            file: path, at: row[valueColumn],
            problem: "value '\(row[valueColumn].text)' of driver '\(driver)' is not a number",
            expected: "a finite number"))
        continue
      }
      var list = result[series, default: []]
      if let position = list.firstIndex(where: { $0.name == driver }) {
        if let previous = list[position].values[t] {
          problems.append(
            Diagnostic(
              file: path, line: row[id].line, column: 1,
              problem:
                "driver '\(driver)' of series '\(series)' has t = \(t) twice (first on line \(previous.line))",
              expected: "one row per series, driver and t"))
        }
        list[position].values[t] = (value, row[id].line)
      } else {
        list.append((driver, [t: (value, row[id].line)]))
      }
      result[series] = list
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    drivers = result
  }

  /// Drivers that `lags` names but the file holds for no series.
  func unknownDrivers(in lags: DriverLags) -> [String] {
    let known = Set(drivers.values.flatMap { $0.map(\.name) })
    return lags.lags.keys.filter { !known.contains($0) }.sorted()
  }

  /// The drivers of `series` over its history times and the `horizon` steps after
  /// them, each at its lags (a driver lagged k contributes its value at t − k); every
  /// missing value and collinear set is a located problem.
  func drivers(series id: String, times: [Int], horizon: Int, lags: DriverLags = DriverLags())
    -> Result<SeriesDrivers?, DiagnosticReport>
  {
    guard let list = drivers[id], let last = times.last else { return .success(nil) }
    var problems: [Diagnostic] = []
    var names: [String] = []
    var history: [[Double]] = []
    var future: [[Double]] = []
    for (driver, values) in list {
      let line = values.values.map(\.line).min() ?? 1
      for k in lags.lags(of: driver) {
        let name = DriverLags.columnName(driver, lag: k)
        let described = k == 0 ? "driver '\(driver)'" : "driver '\(driver)' lagged \(k)"
        let needed = k == 0 ? "" : " (lagged \(k): the value at t − \(k))"
        let ahead = (1...horizon).map { last + $0 }
        /// A problem naming the times `ts` at which the (lagged) driver has no value.
        func missing(_ ts: [Int], _ what: String, expected: String) {
          let absent = ts.filter { values[$0 - k] == nil }
          guard !absent.isEmpty else { return }
          problems.append(
            Diagnostic(
              file: path, line: line, column: 1,
              problem: "\(described) of series '\(id)' has no \(what) for t = "
                + absent.prefix(5).map(String.init).joined(separator: ", ")
                + (absent.count > 5 ? " (\(absent.count) in all)" : ""),
              expected: expected + needed))
        }
        missing(
          times, "value",
          expected:
            "a value for every t of the series' history (the driver is shorter than the series)")
        missing(
          ahead, "future value",
          expected: "its assumed path over the whole horizon (t = \(last + 1)…\(last + horizon))")
        names.append(name)
        history.append(times.map { values[$0 - k]?.value ?? .nan })
        future.append(ahead.map { values[$0 - k]?.value ?? .nan })
      }
    }
    if problems.isEmpty, Self.isCollinear(history) {
      problems.append(
        Diagnostic(
          file: path, line: 1, column: 1,
          problem:
            "drivers \(names.map { "'\($0)'" }.joined(separator: ", ")) of series '\(id)' are collinear (with each other or a constant)",
          expected: "drivers that are not exact linear combinations of one another; drop one"))
    }
    guard problems.isEmpty else { return .failure(DiagnosticReport(problems)) }
    return .success(
      SeriesDrivers(
        history: ARIMADrivers(names: names, columns: history),
        future: ARIMADrivers(names: names, columns: future)))
  }

  /// Whether `[1, X]` has deficient rank (SVD, relative tolerance 10⁻⁹).
  static func isCollinear(_ columns: [[Double]]) -> Bool {
    guard let count = columns.first?.count else { return false }
    let matrix = Matrix(columns: [[Double](repeating: 1, count: count)] + columns)
    guard let svd = try? SingularValueDecomposition(matrix), let largest = svd.values.first else {
      return true
    }
    return svd.values.filter { $0 > 1e-9 * largest }.count < columns.count + 1
  }
}
