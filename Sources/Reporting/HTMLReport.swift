import Foundation
import RunArchive

/// The report for elected officials and auditors, as one self-contained HTML file.
///
/// No external request (styles and SVG charts inline), French by default, readable on
/// a phone and printable (A4 page rules with page numbers, which WeasyPrint honours
/// for the PDF), accessible (one `h1`, sections with headings, table captions, chart
/// titles and descriptions). Everything shown comes from ``ReportData``.
public struct HTMLReport: Sendable {
  /// The archived run it renders.
  public let data: ReportData
  /// French or English.
  public let language: ReportLanguage
  /// The savings cascade, and its bands simulated once for every section that shows
  /// them (ratios, thresholds, key messages).
  let ratios: FinancialRatios
  let bands: RatioBands

  /// A report of an archived run in `language`.
  public init(data: ReportData, language: ReportLanguage) {
    self.data = data
    self.language = language
    let summary = data.ratioSummary()
    ratios = summary.cascade
    bands = summary.bands
  }

  /// The whole document.
  public func render() -> String {
    let l = language
    let sections: [(String, String, String)] = [
      ("synthese", l.pick("Synthèse", "Summary"), synthesis()),
      ("atterrissage", l.pick("Atterrissage", "Year-end landing"), landingSection()),
      ("trajectoire", l.pick("Trajectoire", "Trajectory"), trajectory()),
      ("social", l.pick("Dépenses sociales", "Social spending"), socialSpending()),
      ("recettes", l.pick("Recettes", "Revenue"), revenue()),
      ("personnel", l.pick("Personnel", "Personnel"), personnelSection()),
      ("ratios", l.pick("Ratios", "Ratios"), ratiosSection()),
      ("dette", l.pick("Dette", "Debt"), debtSection()),
      (
        "sensibilite", l.pick("Sensibilité", "Sensitivity"),
        SensitivityAnalysis.tornado(data)?.html(language: l) ?? ""
      ),
      ("methodologie", l.pick("Méthodologie", "Methodology"), methodology()),
      ("evaluation", l.pick("Évaluation a posteriori", "Ex-post evaluation"), evaluationSection()),
      ("tracabilite", l.pick("Traçabilité", "Traceability"), traceability()),
    ].filter { ($0.0 != "evaluation" && $0.0 != "atterrissage") || !$0.2.isEmpty }
      // Social spending (RSA, APA, PCH, child welfare) is the départements' competence.
      .filter { $0.0 != "social" || data.entityKind == .departement }
    let years = data.forecastYears
    let executedThrough = data.historyYears.last { $0 != data.provisionalYear } ?? 0
    let anticipated =
      data.provisionalYear.map { " · \($0) \(l.pick("anticipé", "estimated"))" } ?? ""
    let title =
      l.pick("Orientations budgétaires : prévisions ", "Budget orientations: forecasts ")
      // A word joiner after the dash keeps the year range on one line.
      + "\(years.first ?? 0)–\u{2060}\(years.last ?? 0)"
    return HTML.document(
      language: l, title: title,
      subtitle:
        "\(HTML.escape(l.entityKind(data.entityKind))) \(HTML.escape(data.entities.joined(separator: ", "))) · \(HTML.escape(l.pick("exécution", "executed accounts"))) \(data.historyYears.first ?? 0)–\(executedThrough)\(anticipated) · run <code>\(data.runID.prefix(12))</code>",
      entities: data.entities, version: data.manifest.engine.version, sections: sections,
      footer:
        "\(HTML.escape(l.pick("Produit par budgetcast", "Produced by budgetcast"))) \(HTML.escape(data.manifest.engine.version)) · run \(data.runID) · \(HTML.escape(l.pick("rejouable avec", "replayable with"))) <code>budgetcast replay \(data.runID.prefix(12))</code>"
    )
  }

  // MARK: - Building blocks

