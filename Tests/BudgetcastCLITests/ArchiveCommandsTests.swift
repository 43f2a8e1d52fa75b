import BudgetcastTestSupport
import Foundation
import Testing

/// forecast, runs, override, replay and verify end to end, including crashes and
/// concurrent writers.
@Suite("Archived runs, end to end")
struct ArchiveCommandsTests {
  /// A fresh folder with the small fixture budget.
  static func workspace(years: Int = 9) throws -> (data: String, archive: String) {
    let data = try CommandRunner.temporaryFile(
      named: "accounts.csv", contents: BudgetFixture.longCSV(years: years))
    let archive = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("archive").path
    return (data, archive)
  }

  static func forecastArguments(_ data: String, _ archive: String) -> [String] {
    [
      "forecast", "--data", data, "--model", "ets", "--horizon", "2", "--archive", archive,
      "--actor", "alice", "--note", "baseline",
    ]
  }

  /// A forecast run (`forecastArguments`) with chapter 017 overridden in `year` by
  /// `actor`: the derived run's ID and the archive.
  static func overriddenRun(year: Int, value: String, actor: String, reason: String) throws -> (
    run: String, archive: String
  ) {
    let (data, archive) = try workspace()
    let parent = try #require(
      try CommandRunner.budgetcast(forecastArguments(data, archive)).lastLine)
    let overridden = try CommandRunner.budgetcast([
      "override", parent, "--line", "chapter/F/D/017", "--year", String(year), "--value", value,
      "--actor", actor, "--reason", reason, "--archive", archive,
    ])
    return (try #require(overridden.lastLine), archive)
  }

  @Test func forecastOverrideReplayVerify() throws {
    let (data, archive) = try Self.workspace()
    let created = try CommandRunner.budgetcast(Self.forecastArguments(data, archive))
    #expect(created.status == 0, "\(created.standardError)")
    let id = try #require(created.lastLine)
    #expect(id.count == 64)

    let json = try CommandRunner.budgetcast(
      Self.forecastArguments(data, archive) + ["--json", "--jobs", "1"])
    #expect(json.standardOutput.hasPrefix("{\"run\":\"\(id)\""), "\(json.standardOutput)")

    let overridden = try CommandRunner.budgetcast([
      "override", String(id.prefix(8)), "--line", "chapter/F/D/017", "--year", "2024",
      "--percent", "4.6", "--actor", "dfin.martin", "--reason", "RSA revaluation in April",
      "--archive", archive,
    ])
    #expect(overridden.status == 0, "\(overridden.standardError)")
    let derived = try #require(
      overridden.lastLine)

    let shown = try CommandRunner.budgetcast(["runs", "show", derived, "--archive", archive])
    #expect(shown.standardOutput.contains("override of \(id)"))
    #expect(shown.standardOutput.contains("by dfin.martin on"))
    #expect(shown.standardOutput.contains("RSA revaluation in April"))

    let listed = try CommandRunner.budgetcast(["runs", "list", "--archive", archive, "--json"])
    #expect(listed.standardOutput.split(separator: "\n").count == 2)
    let overrides = try CommandRunner.budgetcast([
      "runs", "list", "--archive", archive, "--kind", "override", "--actor", "dfin.martin",
    ])
    #expect(overrides.standardOutput.contains(String(derived.prefix(12))))
    #expect(!overrides.standardOutput.contains(String(id.prefix(12))))
    let badDay = try CommandRunner.budgetcast([
      "runs", "list", "--archive", archive, "--since", "31/03/2026",
    ])
    #expect(badDay.status == 64)
    #expect(badDay.standardError.contains("expected YYYY-MM-DD"), "\(badDay.standardError)")

