import DelimitedText
import Foundation

/// Monthly execution, read from a CSV, `series_id,month,value`: the amount executed in each
/// month, `month` as `YYYY-MM`, French or international number forms; or
/// `series_id,month,cumulative`, the amount executed since January.
///
/// Problems are collected over the whole file: an empty identifier, a month that is not
/// `YYYY-MM`, an amount that does not parse, a month given twice for a series, and a
/// missing month between a series' first and last (a gap would shift the profile).
public struct MonthlyExecution: Sendable {
  /// One series' amounts by year, January first (a year's months are consecutive).
  public struct Series: Sendable {
    public var id: String
    /// Each year's monthly amounts, January first.
    public var years: [Int: [Double]]
    /// The last month given, as ``MonthlyExecution/monthIndex(_:)`` counts it.
    public var lastMonth: Int
    /// The line of the series' first row.
    public var line: Int
  }

  /// The series, in file order.
  public let series: [Series]
  /// The file read.
  public let path: String

  /// Reads the file at `path`.
  public init(path: String) throws(DiagnosticReport) {
    try self.init(table: try DelimitedTable(contentsOf: path), path: path)
  }

  /// Reads `table`, read from `path`: amounts per month in a `value` column, or
  /// executed since January in a `cumulative` column (as finance software reports
  /// consumption to date), the months then taken as the differences.
  public init(table: DelimitedTable, path: String) throws(DiagnosticReport) {
    let cumulative =
      !table.columnNames.contains("value") && table.columnNames.contains("cumulative")
    let columns = try table.columnIndices(
      ["series_id", "month", cumulative ? "cumulative" : "value"],
      expected: "a header series_id,month,value (or series_id,month,cumulative)")
    let parser = table.numberParser
    var problems: [Diagnostic] = []
    var order: [String] = []
    var amounts: [String: [Int: (value: Double, line: Int)]] = [:]
    for row in table.rows {
      let (idField, monthField, valueField) = (row[columns[0]], row[columns[1]], row[columns[2]])
      let id = idField.text.trimmingCharacters(in: .whitespaces)
      guard !id.isEmpty else {
        problems.append(
          Diagnostic(
            file: path, at: idField, problem: "empty series_id", expected: "an identifier"))
        continue
      }
      guard let month = Self.monthIndex(monthField.text) else {
        problems.append(
          Diagnostic(
            file: path, at: monthField, problem: "month '\(monthField.text)' is not YYYY-MM",
            expected: "a month such as 2024-09"))
        continue
      }
      let value: Double
      switch parser.parse(valueField.text) {
      case .success(let parsed) where parsed.magnitude <= Cents.largestEuros: value = parsed
      case .success:
        problems.append(
          Diagnostic(
            file: path, at: valueField, problem: "amount '\(valueField.text)' is beyond ±10^13 €",
            expected: "an amount in euros, such as 1250000.50"))
        continue
      case .failure(let failure):
        problems.append(table.diagnostic(for: failure, field: valueField, column: "value"))
        continue
      }
      if amounts[id] == nil { order.append(id) }
      if let first = amounts[id]?[month] {
        problems.append(
          Diagnostic(
            file: path, at: monthField,
            problem: "series '\(id)' has \(monthField.text) twice (first on line \(first.line))",
            expected: "one row per series and month"))
        continue
      }
      amounts[id, default: [:]][month] = (value, idField.line)
    }
    var result: [Series] = []
    for id in order {
      let months = amounts[id] ?? [:]
      guard let first = months.keys.min(), let last = months.keys.max() else { continue }
      if let gap = (first...last).first(where: { months[$0] == nil }) {
        problems.append(
          Diagnostic(
            file: path, line: months[last]?.line ?? 1, column: 1,
            problem:
              "series '\(id)' has no amount for \(Self.text(gap)) between \(Self.text(first)) and \(Self.text(last))",
            expected: "every month between a series' first and last (0 when nothing was executed)"
          ))
        continue
      }
      var years: [Int: [Double]] = [:]
      for month in first...last {
        let value = months[month]?.value ?? 0
        // A cumulative amount less the month before's, in the same year.
        let before = cumulative && month % 12 != 0 ? months[month - 1]?.value ?? 0 : 0
        years[month / 12, default: []].append(value - before)
      }
      // A first year starting after January has no complete profile: kept as given,
      // its months would be misaligned, so it is dropped (the library reads January first).
      if first % 12 != 0 { years[first / 12] = nil }
      let line = months.values.map(\.line).min() ?? 1
      result.append(Series(id: id, years: years, lastMonth: last, line: line))
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    (series, self.path) = (result, path)
  }

  /// `2024-09` → 12·2024 + 8; nil unless the year is a fiscal year and the month 01–12.
  public static func monthIndex(_ text: String) -> Int? {
    let parts = text.trimmingCharacters(in: .whitespaces).split(
      separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), BudgetLine.fiscalYears.contains(year),
      (1...12).contains(month)
    else { return nil }
    return 12 * year + month - 1
  }

  /// 12·2024 + 8 → `2024-09`.
  public static func text(_ index: Int) -> String {
    String(format: "%04d-%02d", index / 12, index % 12 + 1)
  }
}
