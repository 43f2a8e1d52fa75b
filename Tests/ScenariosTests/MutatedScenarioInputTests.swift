import BudgetcastTestSupport
import DelimitedText
import Foundation
import Scenarios
import Testing

/// A valid scenario file and driver history, damaged in seeded ways: the readers never
/// crash, and whatever they refuse they locate in the file and explain.
@Suite("Damaged scenario files and driver histories never crash the readers")
struct MutatedScenarioInputTests {
  static let mutants = 1_000

  /// A scenario using every kind of entry: drivers as changes and as levels, dated
  /// and yearly levers, the debt with its loan table, one-off shocks, assumptions.
  static let scenario = """
    name: Essai
    description: Tous les champs.
    horizon: 3
    assumptions:
      - Chômage en hausse.
    drivers:
      unemployment_rate: {2025: 1.0}
      real_estate_transactions: {2025: -0.15}
      inflation: {levels: {2025: 1.0, 2026: 1.3, 2027: 1.6}}
    levers:
      rsa_revaluation: {date: 2026-04, rate: 0.01}
      dmto_rate: 0.05
      investment_programme: {2025: 250e6, 2026: 265e6, 2027: 270e6}
    debt:
      outstanding: 278000000
      residual_years: 14
      rate: 0.024
      new_loan_years: 15
      new_loan_rate: 0.035
      loans:
        - {name: Caisse 2012-2032, outstanding: 96e6, rate: 0.041, years: 8, profile: annuity}
        - {name: Banque 2018-2038, outstanding: 182e6, rate: 0.0175, years: 14, profile: constant}

    """

  static let driverHistory = """
    driver,year,value
    unemployment_rate,2023,7.3
    unemployment_rate,2024,7.4
    rsa_households,2023,22941
    rsa_households,2024,23100
    population_85,2024,51000
    rsa_base_amount,2023,602.58
    rsa_base_amount,2024-04,635.71
    rsa_base_amount,2025-04,646.52

    """

  /// Reads mutants of `original` with `read`, expecting every refusal to be located
  /// and explained, and most mutants to be refused.
  func check(
    _ original: String, named name: String, seed: UInt64,
    read: (String) throws(DiagnosticReport) -> Void
  ) throws {
    try read(try ByteMutator.write(Array(original.utf8), named: name))
    let (refused, misplaced) = try ByteMutator.refusals(
      of: original, named: name, seed: seed, count: Self.mutants, read: read)
    #expect(misplaced.isEmpty, "\(name): \(misplaced.prefix(5))")
    #expect(refused > Self.mutants / 4, "\(refused) refused")
  }

  @Test func damagedScenarioFiles() throws {
    try check(Self.scenario, named: "scenario.yaml", seed: 11) { path throws(DiagnosticReport) in
      _ = try ScenarioFile.read(path)
    }
  }

  @Test func damagedDriverHistories() throws {
    try check(Self.driverHistory, named: "drivers.csv", seed: 12) {
      path throws(DiagnosticReport) in
      _ = try DriverHistory.read(path)
    }
  }
}
