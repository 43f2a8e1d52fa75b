import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import RunArchive
import Testing

@testable import Reporting

/// The kind of collectivité a run is made for: inferred from the nomenclatures and
/// recorded, and read by the report (ratios' article, debt levels, social section).
@Suite("Départements, communes and régions")
struct EntityKindReportTests {
  /// The fixture's accounts with their nomenclature renamed.
  static func accounts(_ nomenclature: String) -> String {
    BudgetFixture.longCSV().replacingOccurrences(of: ",CA,M57,", with: ",CA,\(nomenclature),")
  }

  @Test func theKindIsInferredFromTheNomenclaturesAndRecorded() throws {
    let scratch = try ScratchArchive("entity-kind")
    defer { scratch.remove() }
    let parameters = RunParameters(
      horizon: 1, model: "naive", reconciliation: "ols", includeOrder: false, backtestHorizon: 0)
    for (nomenclature, kind) in [
      ("M57", EntityKind.departement), ("M52", .departement), ("M14", .commune), ("M71", .region),
    ] {
      let run = try scratch.record(
        try scratch.file("\(nomenclature).csv", Self.accounts(nomenclature)), parameters)
      #expect(try scratch.archive.manifest(run).parameters.entityKind == kind, "\(nomenclature)")
    }
    var given = parameters
    given.entityKind = .region
    let run = try scratch.record(try scratch.file("given.csv", Self.accounts("M14")), given)
    #expect(try scratch.archive.manifest(run).parameters.entityKind == .region)
    // M52 beside M14 (two collectivités' files) says nothing.
    let text =
      Self.accounts("M52")
      + Self.accounts("M14").split(separator: "\n").dropFirst()
      .map { $0.replacingOccurrences(of: "D999,", with: "C001,") }.joined(separator: "\n") + "\n"
    let mixed = try LongBudgetFormat.read(
      try DelimitedTable(bytes: Array(text.utf8), file: "mixed.csv"))
    #expect(EntityKind.inferred(from: mixed) == nil)
  }

  @Test func aCommuneReportReadsItsOwnArticleAndCeilings() throws {
    let scratch = try ScratchArchive("commune-report")
    defer { scratch.remove() }
    var parameters = ScratchArchive.quickRun
    parameters.entityKind = .commune
    let run = try scratch.record(
      try scratch.file("accounts.csv", Self.accounts("M57")), parameters,
      scenario: try scratch.file("debt.yaml", RunsFixture.debtScenario))
    let data = try ReportData.load(run, from: scratch.archive)
    let html = HTMLReport(data: data, language: .french).render()
    #expect(html.contains("Commune D999"))
    #expect(html.contains("article R2313-1 du CGCT"))
    #expect(!html.contains("id=\"social\""))
    // Its revenue: its largest chapters (75, 74, 73 in the fixture), not a département's
    // transfer taxes, VAT fraction and DGF, whose accounts a commune's plan numbers
    // otherwise.
    let chapter75 = "<strong>" + HTML.escape(ReportLanguage.french.chapter("75")) + "</strong>"
    #expect(html.contains(chapter75))
    #expect(!html.contains("Droits de mutation (DMTO"))
    let json = String(decoding: try ReportExport.json(data), as: UTF8.self)
    #expect(json.contains("\"statutoryRatiosArticle\" : \"R2313-1\""))
    #expect(json.contains("\"entityKind\" : \"commune\""))
    #expect(html.contains("vigilance vers 11\u{00A0}ans, critique au-delà de 13\u{00A0}ans"))
    let keys = ThresholdCrossing.all(
      FinancialRatios(data), bands: data.ratioSummary().bands
    )
    .map(\.threshold.key)
    #expect(keys.contains("debt_paydown_years_above_13"))
    #expect(!keys.contains("debt_paydown_years_above_12"))
    // The same run as a département: its article and the social section.
    parameters.entityKind = .departement
    let departement = try scratch.record(
      try scratch.file("accounts-d.csv", Self.accounts("M57")), parameters,
      scenario: try scratch.file("debt-d.yaml", RunsFixture.debtScenario))
    let other = HTMLReport(
      data: try ReportData.load(departement, from: scratch.archive), language: .french
    ).render()
    #expect(other.contains("article R3313-1 du CGCT") && other.contains("id=\"social\""))
    #expect(other.contains("Droits de mutation (DMTO") && !other.contains(chapter75))
    #expect(other.contains("Département D999"))
  }
}
