import BudgetcastTestSupport
import Foundation
import Testing

/// budgetcast fit --drivers: regression with ARIMA errors from the command line.
@Suite("budgetcast fit --drivers")
struct DriversCommandTests {
  /// RSA spending driven by households (yearly, 2005–2024), households known to 2027.
  static func files(drivers extra: String = "", dropFuture: Bool = false) throws -> (
    series: String, drivers: String
  ) {
    var series = "series_id,period,t,value\n"
    var drivers = "series_id,driver,t,value\n"
    var noise = 0.0
    for (index, year) in (2005...2027).enumerated() {
      let households = 20_000 + 400 * Double(index) + 900 * sin(Double(index) / 2)
      noise = 0.5 * noise + [0.8, -1.1, 0.3, 1.4, -0.6, -0.2, 0.9][index % 7]
      if year <= 2024 {
        series += "rsa,1,\(year),\(5 + 0.0071 * households + noise)\n"
      }
      if year <= 2024 || !dropFuture { drivers += "rsa,households,\(year),\(households)\n" }
    }
    return (
      try CommandRunner.temporaryFile(named: "series.csv", contents: series),
      try CommandRunner.temporaryFile(named: "drivers.csv", contents: drivers + extra)
    )
  }

  @Test func contributionsInDetails() throws {
    let (series, drivers) = try Self.files()
    let output = series + ".out.csv"
    let details = series + ".json"
    let outcome = try CommandRunner.budgetcast([
      "fit", "--data", series, "--drivers", drivers, "--model", "arima", "--order", "1,0,0",
      "--constant", "--horizon", "3", "--output", output, "--details", details, "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let json = try String(contentsOfFile: details, encoding: .utf8)
    #expect(json.contains("\"contributions\""))
    #expect(json.contains("\"households\""))
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let first = try #require((object as? [[String: Any]])?.first)
    let parameters = try #require(first["parameters"] as? [String: Double])
    // The slope is the one the data were made with, within its noise.
    #expect(abs((parameters["households"] ?? 0) - 0.0071) < 0.001, "\(parameters)")
  }

  @Test func missingFutureAndCollinearDriversAreNamed() throws {
    let (series, drivers) = try Self.files(dropFuture: true)
    let missing = try CommandRunner.budgetcast([
      "fit", "--data", series, "--drivers", drivers, "--model", "auto-arima", "--horizon", "3",
      "--output", series + ".out.csv",
    ])
    #expect(missing.status == 65)
    #expect(
      missing.standardError.contains("driver 'households' of series 'rsa' has no future value"),
      "\(missing.standardError)")

    var twice = ""
    for year in 2005...2027 {
      let households = 20_000 + 400 * Double(year - 2005) + 900 * sin(Double(year - 2005) / 2)
      twice += "rsa,households_x2,\(year),\(2 * households)\n"
    }
    let (series2, drivers2) = try Self.files(drivers: twice)
    let collinear = try CommandRunner.budgetcast([
      "fit", "--data", series2, "--drivers", drivers2, "--model", "arima", "--horizon", "3",
      "--output", series2 + ".out.csv",
    ])
    #expect(collinear.status == 65)
    #expect(
      collinear.standardError.contains(
        "'households', 'households_x2' of series 'rsa' are collinear"),
      "\(collinear.standardError)")
  }
}
