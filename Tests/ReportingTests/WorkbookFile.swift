import BudgetcastTestSupport
import Foundation

@testable import Reporting

/// A report's workbook written to a temporary file and read back part by part.
struct WorkbookFile {
  let path: String

  init(_ data: ReportData, language: ReportLanguage = .french) throws {
    path =
      FileManager.default.temporaryDirectory.appendingPathComponent(
        "budgetcast-workbook-\(UUID().uuidString).xlsx"
      ).path
    try SpreadsheetReport(data: data, language: language).write(to: path)
  }

  /// The text of one part, such as `xl/sharedStrings.xml`.
  func part(_ name: String) throws -> String { try ZipMember.text(of: name, in: path) }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
