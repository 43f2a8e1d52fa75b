import Budget
import BudgetcastTestSupport
import Foundation
import Testing

/// The committed synthetic département (datasets/synthetic, `make datasets`).
@Suite("Synthetic département dataset")
struct SyntheticDatasetTests {
  static let path = RepositoryPaths.datasets.appendingPathComponent(
    "synthetic/departement_accounts.csv"
  ).path

  @Test func importsCleanlyWithTheCalibratedShape() throws {
    let dataset = try BudgetImporter.importFiles([Self.path])
    #expect(dataset.years == Array(2010...2024))
    for year in dataset.years {
      let real = dataset.lines.filter { $0.year == year && $0.operation == .real }.count
      #expect((1_200...1_300).contains(real), "\(year): \(real) real lines")
    }
    #expect(Set(dataset.lines.map(\.nomenclature)) == ["M52", "M57"])
    #expect(dataset.lines.filter { $0.year == 2024 }.allSatisfy { $0.nomenclature == "M57" })
    // Importing the file gives the same file back.
    #expect(
      LongBudgetFormat.text(dataset) == (try String(contentsOfFile: Self.path, encoding: .utf8)))
  }

  @Test func rsaSpendingFollowsItsDrivers() throws {
    let dataset = try BudgetImporter.importFiles([Self.path])
    let households = try Self.annualDriver("rsa_households")
    let base = try Self.annualDriver("rsa_base_amount")
    for year in [2012, 2018, 2024] {
      let spending = dataset.lines.filter { $0.year == year && $0.account == "65171" }.reduce(0) {
        $0 + $1.amount
      }
      let implied = households[year, default: 0] * base[year, default: 0] * 12 * 1.32
      #expect(abs(spending / implied - 1) < 0.05, "\(year): \(spending) vs \(implied)")
    }
  }

  /// Annual means of a driver series of datasets/synthetic/drivers.csv.
  static func annualDriver(_ name: String) throws -> [Int: Double] {
    let text = try String(
      contentsOfFile: RepositoryPaths.datasets.appendingPathComponent("synthetic/drivers.csv").path,
      encoding: .utf8)
    var sums: [Int: (Double, Int)] = [:]
    for line in text.split(separator: "\n").dropFirst() {
      let cells = line.split(separator: ",")
      guard cells.count == 4, cells[0] == name, let period = Int(cells[1]), let t = Int(cells[2]),
        let value = Double(cells[3])
      else { continue }
      let year = period == 1 ? t : (t - 1) / period
      sums[year, default: (0, 0)].0 += value
      sums[year, default: (0, 0)].1 += 1
    }
    return sums.mapValues { $0.0 / Double($0.1) }
  }
}