    let shownJSON = try CommandRunner.budgetcast([
      "runs", "show", derived, "--archive", archive, "--json",
    ])
    let document = try JSONSerialization.jsonObject(with: Data(shownJSON.standardOutput.utf8))
    let ratios = try #require((document as? [String: Any])?["ratios"] as? [[String: Any]])
    #expect(ratios.count == 9 + 2)
    // The statutory ratios by year beside them; without a population, only the shares.
    let statutory = try #require(
      (document as? [String: Any])?["statutoryRatios"] as? [[String: Any]])
    #expect(statutory.map { $0["year"] as? Int } == ratios.map { $0["year"] as? Int })
    let shares = try #require(statutory.last?["ratios"] as? [String: Double])
    #expect(shares["ratio_7_personnel_to_operating_spending"] != nil)
    #expect(shares["ratio_1_operating_spending_per_inhabitant"] == nil)
    // The savings-rate thresholds (no debt stock here), with their first year crossed
    // and a probability by forecast year.
    let thresholds = try #require(
      (document as? [String: Any])?["thresholds"] as? [[String: Any]])
    #expect(thresholds.compactMap { $0["key"] as? String }.allSatisfy { $0.hasPrefix("gross_") })
    #expect(thresholds.count == 3)
    for threshold in thresholds {
      let probability = try #require(threshold["probability"] as? [String: Double])
      #expect(Set(probability.keys) == ["2024", "2025"])
      let central = threshold["firstForecastYear"] as? Int
      let rate = { (year: Int) in
        ratios.first { $0["year"] as? Int == year }?["grossSavingsRate"] as? Double ?? .nan
      }
      let limit = try #require(threshold["value"] as? Double)
      #expect(central == [2024, 2025].first { rate($0) < limit })
    }
    for ratio in ratios {
      let revenue = try #require(ratio["operatingRevenue"] as? Double)
      let spending = try #require(ratio["operatingExpenditure"] as? Double)
      let savings = try #require(ratio["grossSavings"] as? Double)
      #expect(abs(savings - (revenue - spending)) <= 1e-6 * revenue)
      // Forecast years carry simulated 80 % and 95 % bands around the central figure.
      let bands = ratio["bands"] as? [String: [String: [String: Double]]]
      if ratio["forecast"] as? Bool == true {
        let inner = try #require(bands?["80"]?["grossSavings"])
        let outer = try #require(bands?["95"]?["grossSavings"])
        let bounds = [outer["lower"], inner["lower"], savings, inner["upper"], outer["upper"]]
        #expect(bounds.compactMap { $0 } == bounds.compactMap { $0 }.sorted())
        #expect(bounds.compactMap { $0 }.count == 5)
      } else {
        #expect(bands == nil)
      }
    }

    for run in [id, derived] {
      let replayed = try CommandRunner.budgetcast(["replay", run, "--archive", archive])
      #expect(replayed.status == 0, "\(replayed.standardOutput)")
      #expect(replayed.standardOutput.contains("Verdict: bit-identical."))
    }
    let verified = try CommandRunner.budgetcast(["verify", "--all", "--archive", archive])
    #expect(verified.status == 0, "\(verified.standardOutput)")

    // One altered byte in an output file: verify fails and names it.
    let objects = URL(fileURLWithPath: archive).appendingPathComponent("objects")
    let folder = try #require(
      try FileManager.default.contentsOfDirectory(atPath: objects.path).first)
    let name = try #require(
      try FileManager.default.contentsOfDirectory(
        atPath: objects.appendingPathComponent(folder).path
      )
      .first)
    let file = objects.appendingPathComponent(folder).appendingPathComponent(name)
    var bytes = try Data(contentsOf: file)
    bytes[bytes.count / 2] ^= 0x20
    try bytes.write(to: file)
    let tampered = try CommandRunner.budgetcast(["verify", "--all", "--archive", archive])
    #expect(tampered.status == 1)
    #expect(tampered.standardOutput.contains("FAILED \(file.path)"), "\(tampered.standardOutput)")
  }

  @Test func badInputWritesNothing() throws {
    let data = try CommandRunner.temporaryFile(
      named: "bad.csv",
      contents: BudgetFixture.longCSV(years: 3).replacingOccurrences(of: ",F,D,", with: ",X,D,"))
    let archive = URL(fileURLWithPath: data).deletingLastPathComponent()
      .appendingPathComponent("archive").path
    let outcome = try CommandRunner.budgetcast(Self.forecastArguments(data, archive))
    #expect(outcome.status == 65)
    #expect(outcome.standardError.contains("bad.csv:2:"), "\(outcome.standardError)")
    #expect(!FileManager.default.fileExists(atPath: archive + "/journal.jsonl"))
  }

  /// Starts `budgetcast arguments…` without waiting, output discarded.
  static func start(_ arguments: [String]) throws -> Process {
    let process = Process()
    process.executableURL = RepositoryPaths.budgetcastBinary
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    return process
  }

  @Test func killedWritersLeaveAVerifiableArchive() throws {
    let (data, archive) = try Self.workspace()
    let started = Date()
    let first = try CommandRunner.budgetcast(Self.forecastArguments(data, archive))
    #expect(first.status == 0)
    let duration = Date().timeIntervalSince(started)
    var state: UInt64 = 7
    for attempt in 0..<8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let delay = duration * Double(state >> 40) / Double(1 << 24)
      // Different horizons give new runs, so kills land while new files are written.
      var arguments = Self.forecastArguments(data, archive)
      arguments[arguments.firstIndex(of: "2")!] = String(1 + attempt % 4)
      arguments += ["--seed", String(attempt)]
      let process = try Self.start(arguments)
      Thread.sleep(forTimeInterval: delay)
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let verified = try CommandRunner.budgetcast(["verify", "--all", "--archive", archive])
      #expect(verified.status == 0, "after a kill at \(delay) s: \(verified.standardOutput)")
    }
    let listed = try CommandRunner.budgetcast(["runs", "list", "--archive", archive])
    #expect(listed.status == 0)
  }

  @Test func concurrentWritersDoNotCorruptTheArchive() throws {
    let (data, archive) = try Self.workspace()
    let other = try CommandRunner.temporaryFile(
      named: "other.csv", contents: BudgetFixture.longCSV(years: 10))
    let writers = try [data, other].map { try Self.start(Self.forecastArguments($0, archive)) }
    for writer in writers { writer.waitUntilExit() }
    #expect(writers.allSatisfy { $0.terminationStatus == 0 })
    let verified = try CommandRunner.budgetcast(["verify", "--all", "--archive", archive])
    #expect(verified.status == 0, "\(verified.standardOutput)")
    let listed = try CommandRunner.budgetcast(["runs", "list", "--archive", archive, "--json"])
    #expect(listed.standardOutput.split(separator: "\n").count == 2)
  }
}
