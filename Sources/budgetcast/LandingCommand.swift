import ArgumentParser
import Budget
import DelimitedText
import ForecastCore
import Forecasting
import Foundation

/// `budgetcast landing`: the current year's year-end landing (*atterrissage*) of each
/// series from its monthly execution.
struct LandingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "landing",
    abstract: "Estimate the current year's total of each series from its monthly execution.",
    discussion: """
      Reads series_id,month,value (the amount executed each month, month as YYYY-MM), \
      or series_id,month,cumulative (the amount executed since January). \
      For the year of --through, each series' landing is estimated two ways: by the \
      execution profile of its past full years (the executed amount over the mean share \
      executed by that month, with Student-t intervals from the spread of the shares), \
      and by automatic ETS on the monthly series (the remaining months' simulated sums). \
      The profile is retained when two past years or more give its interval, the model \
      otherwise. Intervals at 80 % and 95 %.
      """)

  static let levels: [Double] = [80, 95]

  @Option(help: "CSV series_id,month,value of monthly execution (or series_id,month,cumulative).")
  var execution: String

  @Option(help: "The last month executed, YYYY-MM (default: the file's last month).")
  var through: String?

  @Option(help: "table, csv or json.")
  var format: Format = .table

  @Option(help: "Seed of the model's simulated paths.")
  var seed: UInt64 = 20_241_130

  enum Format: String, ExpressibleByArgument {
    case table, csv, json
  }

  func validate() throws {
    if let through, MonthlyExecution.monthIndex(through) == nil {
      throw ValidationError("--through must be a month such as 2024-09")
    }
  }

  func run() throws {
    let file: MonthlyExecution
    do {
      file = try MonthlyExecution(path: execution)
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(65)
    }
    guard
      let month = through.flatMap(MonthlyExecution.monthIndex)
        ?? file.series.map(\.lastMonth).max()
    else {
      FileHandle.standardError.write(Data("\(execution): no monthly amounts\n".utf8))
      throw ExitCode(65)
    }
    let (year, last) = (month / 12, month % 12 + 1)
    let estimator = YearEndLanding(levels: Self.levels, seed: seed)
    var rows: [(id: String, landing: YearEndLanding.Landing)] = []
    var missing: [String] = []
    for series in file.series {
      if let landing = estimator.land(series.years, year: year, through: last) {
        rows.append((series.id, landing))
      } else {
        missing.append(series.id)
      }
    }
    guard !rows.isEmpty else {
      FileHandle.standardError.write(
        Data(
          "\(execution): no series executed from January to \(MonthlyExecution.text(month)); expected the months of \(year) from January\n"
            .utf8))
      throw ExitCode(65)
    }
    let output = LandingOutput(rows: rows, levels: Self.levels)
    switch format {
    case .table: print(output.table(year: year, through: last), terminator: "")
    case .csv: print(output.csv, terminator: "")
    case .json: print(output.json.rendered())
    }
    if !missing.isEmpty {
      FileHandle.standardError.write(
        Data(
          "\(execution): no execution from January to \(MonthlyExecution.text(month)) for \(missing.joined(separator: ", "))\n"
            .utf8))
    }
  }
}