  /// The fan chart of node `id` (history, forecast and bands).
  func chart(node id: String, title: String) -> String {
    let history = data.historyYears.compactMap { year in
      data.history[id]?[year].map { FanChart.Point(year: year, value: $0) }
    }
    let forecast = data.forecastYears.compactMap { year -> FanChart.Point? in
      guard let cell = data.forecasts[id]?[year] else { return nil }
      return FanChart.Point(
        year: year, value: cell.mean, band80: cell.bounds[80], band95: cell.bounds[95])
    }
    return figure(title: title, history: history, forecast: forecast)
  }

  /// A chart of the sum of the lines that satisfy `include`, with the bands of
  /// ``ReportData/lineSumBands(_:)``.
  func chart(linesWhere include: (String) -> Bool, title: String) -> String {
    let lines = data.lineSum(include)
    let bands = data.lineSumBands(include)
    let history = data.historyYears.compactMap { year in
      lines.history[year].map { FanChart.Point(year: year, value: $0) }
    }
    let forecast = data.forecastYears.compactMap { year in
      lines.forecast[year].map {
        FanChart.Point(year: year, value: $0, band80: bands[year]?[80], band95: bands[year]?[95])
      }
    }
    return figure(title: title, history: history, forecast: forecast)
  }

  func figure(
    title: String, history: [FanChart.Point], forecast: [FanChart.Point],
    thresholds: [(Double, String)] = [], axis: ValueAxis? = nil
  ) -> String {
    let l = language
    guard history.count >= 2 else {
      return "<p class=\"note\">\(HTML.escape(title)) : \(l.pick("pas de données", "no data")).</p>"
    }
    let axis = axis ?? .millions(l)
    let describe = { (points: [FanChart.Point]) in
      points.map { "\($0.year) \(axis.text($0.value))" }.joined(
        separator: ", ")
    }
    let description =
      l.pick("Exécuté : ", "Executed: ") + describe(history) + ". "
      + l.pick("Prévu : ", "Forecast: ") + describe(forecast) + "."
    let chart = FanChart(
      title: title, description: description, history: history, forecast: forecast,
      thresholds: thresholds, axis: axis,
      forecastLabel: l.pick("prévision", "forecast"))
    let legend =
      forecast.contains { $0.band80 != nil }
      ? l.pick(
        "Trait plein : exécuté ; tirets : prévision ; zones : intervalles de prévision à 80\u{00A0}% et 95\u{00A0}%.",
        "Solid: executed; dashed: forecast; shaded: 80% and 95% prediction intervals.")
      : l.pick("Trait plein : exécuté ; tirets : prévision.", "Solid: executed; dashed: forecast.")
    return
      "<figure>\(chart.svg())<figcaption><strong>\(HTML.escape(title))</strong>. \(HTML.escape(legend))</figcaption></figure>"
  }

  /// Euros in millions, marked when a human override made the figure (a forecast, or
  /// a landed run's anticipated year).
  func amount(_ node: String, _ year: Int) -> String {
    let override = data.manifest.overrides.last { $0.node == node && $0.year == year }
    if let value = data.history[node]?[year] {
      return language.millions(value) + (override.map { overrideMark($0) } ?? "")
    }
    guard let cell = data.forecasts[node]?[year] else { return "—" }
    guard cell.overridden else { return language.millions(cell.mean) }
    return language.millions(cell.mean) + overrideMark(override)
  }

  /// ` ✎`, titled with the override's author and reason.
  func overrideMark(_ override: RunManifest.Override?) -> String {
    let note =
      override.map {
        language.pick("Ajusté par ", "Adjusted by ") + "\($0.actor) (\($0.reason))"
      } ?? ""
    return "<span class=\"override\" title=\"\(HTML.escape(note))\"> ✎</span>"
  }

  /// Node `id`'s executed or forecast (central) value in `year`.
  func total(_ id: String, _ year: Int) -> Double? {
    data.history[id]?[year] ?? data.forecasts[id]?[year]?.mean
  }

  /// Growth in percent from `from` to `to`.
  static func growth(_ from: Double, _ to: Double) -> Double {
    from == 0 ? .nan : 100 * (to / from - 1)
  }
}
