import BudgetcastTestSupport
import Foundation
import Testing

@testable import Reporting

/// The statutory ratios (CGCT article R3313-1) against sums taken directly from the
/// fixture's CSV text, the debt stock of the scenario and the population of the driver
/// history; and how the population of forecast years is obtained.
@Suite struct StatutoryRatiosTests {
  /// Population 2015–2023 growing 1 % a year, and a projection for 2024 only: 2025 and
  /// 2026 are extended at the mean growth of 2019–2024.
  static let populations: [Int: Double] = Dictionary(
    uniqueKeysWithValues: (2015...2023).map {
      ($0, (500_000 * pow(1.01, Double($0 - 2015))).rounded())
    }
      + [(2024, 545_000)])
  static let history =
    "driver,year,value\n"
    + populations.keys.sorted().map { "population,\($0),\(Int(populations[$0] ?? 0))\n" }.joined()

  /// Sums of the fixture's amounts in `year` over the rows `include` accepts
  /// (section, direction, chapter, account).
  static func executed(_ year: Int, _ include: ([Substring]) -> Bool) -> Double {
    BudgetFixture.longCSV().split(separator: "\n").dropFirst().reduce(0) { sum, line in
      let cells = line.split(separator: ",")
      guard cells[2] == "\(year)", include([cells[5], cells[6], cells[8], cells[9]]) else {
        return sum
      }
      return sum + (Double(cells[12]) ?? .nan)
    }
  }

  @Test func executedYearsAreTheAccountsSumsOverThePopulation() throws {
    let fixture = try RunsFixture(
      scenarios: [RunsFixture.debtScenario], driverHistory: Self.history)
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let statutory = StatutoryRatios(data, cascade: FinancialRatios(data))
    let year = try #require(statutory.years.first { $0.year == 2023 })
    let population = try #require(Self.populations[2023])
    let spending = Self.executed(2023) { $0[0] == "F" && $0[1] == "D" }
    let revenue = Self.executed(2023) { $0[0] == "F" && $0[1] == "R" }
    let equipment = Self.executed(2023) { $0[0] == "I" && $0[1] == "D" }  // 20, 21, 23
    let dgf = Self.executed(2023) { $0[1] == "R" && $0[3] == "741" }
    let personnel = Self.executed(2023) { $0[2] == "012" }
    let expected: [StatutoryRatios.Ratio: Double] = [
      .operatingSpendingPerInhabitant: spending / population,
      .directTaxesPerInhabitant: 0,
      .operatingRevenuePerInhabitant: revenue / population,
      .equipmentPerInhabitant: equipment / population,
      .debtPerInhabitant: 30e6 / population,
      .dgfPerInhabitant: dgf / population,
      .personnelShare: personnel / spending,
      .rigidityShare: spending / revenue,  // no capital repaid in the fixture's accounts
      .equipmentShare: equipment / revenue,
      .debtShare: 30e6 / revenue,
    ]
    #expect(year.populationSource == .given)
    for (ratio, value) in expected {
      let got = try #require(year.values[ratio], "\(ratio)")
      #expect(abs(got - value) <= 1e-12 * abs(value) + 1e-12, "\(ratio): \(got) against \(value)")
    }
    #expect(dgf > 0 && equipment > 0 && personnel > 0)
  }

