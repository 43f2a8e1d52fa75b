import Foundation
import RunArchive
import Testing

@testable import Reporting

/// The workbook's sheet of lines: each forecast year's bounds at every level of the run,
/// the model in the report's language and why it was chosen, in plain text.
@Suite("Spreadsheet lines: bounds, model and reason")
struct LinesSheetTests {
  @Test func boundsModelAndReasonBesideTheValues() throws {
    let fixture = try RunsFixture(scenarios: [nil])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let workbook = try WorkbookFile(data)
    defer { workbook.remove() }
    let strings = try workbook.part("xl/sharedStrings.xml")
    for year in data.forecastYears {
      for header in ["\(year) bas 80\u{00A0}%", "\(year) haut 95\u{00A0}%"] {
        #expect(strings.contains(header), "\(header)")
      }
    }
    #expect(strings.contains("Raison du modèle"))
    #expect(strings.contains("méthode demandée (ets)"))
    // The reason is text, not HTML.
    #expect(!strings.contains("&lt;span") && !strings.contains("&lt;small"))
    // A line's 80 % bounds of the first forecast year are written as the run has them.
    let sheet = try workbook.sheet(named: "Lignes")
    let node = try #require(
      data.forecasts.keys.filter { $0.hasPrefix("line/") }.sorted().first {
        data.forecasts[$0]?[data.forecastYears[0]]?.bounds[80] != nil
      })
    let (lower, upper) = try #require(data.forecasts[node]?[data.forecastYears[0]]?.bounds[80])
    #expect(lower < upper)
    // libxlsxwriter writes 16 significant digits: read the numbers back.
    let numbers = sheet.components(separatedBy: "<v>").dropFirst().compactMap {
      Double($0.prefix { $0 != "<" })
    }
    for bound in [lower, upper] {
      #expect(numbers.contains { abs($0 - bound) <= 1e-12 * abs(bound) }, "\(bound)")
    }
  }
}
