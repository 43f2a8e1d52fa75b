import Budget
import DelimitedText

/// The yearly history of the drivers behind the budget lines, from which their
/// elasticities are estimated (``ElasticityEstimator``).
///
/// The file is a long CSV `driver,year,value`, one row per driver and year, with the
/// drivers a scenario can move (``Scenario/Driver``) as levels: unemployment and
/// inflation in percent (`7.4` for 7.4 %), the others in their own unit (households,
/// people, transactions, a price or pay index). Years may be missing; estimation uses
/// the years where every series it needs is present.
///
/// A level set by decree may instead be given as amounts in force from a month, with a
/// `YYYY-MM` date in the year column (`rsa_base_amount,2025-04,646.52`): a year whose
/// twelve months the dates cover, up to the last date's year, takes the mean of the
/// amounts in force in its months (``ScheduledLevels``), the timing of a revaluation.
public struct DriverHistory: Sendable, Hashable {
  /// Values by driver and year.
  public var values: [Scenario.Driver: [Int: Double]]

  /// A history from yearly values by driver.
  public init(values: [Scenario.Driver: [Int: Double]]) {
    self.values = values
  }

  /// The value of `driver` in `year`, when given.
  public func value(_ driver: Scenario.Driver, _ year: Int) -> Double? {
    values[driver]?[year]
  }

  /// The history up to `year` included (later years, projections, left out).
  public func through(_ year: Int) -> DriverHistory {
    DriverHistory(values: values.mapValues { $0.filter { $0.key <= year } })
  }

  /// Reads a driver history file.
  ///
  /// - Throws: ``DiagnosticReport`` with every problem of the file located: a missing
  ///   column, an unknown driver, a year or value that does not parse, a level that must
  ///   be positive and is not, a driver and year given twice. Nothing is read on error.
  public static func read(_ path: String) throws(DiagnosticReport) -> DriverHistory {
    try DriverHistory(table: try DelimitedTable(contentsOf: path))
  }

  /// Parses an already read table (see ``read(_:)``).
  public init(table: DelimitedTable) throws(DiagnosticReport) {
    let positions = try table.columnIndices(
      ["driver", "year", "value"], expected: "a header driver,year,value")
    let (driverColumn, yearColumn, valueColumn) = (positions[0], positions[1], positions[2])
    let known = Scenario.Driver.allCases.map(\.rawValue).joined(separator: ", ")
    var problems: [Diagnostic] = []
    var values: [Scenario.Driver: [Int: Double]] = [:]
    var firstLine: [Scenario.Driver: [Int: Int]] = [:]
    var schedules: [Scenario.Driver: ScheduledLevels] = [:]
    for row in table.rows {
      let name = row[driverColumn].text.trimmedOfSpaces
      guard let driver = Scenario.Driver(rawValue: name) else {
        problems.append(
          Diagnostic(
            file: table.file, at: row[driverColumn], problem: "unknown driver '\(name)'",
            expected: "one of \(known)"))
        continue
      }
      let yearText = row[yearColumn].text.trimmedOfSpaces
      let month = ScheduledLevels.month(yearText)
      guard let year = month?.year ?? Int(yearText), BudgetLine.fiscalYears.contains(year) else {
        problems.append(
          Diagnostic(
            file: table.file, at: row[yearColumn], problem: "year '\(yearText)' is not a year",
            expected:
              "a four-digit year such as 2024, or a month such as 2025-04 for a level in force from it"
          ))
        continue
      }
      if month != nil, driver.isInPoints {
        problems.append(
          Diagnostic(
            file: table.file, at: row[yearColumn],
            problem: "\(name) is a yearly rate, not a level in force from a month",
            expected: "a four-digit year such as 2024"))
        continue
      }
      let value: Double
      switch table.numberParser.parse(row[valueColumn].text) {
      case .success(let parsed): value = parsed
      case .failure(let failure):
        problems.append(
          table.diagnostic(for: failure, field: row[valueColumn], column: "value"))
        continue
      }
      if !driver.isInPoints, value <= 0 {
        problems.append(
          Diagnostic(
            file: table.file, at: row[valueColumn],
            problem: "\(name) in \(year) is \(value), a level that must be positive",
            expected: "the level itself (a count or an index), not its change"))
        continue
      }
      if let month = month?.month {
        if let line = schedules[driver, default: ScheduledLevels()].add(
          year: year, month: month, value: value, line: row[yearColumn].line)
        {
          problems.append(
            Diagnostic(
              file: table.file, at: row[yearColumn],
              problem: "\(name) has \(yearText) twice (first on line \(line))",
              expected: "one row per driver and month"))
        }
        continue
      }
      if let line = firstLine[driver]?[year] {
        problems.append(
          Diagnostic(
            file: table.file, at: row[driverColumn],
            problem: "\(name) has \(year) twice (first on line \(line))",
            expected: "one row per driver and year"))
        continue
      }
      firstLine[driver, default: [:]][year] = row[driverColumn].line
      values[driver, default: [:]][year] = value
    }
    problems += Self.merge(schedules, into: &values, yearRows: firstLine, file: table.file)
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    self.values = values
  }

  /// Adds the yearly means of the dated amounts to `values`; a year also given as a
  /// year (its line in `yearRows`) is a problem.
  static func merge(
    _ schedules: [Scenario.Driver: ScheduledLevels],
    into values: inout [Scenario.Driver: [Int: Double]],
    yearRows: [Scenario.Driver: [Int: Int]], file: String
  ) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    for (driver, schedule) in schedules.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
      for (year, level) in schedule.yearlyMeans.sorted(by: { $0.key < $1.key }) {
        if let line = yearRows[driver]?[year] {
          problems.append(
            Diagnostic(
              file: file, line: line, column: 1,
              problem:
                "\(driver.rawValue) \(year) is given both as a year and by the amounts in force from \(schedule.firstDate) (line \(schedule.firstLine))",
              expected: "the year's row or the dated amounts covering it, not both"))
        }
        values[driver, default: [:]][year] = level
      }
    }
    return problems
  }
}
