import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

/// Paths in levels and growth against hand computations, on flat histories whose
/// reference forecast is their level.
@Suite("Driver paths in levels and growth")
struct DriverPathResolverTests {
  static let history = DriverHistory(values: [
    .unemploymentRate: Dictionary(uniqueKeysWithValues: (2015...2024).map { ($0, 7.0) }),
    .realEstateTransactions: Dictionary(uniqueKeysWithValues: (2015...2024).map { ($0, 1000.0) }),
    .population85: [2022: 1.0, 2023: 1.0, 2024: 1.0],
  ])

  @Test func levelsAndGrowthBecomeChangesAgainstTheReference() throws {
    var scenario = Scenario(name: "Niveaux")
    scenario.assumedPaths = [
      .unemploymentRate: .init(form: .levels, values: [2025: 8.0, 2026: 8.5, 2027: 9.0]),
      .realEstateTransactions: .init(form: .growth, values: [2026: 0.1]),
    ]
    let (resolved, rows) = try DriverPathResolver(history: Self.history).resolve(
      scenario, years: [2025, 2026, 2027])
    #expect(resolved.assumedPaths.isEmpty)
    let unemployment = try #require(resolved.drivers[.unemploymentRate])
    for (year, change) in [2025: 1.0, 2026: 1.5, 2027: 2.0] {
      #expect(abs((unemployment[year] ?? .nan) - change) < 1e-9, "\(year)")
    }
    // Flat until 2026, then +10 % a year from the year before: 1,100 and 1,210.
    let transactions = try #require(resolved.drivers[.realEstateTransactions])
    #expect(abs(transactions[2025] ?? .nan) < 1e-9)
    #expect(abs((transactions[2026] ?? .nan) - 0.1) < 1e-9)
    #expect(abs((transactions[2027] ?? .nan) - 0.21) < 1e-9)
    #expect(rows.count == 6)
    let row = try #require(rows.first { $0.driver == .realEstateTransactions && $0.year == 2027 })
    #expect(abs(row.assumed - 1210) < 1e-6 && abs(row.reference - 1000) < 1e-6)
    #expect(row.model.hasPrefix("ETS("))
  }

  @Test func aPathNeedsItsDriversHistory() throws {
    var scenario = Scenario(name: "Sans historique")
    scenario.assumedPaths = [.inflation: .init(form: .levels, values: [2025: 2.0])]
    #expect {
      try DriverPathResolver(history: Self.history).resolve(scenario, years: [2025])
    } throws: {
      "\($0)".contains("the run has no history of inflation: give it in --driver-history")
    }
    scenario.assumedPaths = [.population85: .init(form: .growth, values: [2025: 0.02])]
    #expect {
      try DriverPathResolver(history: Self.history).resolve(scenario, years: [2025])
    } throws: { "\($0)".contains("ends with 3 consecutive year(s); 5 are needed") }
  }

  @Test func pathsAreReadWithLocatedErrors() throws {
    let good = try CommandRunner.temporaryFile(
      named: "levels.yaml",
      contents: """
        name: Niveaux
        drivers:
          unemployment_rate: {levels: {2025: 8.0, 2026-07: 9.0}}
          real_estate_prices: {growth: {2025: -0.05}}
        """)
    let scenario = try ScenarioFile.read(good)
    #expect(scenario.assumedPaths[.unemploymentRate]?.values == [2025: 8.0, 2026: 8.5])
    #expect(scenario.assumedPaths[.realEstatePrices]?.form == .growth)
    #expect(scenario.drivers.isEmpty)
    let problems = try ScenarioProblems.reading(
      "bad-levels.yaml",
      """
      name: Mauvais
      drivers:
        unemployment_rate: {levels: {2025-04: 8.0}}
        inflation: {growth: {2025-01: 0.5}}
        rsa_households: {levels: {2025: -3}}
      """)
    #expect(
      problems.contains("bad-levels.yaml:3:31: drivers.unemployment_rate.levels starts in month 4"))
    #expect(problems.contains("bad-levels.yaml:4:23: drivers.inflation.growth gives a month"))
    #expect(
      problems.contains(
        "bad-levels.yaml:5:35: drivers.rsa_households.levels.2025 = -3.0 is not a positive level"))
  }
}
