import BudgetcastTestSupport
import Foundation
import Testing

/// `budgetcast landing`, end to end on the synthetic monthly execution.
@Suite("budgetcast landing")
struct LandingCommandTests {
  static let execution = RepositoryPaths.datasets.appendingPathComponent(
    "synthetic/monthly_execution.csv")

  /// The file's amounts by series and month (`2024-09`).
  static func amounts() throws -> [String: [String: Double]] {
    var amounts: [String: [String: Double]] = [:]
    let text = try String(contentsOf: execution, encoding: .utf8)
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",").map(String.init)
      amounts[cells[0], default: [:]][cells[1]] = Double(cells[2])
    }
    return amounts
  }

  @Test func theProfileLandingIsTheExecutedAmountOverThePastShares() throws {
    let run = try CommandRunner.budgetcast([
      "landing", "--execution", Self.execution.path, "--through", "2024-09", "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let rows = run.standardOutput.split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(
      rows.first?.prefix(11)
        == [
          "series_id", "year", "through", "executed", "method", "retained", "landing", "lo80",
          "hi80", "lo95", "hi95",
        ])
    // By hand from the file: the shares executed by September in 2022 and 2023.
    let rsa = try #require(try Self.amounts()["chapter/F/D/017"])
    let sum = { (year: Int, months: ClosedRange<Int>) in
      months.reduce(0.0) { $0 + (rsa[String(format: "%d-%02d", year, $1)] ?? .nan) }
    }
    let logShares = [2022, 2023].map { log(sum($0, 1...9) / sum($0, 1...12)) }
    let expected = sum(2024, 1...9) * exp(-(logShares[0] + logShares[1]) / 2)
    let profile = try #require(rows.first { $0.first == "chapter/F/D/017" && $0[4] == "profile" })
    #expect(profile[5] == "true")
    let landing = try #require(Double(profile[6]))
    #expect(abs(landing - expected) <= 1e-9 * expected, "\(landing) vs \(expected)")
    // The year as executed lies in the retained 80 % interval.
    let actual = sum(2024, 1...12)
    let (low, high) = (try #require(Double(profile[7])), try #require(Double(profile[8])))
    #expect(low <= actual && actual <= high)
    #expect(rows.contains { $0.first == "chapter/F/D/017" && $0[4] == "model" && $0[5] == "false" })
  }

  @Test func executionToDateLandsAsTheMonthsDo() throws {
    // The same execution given as amounts since January (`cumulative`).
    var text = "series_id;month;cumulative\n"
    for (series, months) in try Self.amounts().sorted(by: { $0.key < $1.key }) {
      var total = 0.0
      for month in months.keys.sorted() {
        total = month.hasSuffix("-01") ? 0 : total
        total += months[month] ?? 0
        text +=
          "\(series);\(month);\(String(format: "%.2f", total).replacingOccurrences(of: ".", with: ","))\n"
      }
    }
    let cumulative = try CommandRunner.temporaryFile(named: "cumul.csv", contents: text)
    let landings = { (path: String) throws -> [String: Double] in
      let run = try CommandRunner.budgetcast([
        "landing", "--execution", path, "--through", "2024-09", "--format", "csv",
      ])
      #expect(run.status == 0, "\(run.standardError)")
      var result: [String: Double] = [:]
      for row in run.standardOutput.split(separator: "\n").dropFirst() {
        let cells = row.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        result[cells[0] + " " + cells[4]] = Double(cells[6])
      }
      return result
    }
    let (fromMonths, fromCumulative) = (try landings(Self.execution.path), try landings(cumulative))
    #expect(fromMonths.count == 16 && Set(fromMonths.keys) == Set(fromCumulative.keys))
    for (key, value) in fromMonths {
      #expect(abs((fromCumulative[key] ?? 0) / value - 1) < 1e-9, "\(key)")
    }
  }

  @Test func theTableAndJSONNameTheBasis() throws {
    let table = try CommandRunner.budgetcast([
      "landing", "--execution", Self.execution.path, "--through", "2024-06",
    ])
    #expect(table.status == 0)
    #expect(table.standardOutput.hasPrefix("Landing of 2024 after 6 month(s) executed"))
    #expect(
      table.standardOutput.contains(
        "chapter/F/D/011 profile: 47.9 % of the year executed by month 6 on average in 2022–2023"),
      "\(table.standardOutput)")
    let json = try CommandRunner.budgetcast([
      "landing", "--execution", Self.execution.path, "--through", "2024-06", "--format", "json",
    ])
    let series = try #require(
      try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    #expect(series.count == 8)
    #expect(series.first?["retained"] as? String == "profile")
  }

  @Test func badMonthsAmountsGapsAndRepeatsAreLocated() throws {
    let path = try CommandRunner.temporaryFile(
      named: "monthly.csv",
      contents: "series_id,month,value\na,2024-01,10\na,2024-13,11\na,2024-02,x\na,2024-01,12\n"
        + "b,2024-01,1\nb,2024-03,1\nc,2024-01,1e300\n")
    let run = try CommandRunner.budgetcast(["landing", "--execution", path])
    #expect(run.status == 65)
    #expect(run.standardOutput.isEmpty)
    for expected in [
      "\(path):3:3: month '2024-13' is not YYYY-MM",
      "\(path):4:11: 'x' in column 'value'",
      "\(path):5:3: series 'a' has 2024-01 twice (first on line 2)",
      "\(path):7:1: series 'b' has no amount for 2024-02 between 2024-01 and 2024-03",
      "\(path):8:11: amount '1e300' is beyond ±10^13 €",
    ] {
      #expect(run.standardError.contains(expected), "\(expected) in \(run.standardError)")
    }
    let option = try CommandRunner.budgetcast([
      "landing", "--execution", path, "--through", "septembre",
    ])
    #expect(option.status == 64)
  }
}
