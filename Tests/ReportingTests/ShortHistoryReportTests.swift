import BudgetcastTestSupport
import Foundation
import RunArchive
import Testing

@testable import Reporting

/// A département with a few years of accounts: the ensemble carries every line's last
/// value forward, and the synthesis says so instead of listing 0,0 M€ "moves".
@Suite("Report of a short history")
struct ShortHistoryReportTests {
  /// The report of an ensemble run on `years` years of the fixture (from 2015).
  static func report(years: Int, language: ReportLanguage) throws -> String {
    let scratch = try ScratchArchive("short-report")
    defer { scratch.remove() }
    let run = try scratch.record(
      try scratch.file("accounts.csv", BudgetFixture.longCSV(years: years)),
      RunParameters(horizon: 3, model: "ensemble", reconciliation: "ols", includeOrder: false))
    return HTMLReport(data: try ReportData.load(run, from: scratch.archive), language: language)
      .render()
  }

  @Test func fiveYearsAreCarriedForwardAndSaidSo() throws {
    let html = try Self.report(years: 5, language: .french)
    #expect(html.contains("<strong>Historique court</strong> : 5 exercices exécutés (2015–2019)"))
    #expect(html.contains("En deçà de 7, une ligne est prolongée"))
    #expect(html.contains("36 lignes sur 36 le sont"))
    // Flat chapters are no "largest moves".
    #expect(!html.contains("Les plus forts mouvements"))
    #expect(html.contains("Aucun chapitre de dépenses de fonctionnement ne varie"))
    #expect(html.contains("modèle naïf"))
    let english = try Self.report(years: 5, language: .english)
    #expect(english.contains("<strong>Short history</strong>: 5 executed years (2015–2019)"))
  }

  @Test func aLongEnoughHistoryHasNoSuchMessage() throws {
    let html = try Self.report(years: 9, language: .french)
    #expect(!html.contains("Historique court"))
    // The backtest table names the levels in French.
    #expect(html.contains(">Chapitres<") && html.contains(">Lignes<"))
    #expect(!html.contains(">chapter<") && !html.contains(">line<"))
    #expect(html.contains("Les plus forts mouvements"))
  }
}