  @Test func forecastYearsUseTheProjectionThenItsMeanGrowth() throws {
    let fixture = try RunsFixture(
      scenarios: [RunsFixture.debtScenario], driverHistory: Self.history)
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let cascade = FinancialRatios(data)
    let statutory = StatutoryRatios(data, cascade: cascade)
    let growth = pow(545_000 / (Self.populations[2019] ?? .nan), 1 / 5.0) - 1
    #expect(abs((statutory.population?.trendGrowth ?? .nan) - growth) < 1e-15)
    let projected = try #require(statutory.years.first { $0.year == 2024 })
    #expect(projected.population == 545_000 && projected.populationSource == .given)
    let extended = try #require(statutory.years.first { $0.year == 2026 })
    let population = 545_000 * pow(1 + growth, 2)
    #expect(abs((extended.population ?? .nan) - population) < 1e-6)
    #expect(extended.populationSource == .extended)
    // Forecast years divide the savings cascade's figures (its spending carries the
    // debt schedule's interest).
    let row = try #require(cascade.years.first { $0.year == 2026 })
    let spending = row.operatingSpending
    let debt = try #require(row.outstandingDebt)
    #expect(
      abs((extended.values[.operatingSpendingPerInhabitant] ?? .nan) - spending / population)
        < 1e-9)
    #expect(abs((extended.values[.debtPerInhabitant] ?? .nan) - debt / population) < 1e-9)
    #expect(
      abs(
        (extended.values[.rigidityShare] ?? .nan)
          - (row.operatingSpending + row.capitalRepayment) / row.operatingRevenue) < 1e-15)

    let html = HTMLReport(data: data, language: .french).render()
    #expect(html.contains("Ratios légaux (article R3313-1 du CGCT, opérations réelles)"))
    #expect(html.contains("5. Encours de la dette / population"))
    // No direct taxes in the accounts: the row is left out and the note says why.
    #expect(!html.contains("2. Produit des impositions directes"))
    #expect(html.contains("Le ratio 2 n&#39;est pas donné"))
    #expect(html.contains(ReportLanguage.french.grouped(population, decimals: 0) + "\u{00A0}°"))
    #expect(html.contains("° population prolongée au rythme moyen"))
    // The synthesis gives the debt per inhabitant beside the capacité de désendettement.
    #expect(
      html.contains(
        ReportLanguage.french.grouped(debt / population, decimals: 0) + "\u{00A0}€ par habitant)"))
    let json = String(decoding: try ReportExport.json(data), as: UTF8.self)
    #expect(json.contains("\"ratio_5_debt_per_inhabitant\""))
    #expect(json.contains("\"populationSource\" : \"extended\""))
    let workbook = try WorkbookFile(data)
    defer { workbook.remove() }
    #expect(try workbook.part("xl/workbook.xml").contains("Ratios légaux"))
    #expect(
      try workbook.part("xl/sharedStrings.xml").contains(
        "7. Dépenses de personnel / dépenses réelles de fonctionnement (%)"))
  }

  @Test func theComparisonGivesEachScenariosDebtPerInhabitant() throws {
    let crowded =
      RunsFixture.debtScenario.replacingOccurrences(of: "name: Dette", with: "name: Plus")
      + "drivers:\n  population: {2025: 0.1}\n"
    let fixture = try RunsFixture(
      scenarios: [RunsFixture.debtScenario, crowded], driverHistory: Self.history)
    defer { fixture.remove() }
    let runs = try fixture.runIDs.map { try ReportData.load($0, from: fixture.archive) }
    let comparison = try ScenarioComparison(runs)
    let html = ComparisonReport(comparison: comparison, language: .french).render()
    #expect(html.contains("Encours de dette par habitant"))
    // 2025: each run's stock over its own population, 10 % more people in the second.
    let population =
      545_000
      * (1
        + (StatutoryRatios(runs[0], cascade: FinancialRatios(runs[0]))
          .population?.trendGrowth ?? .nan))
    for (run, people) in zip(runs, [population, 1.1 * population]) {
      let debt = try #require(FinancialRatios(run).years.first { $0.year == 2025 }?.outstandingDebt)
      #expect(
        html.contains(ReportLanguage.french.grouped(debt / people, decimals: 0) + "\u{00A0}€"))
    }
  }

  @Test func aScenarioLevelSetsThePopulationAndNoHistoryLeavesThePerInhabitantOut() throws {
    let scenario = "name: Population\ndrivers:\n  population: {levels: {2025: 600000}}\n"
    let fixture = try RunsFixture(scenarios: [scenario, nil], driverHistory: Self.history)
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let path = try #require(PopulationPath(data, years: data.forecastYears))
    #expect(path.values[2024] == 545_000 && path.sources[2024] == .given)
    #expect(path.values[2025] == 600_000 && path.sources[2025] == .scenario)
    #expect(path.values[2026] == 600_000 && path.trendGrowth == nil)

    let bare = try RunsFixture(scenarios: [nil])
    defer { bare.remove() }
    let plain = try ReportData.load(bare.runIDs[0], from: bare.archive)
    let statutory = StatutoryRatios(plain, cascade: FinancialRatios(plain))
    #expect(statutory.population == nil)
    let year = try #require(statutory.years.last)
    #expect(year.values[.operatingSpendingPerInhabitant] == nil)
    #expect(year.values[.debtShare] == nil)  // no debt stock either
    #expect(year.values[.personnelShare] != nil)
    let html = HTMLReport(data: plain, language: .english).render()
    #expect(html.contains("The per-inhabitant ratios (1 to 6) need the population"))
    #expect(!html.contains("1. Real operating spending / population"))
  }
}
