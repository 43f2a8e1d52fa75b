import BudgetcastTestSupport
import Foundation
import Testing

/// budgetcast report: HTML, CSV, JSON and PDF from an archived run with an override.
@Suite("Reports from archived runs, end to end")
struct ReportCommandTests {
  @Test func overrideAuthorAndReasonInEveryFormat() throws {
    let (run, archive) = try ArchiveCommandsTests.overriddenRun(
      year: 2025, value: "3500000", actor: "dfin.martin", reason: "Revalorisation RSA avril")
    let folder = URL(fileURLWithPath: archive).deletingLastPathComponent()
    for format in ["html", "csv", "json"] {
      let output = folder.appendingPathComponent("report.\(format)").path
      let outcome = try CommandRunner.budgetcast([
        "report", run, "--archive", archive, "--format", format, "--output", output,
      ])
      #expect(outcome.status == 0, "\(outcome.standardError)")
      let text = try String(contentsOfFile: output, encoding: .utf8)
      #expect(text.contains("dfin.martin"), "\(format)")
      #expect(text.contains("Revalorisation RSA avril"), "\(format)")
    }
    let journal = try String(contentsOfFile: archive + "/journal.jsonl", encoding: .utf8)
    #expect(journal.components(separatedBy: "report.rendered").count - 1 == 3)
    // The JSON carries every forecast cell the CSV has, the held one with its author.
    let csvRows = try String(
      contentsOfFile: folder.appendingPathComponent("report.csv").path, encoding: .utf8
    ).split(separator: "\n").filter { $0.contains(",forecast,") }
    let document = try JSONSerialization.jsonObject(
      with: try Data(contentsOf: folder.appendingPathComponent("report.json")))
    let forecasts = try #require((document as? [String: Any])?["forecasts"] as? [[String: Any]])
    #expect(forecasts.count == csvRows.count)
    let held = try #require(
      forecasts.first { $0["node"] as? String == "chapter/F/D/017" && $0["year"] as? Int == 2025 })
    #expect(held["value"] as? Double == 3_500_000 && held["overridden"] as? Bool == true)
    #expect(held["actor"] as? String == "dfin.martin")
    #expect((held["bounds"] as? [String: Any])?.keys.sorted() == ["80", "95"])

    let xlsx = folder.appendingPathComponent("report.xlsx").path
    let spreadsheet = try CommandRunner.budgetcast([
      "report", run, "--archive", archive, "--format", "xlsx", "--output", xlsx,
    ])
    #expect(spreadsheet.status == 0, "\(spreadsheet.standardError)")
    let strings = try ZipMember.text(of: "xl/sharedStrings.xml", in: xlsx)
    #expect(strings.contains("dfin.martin") && strings.contains("Revalorisation RSA avril"))
    #expect(try ZipMember.text(of: "xl/workbook.xml", in: xlsx).contains("Chapitres"))

    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/weasyprint"),
      FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext")
    else {
      print("skipped PDF: weasyprint or pdftotext absent (make test installs them)")
      return
    }
    let pdf = folder.appendingPathComponent("report.pdf").path
    let outcome = try CommandRunner.budgetcast([
      "report", run, "--archive", archive, "--format", "pdf", "--output", pdf,
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/pdftotext")
    process.arguments = [pdf, "-"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    // Table cells wrap: compare with whitespace runs collapsed.
    let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    process.waitUntilExit()
    for expected in [
      "Synthèse", "Trajectoire", "Ratios", "Traçabilité", "dfin.martin", "Revalorisation RSA avril",
    ] {
      #expect(text.contains(expected), "PDF lacks \(expected)")
    }
  }
}
