import BudgetcastTestSupport
import Foundation
import Testing

/// `budgetcast evaluate`, end to end: a run forecast on 2015–2023 against the accounts
/// of 2024–2025, every figure checked against sums computed here from the files.
@Suite("Ex-post evaluation of an archived run against executed accounts")
struct EvaluateCommandTests {
  /// Real-operation amounts of the long CSV `text` by year, for the rows `include` keeps
  /// (cells: section, direction, chapter, account).
  static func sums(_ text: String, _ include: ([Substring]) -> Bool) -> [Int: Double] {
    var sums: [Int: Double] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard let year = Int(cells[2]), let amount = Double(cells[12]),
        include([cells[5], cells[6], cells[8], cells[9]])
      else { continue }
      sums[year, default: 0] += amount
    }
    return sums
  }

  /// The actuals: the fixture's 2023 (already in the run's history), 2024 and 2025,
  /// one line not executed in 2025, one new line in 2024, and the capital repaid on
  /// the debt (account 1641, new in both years; the loans are the fixture's 161–163).
  static func actuals() -> String {
    let lines = BudgetFixture.longCSV(years: 11).split(separator: "\n")
    var text = String(lines[0]) + "\n"
    for line in lines.dropFirst()
    where [",2023,", ",2024,", ",2025,"].contains(where: { line.contains($0) }) {
      if line.contains(",2025,") && line.contains(",0111,") { continue }
      text += line + "\n"
    }
    text += "D999,principal,2024,CA,M57,F,D,real,011,0119,09,Compte nouveau,123456.78\n"
    text += "D999,principal,2024,CA,M57,I,D,real,16,1641,01,Emprunts,2500000.00\n"
    text += "D999,principal,2025,CA,M57,I,D,real,16,1641,01,Emprunts,2600000.00\n"
    return text
  }

  @Test func comparesForecastsOverridesAndSavingsWithTheActuals() throws {
    let (run, archive) = try ArchiveCommandsTests.overriddenRun(
      year: 2024, value: "3900000", actor: "dfin", reason: "vote du BP")
    let page = URL(fileURLWithPath: archive).deletingLastPathComponent()
      .appendingPathComponent("rapport.html").path
    let render = { () throws -> String in
      _ = try CommandRunner.budgetcast(["report", run, "--archive", archive, "--output", page])
      return try String(contentsOfFile: page, encoding: .utf8)
    }
    #expect(!(try render()).contains("Évaluation a posteriori"))
    let actualsText = Self.actuals()
    let actualsFile = try CommandRunner.temporaryFile(named: "ca.csv", contents: actualsText)
    let csv = actualsFile + ".comparisons.csv"
    let evaluated = try CommandRunner.budgetcast([
      "evaluate", run, "--actuals", actualsFile, "--archive", archive, "--actor", "auditor",
      "--json", "--csv", csv,
    ])
    #expect(evaluated.status == 0, "\(evaluated.standardError)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(evaluated.standardOutput.utf8))
        as? [String: Any])
    #expect(document["years"] as? [Int] == [2024, 2025])
    #expect(document["ignoredYears"] as? [Int] == [2023])

    // The archived forecasts, as the report exports them.
    let exported = actualsFile + ".forecasts.csv"
    _ = try CommandRunner.budgetcast([
      "report", run, "--archive", archive, "--format", "csv", "--output", exported,
    ])
    var forecast: [String: Double] = [:]
    for line in try String(contentsOfFile: exported, encoding: .utf8).split(separator: "\n") {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count > 4, cells[3] == "forecast", let value = Double(cells[4]) else { continue }
      forecast["\(cells[0])@\(cells[2])"] = value
    }
    let spending = Self.sums(actualsText) { $0[0] == "F" && $0[1] == "D" }
    let revenue = Self.sums(actualsText) { $0[0] == "F" && $0[1] == "R" }
    let expenditure = Self.sums(actualsText) { $0[1] == "D" }
    let income = Self.sums(actualsText) { $0[1] == "R" }

    // Total level: WAPE = Σ|a − f| / Σ|a| over both totals and both years.
    var absolute = 0.0
    var volume = 0.0
    for year in [2024, 2025] {
      for (node, actual) in [("total/D", expenditure[year] ?? 0), ("total/R", income[year] ?? 0)] {
        absolute += abs(actual - (forecast["\(node)@\(year)"] ?? .nan))
        volume += abs(actual)
      }
    }
    let levels = try #require(document["levels"] as? [[String: Any]])
    let total = try #require(levels.first { $0["level"] as? String == "total" })
    let wape = try #require(total["wape"] as? Double)
    #expect(abs(wape - absolute / volume) < 1e-12)
    #expect(total["count"] as? Int == 4)

    // Gross savings executed: operating revenue − operating spending, each year; net
    // savings: less the capital repaid.
    let savings = try #require(document["grossSavings"] as? [[String: Any]])
    let repaid = Self.sums(actualsText) { $0[1] == "D" && $0[2] == "16" }
    for row in savings {
      let year = try #require(row["year"] as? Int)
      let actual = try #require(row["actualGrossSavings"] as? Double)
      #expect(abs(actual - ((revenue[year] ?? 0) - (spending[year] ?? 0))) < 1e-6)
      let net = try #require(row["actualNetSavings"] as? Double)
      #expect(abs(net - (actual - (repaid[year] ?? 0))) < 1e-6)
      #expect((repaid[year] ?? 0) > 2e6)
    }

    // The override, beside the model's value and the chapter's execution.
    let overrides = try #require(document["overrides"] as? [[String: Any]])
    let override = try #require(overrides.first)
    let rsa = Self.sums(actualsText) { $0[2] == "017" }[2024] ?? 0
    #expect(abs((override["actual"] as? Double ?? 0) - rsa) < 1e-6)
    let model = try #require(override["modelValue"] as? Double)
    #expect(override["closer"] as? Bool == (abs(3_900_000 - rsa) < abs(model - rsa)))
    #expect(override["actor"] as? String == "dfin")

    // The new line, and the line not executed in 2025 (actual 0 in the comparisons).
    #expect(document["newLines"] as? Int == 2)
    let newAmounts = document["newLinesAmount"] as? [String: Double]
    #expect(abs((newAmounts?["D"] ?? 0) - 123_456.78 - 5_100_000) < 1e-6)
    let rows = try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n")
    #expect(rows.contains { $0.hasPrefix("line/F/D/011/0111/00,line,2025,0.0,") })

    // The report now has the evaluation, read from the archived actuals.
    let report = try render()
    #expect(report.contains("<h2 id=\"h-evaluation\">Évaluation a posteriori</h2>"), "\(report)")
    let totalWAPE = String(format: "%.1f", 100 * wape).replacingOccurrences(of: ".", with: ",")
    #expect(
      report.contains(
        "<th scope=\"row\">Totaux</th><td class=\"num\">4</td><td class=\"num\">\(totalWAPE)\u{00A0}%</td>"
      ))
    #expect(report.contains("dfin (vote du BP)"))
    #expect(
      report.contains(
        "Confrontées aux comptes exécutés de 2024 et 2025, ces prévisions s'écartaient de \(totalWAPE)\u{00A0}% sur les totaux"
      ))
    let workbook = page + ".xlsx"
    _ = try CommandRunner.budgetcast([
      "report", run, "--archive", archive, "--format", "xlsx", "--output", workbook,
    ])
    #expect(try ZipMember.text(of: "xl/workbook.xml", in: workbook).contains("Évaluation"))
    let reportFile = page + ".json"
    _ = try CommandRunner.budgetcast([
      "report", run, "--archive", archive, "--format", "json", "--output", reportFile,
    ])
    let reportJSON = try JSONSerialization.jsonObject(
      with: Data(contentsOf: URL(fileURLWithPath: reportFile)))
    let evaluations = (reportJSON as? [String: Any])?["evaluations"] as? [[String: Any]]
    #expect(evaluations?.first?["actor"] as? String == "auditor")
    #expect((evaluations?.first?["summary"] as? [String: Any])?["years"] as? [Int] == [2024, 2025])

    // Recorded in the journal with the actuals archived; the archive still verifies.
    let shown = try CommandRunner.budgetcast(["runs", "show", run, "--archive", archive])
    #expect(shown.standardOutput.contains("run.evaluated   "))
    let shownJSON = try CommandRunner.budgetcast([
      "runs", "show", run, "--archive", archive, "--json",
    ])
    let shownDocument = try JSONSerialization.jsonObject(with: Data(shownJSON.standardOutput.utf8))
    let shownEvaluations = (shownDocument as? [String: Any])?["evaluations"] as? [[String: Any]]
    #expect(shownEvaluations?.count == 1)
    #expect(shown.standardOutput.contains("against the accounts of 2024,2025, totals' WAPE"))
    let verified = try CommandRunner.budgetcast(["verify", "--all", "--archive", archive])
    #expect(verified.status == 0, "\(verified.standardOutput)")
  }

  @Test func badActualsAreLocatedAndRecordNothing() throws {
    let (data, archive) = try ArchiveCommandsTests.workspace()
    let run = try #require(
      try CommandRunner.budgetcast(ArchiveCommandsTests.forecastArguments(data, archive)).lastLine)
    let journal = URL(fileURLWithPath: archive).appendingPathComponent("journal.jsonl")
    let before = try Data(contentsOf: journal)

    var broken = Self.actuals().split(separator: "\n").map(String.init)
    broken[3] = broken[3].replacingOccurrences(of: ",Compte ", with: ",Compte x,douze,")
    let ragged = try CommandRunner.temporaryFile(
      named: "ca.csv", contents: broken.joined(separator: "\n") + "\n")
    let failed = try CommandRunner.budgetcast([
      "evaluate", run, "--actuals", ragged, "--archive", archive,
    ])
    #expect(failed.status == 65)
    #expect(failed.standardError.contains("ca.csv:4:"), "\(failed.standardError)")

    let early = BudgetFixture.longCSV(years: 2)
    let elsewhere = try CommandRunner.temporaryFile(named: "old.csv", contents: early)
    let disjoint = try CommandRunner.budgetcast([
      "evaluate", run, "--actuals", elsewhere, "--archive", archive,
    ])
    #expect(disjoint.status == 65)
    #expect(disjoint.standardError.contains("no year to compare"), "\(disjoint.standardError)")
    #expect(try Data(contentsOf: journal) == before)
  }
}
