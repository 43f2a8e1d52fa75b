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

  /// The XML of the sheet named `name` (libxlsxwriter writes sheet n as `sheetn.xml`,
  /// with `sheetId` n in the workbook).
  func sheet(named name: String) throws -> String {
    let workbook = try part("xl/workbook.xml")
    guard let start = workbook.range(of: "<sheet name=\"\(name)\" sheetId=\"") else {
      return ""
    }
    let id = workbook[start.upperBound...].prefix { $0.isNumber }
    return try part("xl/worksheets/sheet\(id).xml")
  }

  func remove() { try? FileManager.default.removeItem(atPath: path) }
}
