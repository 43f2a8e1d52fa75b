import DelimitedText
import ForecastCore

/// A forecasts CSV as written by `fit`: `series_id,h,forecast[,loL,hiL]…`.
struct ForecastFile {
  private var rows: [String: [Int: (mean: Double, bounds: [Double: (Double, Double)])]] = [:]

  init(path: String) throws(DiagnosticReport) {
    let table = try DelimitedTable(contentsOf: path)
    let names = table.columnNames
    guard let idColumn = names.firstIndex(of: "series_id"), let hColumn = names.firstIndex(of: "h"),
      let meanColumn = names.firstIndex(of: "forecast")
    else {
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1, problem: "columns series_id, h and forecast not found",
          expected: "the header written by 'budgetcast fit'")
      ])
    }
    let levelColumns: [(Double, Int, Int)] = names.enumerated().compactMap { index, name in
      guard name.hasPrefix("lo"), let level = Double(name.dropFirst(2)),
        let upper = names.firstIndex(of: "hi" + name.dropFirst(2))
      else { return nil }
      return (level, index, upper)
    }
    let parser = table.numberParser
    var problems: [Diagnostic] = []
    for row in table.rows {
      guard let h = Int(row[hColumn].text) else {
        problems.append(
          Diagnostic(
            file: path, at: row[hColumn],
            problem: "h '\(row[hColumn].text)' is not an integer", expected: "a horizon 1, 2, …"))
        continue
      }
      func number(_ index: Int, _ column: String) -> Double? {
        switch parser.parse(row[index].text) {
        case .success(let value): return value
        case .failure(let failure):
          problems.append(table.diagnostic(for: failure, field: row[index], column: column))
          return nil
        }
      }
      guard let mean = number(meanColumn, "forecast") else { continue }
      var bounds: [Double: (Double, Double)] = [:]
      for (level, lower, upper) in levelColumns {
        if let l = number(lower, names[lower]), let u = number(upper, names[upper]) {
          bounds[level] = (l, u)
        }
      }
      rows[row[idColumn].text, default: [:]][h] = (mean, bounds)
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
  }

  /// The forecast of `id` for horizons 1…`horizon`, if every horizon is present.
  func forecast(for id: String, horizon: Int) -> Forecast? {
    guard let series = rows[id] else { return nil }
    let entries = (1...horizon).compactMap { series[$0] }
    guard entries.count == horizon else { return nil }
    let levels = entries[0].bounds.keys.sorted()
    return Forecast(
      mean: entries.map(\.mean),
      intervals: levels.map { level in
        Forecast.Interval(
          level: level, lower: entries.map { $0.bounds[level]?.0 ?? .nan },
          upper: entries.map { $0.bounds[level]?.1 ?? .nan })
      })
  }
}
