import Foundation
import RunArchive
import Scenarios
import Testing

@testable import Reporting

/// The methodology's reading of the central forecast by its drivers, against sums
/// computed here from the run's archived figures and driver history.
@Suite struct DriverReadingTests {
  /// Pay index 100 in 2016 growing 2 % a year to 2023 (the fixture's last year).
  static let history =
    "driver,year,value\n"
    + (2016...2023).map { "pay_index,\($0),\(100 * pow(1.02, Double($0 - 2016)))\n" }.joined()

  @Test func personnelGrowthAndThePayIndexShare() throws {
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: Self.history)
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let report = HTMLReport(data: data, language: .english)
    // Five years of history read: 2018–2023, log growth ln 1.02 a year.
    let (pace, first, last) = try #require(report.recentPace(of: .payIndex, through: 2023))
    #expect(abs(pace - log(1.02)) < 1e-12 && first == 2018 && last == 2023)
    let (past, future) = data.lineSum { $0.hasPrefix("line/F/D/012/") }
    let growth = log(try #require(future[2026]) / (try #require(past[2023]))) / 3
    let used = try #require(data.elasticities.first { $0.name == "personnel_per_pay_index" }).used
    let html = report.drivenGrowthTable()
    let l = ReportLanguage.english
    #expect(
      html.contains(
        "<th scope=\"row\">Personnel (chapter 012)</th><td>own history, read at the recent pace</td><td class=\"num\">\(l.percent(100 * growth, signed: true))</td>"
      ), "\(html)")
    #expect(html.contains(l.percent(100 * used * log(1.02), signed: true)))
    #expect(html.contains(l.percent(100 * (growth - used * log(1.02)), signed: true)))
    // No APA, DMTO or inflation history: those lines are left out.
    #expect(!html.contains("APA") && !html.contains("DMTO"))
  }

  /// The fixture's run with personnel (chapter 012) recorded as forecast by its
  /// regression on the pay index (elasticity 1.2), which adds 1, 2 and 3 M€.
  static func drivenPersonnel(_ fixture: RunsFixture) throws -> ReportData {
    var data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    var record = try #require(data.models["chapter/F/D/012"])
    record.driven = try JSONDecoder().decode(
      NodeModelRecord.Driven.self,
      from: Data(
        #"{"line":"personnel","role":"total","model":"m","drivers":["pay_index"],"elasticities":[1.2],"standardErrors":[0.1],"pathRegressors":[[0.005,0.01,0.015]],"contributions":[[1000000,2000000,3000000]],"firstYear":2016,"lastYear":2023}"#
          .utf8))
    data.models["chapter/F/D/012"] = record
    return data
  }

  /// A line forecast by its regression is read along its drivers' paths, from its record.
  @Test func aRegressionIsReadAlongItsPaths() throws {
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: Self.history)
    defer { fixture.remove() }
    let data = try Self.drivenPersonnel(fixture)
    let html = HTMLReport(data: data, language: .english).drivenGrowthTable()
    let l = ReportLanguage.english
    #expect(html.contains("<td>regression on the drivers</td>"), "\(html)")
    #expect(html.contains("Pay index +1.0% a year (projections 2024–2026) × 1.20"), "\(html)")
    #expect(html.contains("<td class=\"num\">\(l.percent(1.2, signed: true))</td>"), "\(html)")
  }

  /// RSA forecast with its base amount: the synthesis says how far the amounts in force
  /// rise, the methodology that the base amount enters in proportion.
  @Test func theRSABaseAmountIsSaid() throws {
    let history =
      Self.history
      + "rsa_base_amount,2023,600\nrsa_base_amount,2025-04,630\nrsa_base_amount,2026-01,630\n"
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: history)
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    let driven = try JSONDecoder().decode(
      NodeModelRecord.Driven.self,
      from: Data(
        #"{"line":"rsa","role":"total","model":"m","drivers":["unemployment_rate","rsa_base_amount"],"elasticities":[0.09,1],"standardErrors":[0.004,0],"pathRegressors":[[0.1,0.2,0.1],[0,0.04,0.01]],"firstYear":2016,"lastYear":2023}"#
          .utf8))
    let report = HTMLReport(data: data, language: .english)
    // 2026: 630 € all year against 600 € in 2023.
    #expect(
      report.rsaDrivenClause(driven, from: 2023, to: 2026).contains(
        "the base amount along its projected revaluations (+5.0% from 2023 to 2026)"))
    #expect(
      ReportLanguage.french.drivenReason(driven).contains(
        "montant forfaitaire du RSA (proportionnel)"))
    #expect(
      ReportLanguage.english.drivenReason(driven).contains(
        "unemployment rate (elasticity 0.090 ± 0.004), RSA base amount (proportional)"))
  }

  /// A driven total's contributions by driver, in euros and as a share of its base
  /// forecast, year by year.
  @Test func drivenContributionsAreTabulated() throws {
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: Self.history)
    defer { fixture.remove() }
    var data = try Self.drivenPersonnel(fixture)
    let html = HTMLReport(data: data, language: .english).drivenContributionTable()
    let l = ReportLanguage.english
    let base = try #require(data.forecasts["chapter/F/D/012"]?[2026]).base
    #expect(html.contains("<td>Pay index</td>"), "\(html)")
    #expect(
      html.contains("+3.0\u{00A0}M€ (\(l.percent(100 * 3e6 / base, signed: true)))"), "\(html)")
    // Without a driven total, nothing.
    data.models["chapter/F/D/012"] =
      try ReportData.load(fixture.runIDs[0], from: fixture.archive).models["chapter/F/D/012"]
    #expect(data.models["chapter/F/D/012"]?.driven == nil)
    #expect(HTMLReport(data: data, language: .english).drivenContributionTable().isEmpty)
  }

  /// APA follows one age group: with both in the history, the 85+ is read alone.
  @Test func oneAgeGroupForAPA() throws {
    let history =
      "driver,year,value\n"
      + (2016...2023).map {
        "population_85,\($0),\(1000 * pow(1.03, Double($0 - 2016)))\n"
          + "population_75,\($0),\(5000 * pow(1.01, Double($0 - 2016)))\n"
      }.joined()
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: history)
    defer { fixture.remove() }
    var data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    // The fixture has no chapter 016: give it the personnel lines' figures under APA keys.
    for (node, cells) in data.forecasts where node.hasPrefix("line/F/D/012/") {
      data.forecasts[node.replacingOccurrences(of: "/012/", with: "/016/")] = cells
      data.history[node.replacingOccurrences(of: "/012/", with: "/016/")] = data.history[node]
    }
    let html = HTMLReport(data: data, language: .english).drivenGrowthTable()
    #expect(html.contains("Population aged 85+"), "\(html)")
    #expect(!html.contains("Population aged 75+"), "\(html)")
  }

  @Test func noDriverHistoryNoTable() throws {
    let fixture = try RunsFixture(scenarios: [nil])
    defer { fixture.remove() }
    let data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    #expect(HTMLReport(data: data, language: .french).drivenGrowthTable().isEmpty)
  }
}

