import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import Testing

/// The real Gironde executed accounts, 2009–2013 (../shared/data/gironde, when present).
@Suite("Importing Gironde's executed accounts")
struct GirondeImportTests {
  static let folder = RepositoryPaths.sharedData?.appendingPathComponent("gironde")
  static var files: [String] {
    guard let folder = Self.folder else { return [] }
    return (2009...2013).map { folder.appendingPathComponent("cedi_\($0)_CA.csv").path }
  }

  @Test func chapterTotalsEqualTheFilesToTheCent() throws {
    guard !Self.files.isEmpty else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let dataset = try BudgetImporter.importFiles(Self.files)
    // Independent totals computed from the raw files (Golden/make_gironde_totals.py).
    let reference = try GoldenFile.load([String: Int64].self, named: "gironde_totals.json")
    var ours: [String: Int64] = [:]
    for line in dataset.lines {
      let key =
        "\(line.year)|\(line.section.rawValue)|\(line.direction.rawValue)|\(line.operation.rawValue)|\(line.chapter)"
      ours[key, default: 0] += line.amountCents
    }
    #expect(ours == reference)
    #expect(dataset.years == [2009, 2010, 2011, 2012, 2013])
    #expect(dataset.lines.filter { $0.year == 2012 }.count > 1_200)
  }

  @Test func reimportingTheLongFormatChangesNothing() throws {
    guard let file = Self.files.first else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let dataset = try BudgetImporter.importFiles([file])
    let text = LongBudgetFormat.text(dataset)
    let path = try CommandRunner.temporaryFile(named: "long.csv", contents: text)
    let again = try BudgetImporter.importFiles([path])
    #expect(again.lines == dataset.lines)
    #expect(LongBudgetFormat.text(again) == text)
  }

  @Test func theSameYearTwiceIsRefused() throws {
    guard let file = Self.files.first else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    #expect(throws: DiagnosticReport.self) { try BudgetImporter.importFiles([file, file]) }
  }
}
