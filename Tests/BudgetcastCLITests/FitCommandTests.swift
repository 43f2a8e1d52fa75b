import BudgetcastTestSupport
import Foundation
import Testing

/// `budgetcast fit` and `score`, end to end.
@Suite("budgetcast fit and score, end to end")
struct FitCommandTests {
  /// A small panel: two quarterly series with held-out rows and one annual series.
  static let panel: String = {
    var lines = ["series_id,period,t,value,split"]
    for (id, base) in [("RSA", 200.0), ("APA", 120.0)] {
      for t in 1...28 {
        let value = base + 1.5 * Double(t) + 8 * sin(Double(t) * .pi / 2) + Double((t * 37) % 5)
        lines.append("\(id),4,\(t),\(value),\(t > 24 ? "test" : "train")")
      }
    }
    for t in 1...12 {
      lines.append(
        "DMTO,1,\(2012 + t),\(100 + 3.0 * Double(t) + Double((t * 11) % 7)),\(t > 10 ? "test" : "train")"
      )
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func fitThenScore() throws {
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: Self.panel)
    let output = data + ".forecasts.csv"
    let details = data + ".details.json"
    let fit = try CommandRunner.budgetcast([
      "fit", "--data", data, "--model", "ensemble", "--output", output, "--details", details,
      "--quiet",
    ])
    #expect(fit.status == 0, "\(fit.standardError)")
    let csv = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
    #expect(csv.first == "series_id,h,forecast,lo80,hi80,lo95,hi95")
    #expect(csv.count == 1 + 4 + 4 + 2)
    let json =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: details)))
      as? [[String: Any]]
    #expect(json?.count == 3)
    let score = try CommandRunner.budgetcast([
      "score", "--data", data, "--forecasts", output, "--json",
    ])
    #expect(score.status == 0)
    let summary = try #require(
      JSONSerialization.jsonObject(with: Data(score.standardOutput.utf8)) as? [String: Any])
    let overall = try #require(summary["overall"] as? [String: Any])
    #expect(overall["series"] as? Int == 3)
    #expect((overall["sMAPE"] as? Double ?? 100) < 10)
  }

  @Test func resultsDoNotDependOnJobs() throws {
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: Self.panel)
    var outputs: [String] = []
    for jobs in ["1", "2"] {
      let output = data + ".\(jobs).csv"
      let run = try CommandRunner.budgetcast([
        "fit", "--data", data, "--model", "auto", "--jobs", jobs, "--output", output, "--quiet",
      ])
      #expect(run.status == 0)
      outputs.append(try String(contentsOfFile: output, encoding: .utf8))
    }
    #expect(outputs[0] == outputs[1])
  }

  @Test func timingReportsTheForecastingCPUOnStandardError() throws {
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: Self.panel)
    let run = try CommandRunner.budgetcast([
      "fit", "--data", data, "--model", "theta", "--output", data + ".out.csv", "--quiet",
      "--timing",
    ])
    #expect(run.status == 0)
    let line = try #require(
      run.standardError.split(separator: "\n").first { $0.hasPrefix("forecasting CPU seconds:") })
    let words = line.split(separator: " ")
    #expect(words.last == "series" && words[words.count - 2] == "3", "\(line)")
    let seconds = try #require(Double(String(words[3])))
    #expect(seconds >= 0 && seconds.isFinite)
  }

  @Test func scoreAgreesWithTheReferenceScorer() throws {
    let scorer = RepositoryPaths.root.deletingLastPathComponent().appendingPathComponent(
      "shared/tools/score.py")
    let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")
    guard FileManager.default.fileExists(atPath: scorer.path),
      FileManager.default.fileExists(atPath: python.path)
    else {
      print("skipped: ../shared/tools/score.py or .venv (make venv) not present")
      return
    }
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: Self.panel)
    let output = data + ".forecasts.csv"
    _ = try CommandRunner.budgetcast([
      "fit", "--data", data, "--model", "theta", "--output", output, "--quiet",
    ])
    let ours = try CommandRunner.budgetcast([
      "score", "--data", data, "--forecasts", output, "--json",
    ])
    let reference = data + ".reference.json"
    let process = Process()
    process.executableURL = python
    process.arguments = [scorer.path, data, output, "--json", reference]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    let theirs = try #require(
      (try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reference)))
        as? [[String: Any]])?.first)
    let mine = try #require(
      (try JSONSerialization.jsonObject(with: Data(ours.standardOutput.utf8)) as? [String: Any])?[
        "overall"] as? [String: Any])
    for key in ["sMAPE", "MASE", "cov80", "cov95", "MSIS"] {
      let a = try #require(mine[key] as? Double)
      let b = try #require(theirs[key] as? Double)
      #expect(abs(a - b) <= 1e-9 * Swift.max(1, abs(b)), "\(key): \(a) vs score.py \(b)")
    }
  }

  @Test func nanAndBadRowsAreLocated() throws {
    let data = try CommandRunner.temporaryFile(
      named: "bad.csv",
      contents: "series_id,period,t,value\nA,1,1,10\nA,1,2,NaN\nA,1,2,12\nB,x,1,3\n")
    let run = try CommandRunner.budgetcast([
      "fit", "--data", data, "--horizon", "2", "--output", data + ".out", "--quiet",
    ])
    #expect(run.status == 65)
    #expect(
      run.standardError.contains("\(data):3:7: 'NaN' in column 'value' is not a finite number"))
    #expect(run.standardError.contains("\(data):5:3: period 'x' is not a positive integer"))
    #expect(!FileManager.default.fileExists(atPath: data + ".out"))
  }

  /// A typing slip in a horizon (ten billion periods once asked for 80 GB and aborted)
  /// and a series given two horizons are refused before any forecasting.
  @Test func horizonsBeyondTheLongestOrGivenTwiceAreRefused() throws {
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: Self.panel)
    let horizons = try CommandRunner.temporaryFile(
      named: "h.csv", contents: "series_id,h\nRSA,9999999999\nAPA,2\nAPA,3\n")
    let run = try CommandRunner.budgetcast([
      "fit", "--data", data, "--horizons", horizons, "--output", data + ".out", "--quiet",
    ])
    #expect(run.status == 65)
    #expect(
      run.standardError.contains(
        "\(horizons):2:5: horizon '9999999999' is not an integer from 1 to 1000"))
    #expect(
      run.standardError.contains("\(horizons):4:1: series 'APA' already has a horizon on line 3"))
    #expect(!FileManager.default.fileExists(atPath: data + ".out"))
    let option = try CommandRunner.budgetcast([
      "fit", "--data", data, "--horizon", "1001", "--output", data + ".out",
    ])
    #expect(option.status == 64)
    #expect(option.standardError.contains("--horizon must be 1 to 1000"))
  }
}

@Suite("budgetcast fit --model arima")
struct FitARIMACommandTests {
  @Test func fixedOrderWithDetails() throws {
    let data = try CommandRunner.temporaryFile(named: "panel.csv", contents: FitCommandTests.panel)
    let output = data + ".arima.csv"
    let details = data + ".arima.json"
    let run = try CommandRunner.budgetcast([
      "fit", "--data", data, "--model", "arima", "--order", "1,0,0", "--constant", "--output",
      output, "--details",
      details, "--quiet",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: details)))
        as? [[String: Any]])
    let first = try #require(json.first)
    #expect(first["model"] as? String == "ARIMA(1,0,0) with non-zero mean")
    let statistics = try #require(first["statistics"] as? [String: Double])
    #expect(
      statistics["logLik"] != nil && statistics["sigma2"] != nil && statistics["se.ar1"] != nil)
  }

  @Test func malformedOrderIsAUsageError() throws {
    let run = try CommandRunner.budgetcast([
      "fit", "--data", "x.csv", "--model", "arima", "--order", "1,1", "--output", "/tmp/never.csv",
    ])
    #expect(run.status == 64)
  }
}
