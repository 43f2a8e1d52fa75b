import BudgetcastTestSupport
import Foundation
import Testing

/// budgetcast fit --lag: lagged drivers built from the drivers file itself, against R.
@Suite("budgetcast fit --lag")
struct DriverLagsCommandTests {
  /// The R golden case of `Tests/ARIMATests/Golden/make_arima_xreg_golden.R`: BJsales
  /// from t = 4 on its leading indicator at t − 3, ARIMA(0,1,1).
  struct Case: Decodable {
    var y: [Double]
    var x: [[Double]]
    var future: [[Double]]
    var coef: [Double]
    var forecast: [Double]
    var lower95: [Double]
    var upper95: [Double]
  }

  static func golden() throws -> Case {
    let besides = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent(
        "ARIMATests/ARIMADriversGoldenTests.swift")
    let cases = try GoldenFile.load(
      [Case].self, named: "arima_xreg_golden.json", besides: besides.path)
    return try #require(cases.first)
  }

  @Test("Leading indicator lagged 3 from its unlagged values: R's fit and forecasts")
  func laggedLeadingIndicator() throws {
    let c = try Self.golden()
    // The indicator at t = 1…150 as one series; sales observed at t = 4…150.
    let lead = c.x[0] + c.future[0]
    var series = "series_id,period,t,value\n"
    for (i, value) in c.y.enumerated() { series += "bj,1,\(i + 4),\(value)\n" }
    var drivers = "series_id,driver,t,value\n"
    for (i, value) in lead.enumerated() { drivers += "bj,lead,\(i + 1),\(value)\n" }
    let seriesFile = try CommandRunner.temporaryFile(named: "bj.csv", contents: series)
    let driversFile = try CommandRunner.temporaryFile(named: "bj-drivers.csv", contents: drivers)
    let output = seriesFile + ".out.csv"
    let details = seriesFile + ".json"
    let outcome = try CommandRunner.budgetcast([
      "fit", "--data", seriesFile, "--drivers", driversFile, "--lag", "lead=3", "--model", "arima",
      "--order", "0,1,1", "--horizon", "3", "--levels", "95", "--output", output,
      "--details", details, "--quiet",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let object = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: details)))
    let parameters = try #require(
      (object as? [[String: Any]])?.first?["parameters"] as? [String: Double])
    let slope = try #require(parameters["lead.lag3"], "\(parameters)")
    #expect(abs(slope - c.coef[1]) <= 0.005 * abs(c.coef[1]), "\(slope) vs \(c.coef[1])")
    let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
      .dropFirst()
    let forecasts = rows.compactMap { Double($0.split(separator: ",")[2]) }
    #expect(forecasts.count == 3)
    for h in forecasts.indices {
      let width = c.upper95[h] - c.lower95[h]
      #expect(abs(forecasts[h] - c.forecast[h]) <= 0.01 * width, "h=\(h + 1)")
    }
  }

  @Test("A lag reaching before the driver's first value, and unknown drivers, are refused")
  func missingLaggedValuesAreNamed() throws {
    let series = try CommandRunner.temporaryFile(
      named: "s.csv",
      contents: "series_id,period,t,value\n"
        + (1...12).map { "a,1,\($0),\(Double($0 * $0 % 7))\n" }.joined())
    let drivers = try CommandRunner.temporaryFile(
      named: "d.csv",
      contents: "series_id,driver,t,value\n"
        + (1...14).map { "a,u,\($0),\(Double($0 % 5))\n" }.joined())
    let tooEarly = try CommandRunner.budgetcast([
      "fit", "--data", series, "--drivers", drivers, "--lag", "u=2", "--model", "arima",
      "--horizon", "2", "--output", series + ".out.csv",
    ])
    #expect(tooEarly.status == 65)
    #expect(
      tooEarly.standardError.contains(
        "driver 'u' lagged 2 of series 'a' has no value for t = 1, 2"),
      "\(tooEarly.standardError)")
    let unknown = try CommandRunner.budgetcast([
      "fit", "--data", series, "--drivers", drivers, "--lag", "v=1", "--model", "arima",
      "--horizon", "2", "--output", series + ".out.csv",
    ])
    #expect(unknown.status != 0)
    #expect(unknown.standardError.contains("--lag names driver 'v'"), "\(unknown.standardError)")
  }
}
