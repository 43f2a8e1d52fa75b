import Budget
import BudgetcastTestSupport
import Foundation
import RunArchive
import Scenarios
import Testing

@testable import Reporting

/// A report reads each line's function in the plan of its last executed year: across
/// the M52 → M57 switch, M57's function 51 (urban services) is not child welfare, while
/// a line joined to 4213 and one that ended under M52's 51 are.
@Suite("Function codes read in their own plan")
struct FunctionalPlanReadingTests {
  static func accounts() -> String {
    let m52Until2023 = BudgetFixture.longCSV(years: 11).split(separator: "\n").map { row in
      let year = Int(row.split(separator: ",")[2]) ?? 0
      return year <= 2023 ? row.replacingOccurrences(of: ",M57,", with: ",M52,") : String(row)
    }
    let row = { (year: Int, account: String, function: String) in
      "D999,principal,\(year),CA,\(year <= 2023 ? "M52" : "M57"),F,D,real,65,\(account),"
        + "\(function),Compte \(account),\(1_000_000 + 10_000 * (year - 2015)).00"
    }
    let welfare = (2015...2025).map { row($0, "652412", $0 <= 2023 ? "51" : "4213") }
    let ended = (2015...2023).map { row($0, "6526", "51") }
    let urban = (2024...2025).map { row($0, "6574", "51") }
    return (m52Until2023 + welfare + ended + urban).joined(separator: "\n") + "\n"
  }

  @Test func urbanServicesAreNotChildWelfareAfterTheSwitch() throws {
    let scratch = try ScratchArchive("functional-plans")
    defer { scratch.remove() }
    let data = try scratch.quickReport(Self.accounts())
    #expect(data.functionalPlans[2023] == .m52 && data.functionalPlans[2025] == .m57)
    #expect(data.drivenLine(of: "line/F/D/65/652412/4213") == .childWelfare)
    #expect(data.drivenLine(of: "line/F/D/65/6526/51") == .childWelfare)
    #expect(data.drivenLine(of: "line/F/D/65/6574/51") == nil)
    let report = HTMLReport(data: data, language: .french)
    #expect(report.isChildWelfare("line/F/D/65/652412/4213"))
    #expect(!report.isChildWelfare("line/F/D/65/6574/51"))
  }
}