/// The RSA households the RSA model projects along unemployment, shown beside the
/// driver history and in the synthesis.
@Suite struct ModelledDriverTests {
  @Test func projectedHouseholdsFillTheDriverTableAndTheRSAClause() throws {
    let history =
      "driver,year,value\n"
      + (2016...2026).map { "unemployment_rate,\($0),\(7 + 0.1 * Double($0 - 2016))\n" }.joined()
      + (2016...2023).map { "rsa_households,\($0),\(20_125 + 125 * ($0 - 2016))\n" }.joined()
    let fixture = try RunsFixture(scenarios: [nil], driverHistory: history)
    defer { fixture.remove() }
    var data = try ReportData.load(fixture.runIDs[0], from: fixture.archive)
    var record = try #require(data.models["chapter/F/D/017"])
    record.driven = try JSONDecoder().decode(
      NodeModelRecord.Driven.self,
      from: Data(
        #"{"line":"rsa","role":"total","model":"m","drivers":["unemployment_rate"],"elasticities":[0.09],"standardErrors":[0.02],"pathRegressors":[[0.1,0.1,0.1]],"contributions":[[1000000,2000000,3000000]],"projectedDrivers":{"rsa_households":[21100,21600,22470]},"firstYear":2016,"lastYear":2023}"#
          .utf8))
    data.models["chapter/F/D/017"] = record
    let french = HTMLReport(data: data, language: .french)
    let table = french.socialSpending()
    let space = "\u{202F}"
    #expect(
      table.contains(
        "<th scope=\"row\">Foyers allocataires du RSA</th><td class=\"num\">20\(space)750</td><td class=\"num\">20\(space)875</td>"
      ), "\(table)")
    #expect(table.contains("<td class=\"num\">21\(space)100 *</td>"), "\(table)")
    #expect(table.contains("<td class=\"num\">22\(space)470 *</td>"), "\(table)")
    #expect(table.contains("* Projection du modèle du RSA"))
    // 21,000 in 2023 to 22,470 in 2026: +7.0 %.
    let rise = ReportLanguage.french.percent(7.0, signed: true)
    #expect(
      french.rsaDrivenClause(record.driven, from: 2023, to: 2026).contains(
        "foyers allocataires suivant le chômage de l'année précédente (\(rise) de 2023 à 2026)"))
    // A run archived before the projection was recorded shows the history alone.
    record.driven?.projectedDrivers = nil
    data.models["chapter/F/D/017"] = record
    let older = HTMLReport(data: data, language: .french)
    #expect(!older.socialSpending().contains(" *</td>"))
    #expect(
      older.rsaDrivenClause(record.driven, from: 2023, to: 2026).hasPrefix(
        "foyers allocataires suivant le chômage de l'année précédente, "))
  }
}

/// Every relation a driver model can estimate has a name in both languages.
@Suite("Driver relations named in words")
struct DriverRelationNameTests {
  @Test func everyDefaultElasticityIsNamed() {
    for name in ScenarioEffects.defaultElasticities.keys {
      for language in [ReportLanguage.french, .english] {
        let words = language.relation(name, lag: 1)
        #expect(words != name && !words.contains("_"), "\(name) in \(language)")
      }
    }
  }
}
