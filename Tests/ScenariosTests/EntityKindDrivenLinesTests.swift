import Budget
import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

/// RSA, APA, PCH, child welfare and the DMTO accounts are a département's lines: a
/// commune's 7321 is its attribution de compensation, which transfer-tax drivers must
/// not move.
@Suite("Driven lines by kind of collectivité")
struct EntityKindDrivenLinesTests {
  static let transferTaxes = "line/F/R/73/7321/01"
  static let personnel = "line/F/D/012/64111/020"

  static func effects(_ kind: EntityKind) -> ScenarioEffects {
    var scenario = Scenario(name: "s")
    scenario.drivers[.realEstateTransactions] = [2025: -0.15]
    scenario.drivers[.payIndex] = [2025: 0.01]
    return ScenarioEffects(scenario: scenario, years: [2025], entityKind: kind)
  }

  @Test func transferTaxDriversMoveADepartementsDMTOOnly() {
    let departement = Self.effects(.departement)
    #expect(
      abs(departement.apply(node: Self.transferTaxes, year: 2025, baseline: 100).value - 85) < 1e-9)
    for kind in [EntityKind.commune, .region] {
      let effects = Self.effects(kind)
      #expect(effects.apply(node: Self.transferTaxes, year: 2025, baseline: 100).value == 100)
      // Personnel costs are everyone's: the pay index moves them whatever the kind.
      #expect(
        abs(effects.apply(node: Self.personnel, year: 2025, baseline: 100).value - 101) < 1e-9)
    }
    #expect(DrivenLine.classify(node: "line/F/D/017/65171/567", kind: .commune, plan: .m52) == nil)
    #expect(
      DrivenLine.classify(node: "line/F/D/017/65171/567", kind: .departement, plan: .m52) == .rsa)
    #expect(
      DrivenLine.allCases.filter { $0.belongs(to: .commune) } == [.personnel, .generalCharges])
  }

  @Test func aCommunesElasticitiesAreEstimatedOnItsOwnLinesOnly() throws {
    let synthetic = RepositoryPaths.datasets.appendingPathComponent("synthetic")
    let dataset = try BudgetImporter.importFiles(
      [synthetic.appendingPathComponent("departement_accounts.csv").path])
    let history = try DriverHistory.read(
      synthetic.appendingPathComponent("driver_history.csv").path)
    func sources(_ kind: EntityKind) -> [String: Elasticity.Source] {
      let list = ElasticityEstimator(entityKind: kind).elasticities(
        dataset: dataset, history: history)
      return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0.source) })
    }
    let departement = sources(.departement)
    let commune = sources(.commune)
    // The same accounts read as a département's give estimates for DMTO and APA; read as
    // a commune's, those lines are not its own and keep their defaults.
    for name in ["dmto_per_transactions", "apa_per_population_85"] {
      #expect(departement[name] == .estimated, "\(name)")
      #expect(commune[name] == .default, "\(name)")
    }
    #expect(commune["personnel_per_pay_index"] == departement["personnel_per_pay_index"])
  }
}
