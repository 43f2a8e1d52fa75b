import BudgetcastTestSupport
import Foundation
import Testing

/// `override --adjust reconcile`, end to end: the held value stays, the whole forecast
/// is reconciled around it and still adds up, the choice is recorded and replays.
@Suite("Override reconciled around a held value, end to end")
struct OverrideAdjustmentTests {
  @Test func reconcileHoldsTheValueAndStaysCoherent() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let created = try CommandRunner.budgetcast(
      ArchiveCommandsTests.forecastArguments(data, archive))
    let parent = try #require(created.lastLine)
    let arguments = [
      "override", parent, "--line", "chapter/F/D/017", "--year", "2024", "--value", "3500000",
      "--actor", "dfin", "--reason", "vote du BP", "--archive", archive,
    ]
    let held = try CommandRunner.budgetcast(arguments + ["--adjust", "reconcile"])
    #expect(held.status == 0, "\(held.standardError)")
    #expect(held.standardOutput.contains("reconciled around it"))
    let derived = try #require(held.lastLine)

    let shown = try CommandRunner.budgetcast([
      "runs", "show", derived, "--archive", archive, "--json",
    ])
    let document = try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8))
    let manifest = (document as? [String: Any])?["manifest"] as? [String: Any]
    let parameters = manifest?["parameters"] as? [String: Any]
    #expect(parameters?["overrideAdjustment"] as? String == "reconcile")

    let csv = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("reconciled.csv").path
    let exported = try CommandRunner.budgetcast([
      "report", derived, "--archive", archive, "--format", "csv", "--output", csv,
    ])
    #expect(exported.status == 0, "\(exported.standardError)")
    var forecast: [String: Double] = [:]
    for line in try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n").dropFirst()
    {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count > 4, cells[2] == "2024", cells[3] == "forecast" else { continue }
      forecast[String(cells[0])] = Double(cells[4])
    }
    #expect(abs((forecast["chapter/F/D/017"] ?? 0) - 3_500_000) < 0.01)
    // Every aggregate is the sum of its lines, after reconciliation around the held value.
    let spending = forecast.filter { $0.key.hasPrefix("line/F/D/") }.values.reduce(0, +)
    #expect(abs((forecast["section/F/D"] ?? 0) - spending) < 1e-6 * spending)
    let chapter = forecast.filter { $0.key.hasPrefix("line/F/D/017/") }.values.reduce(0, +)
    #expect(abs(chapter - 3_500_000) < 0.01)

    let replayed = try CommandRunner.budgetcast(["replay", derived, "--archive", archive])
    #expect(replayed.status == 0, "\(replayed.standardOutput)")
    let unknown = try CommandRunner.budgetcast(arguments + ["--adjust", "global"])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("local") && unknown.standardError.contains("reconcile"))
  }
}
