/// Scenarios side by side as one self-contained HTML document.
///
/// What each scenario assumes, the ratios of each, the differences by chapter, the
/// decomposition of the gross-savings difference by cause, and the reference's
/// sensitivity tornado. Everything comes from archived runs.
public struct ComparisonReport: Sendable {
  /// The runs compared.
  public var comparison: ScenarioComparison
  /// French or English.
  public var language: ReportLanguage
  /// Tornado charts to include (from ``SensitivityAnalysis``), optional.
  public var sensitivity: SensitivityAnalysis?

  /// A comparison report.
  public init(
    comparison: ScenarioComparison, language: ReportLanguage,
    sensitivity: SensitivityAnalysis? = nil
  ) {
    self.comparison = comparison
    self.language = language
    self.sensitivity = sensitivity
  }

  var l: ReportLanguage { language }
  var c: ScenarioComparison { comparison }

  /// The whole document.
  public func render() -> String {
    var sections: [(String, String, String)] = [
      ("scenarios", l.pick("Scénarios comparés", "Scenarios compared"), scenarios()),
      ("ratios", l.pick("Épargne et dette", "Savings and debt"), ratios()),
      ("chapitres", l.pick("Écarts par chapitre", "Differences by chapter"), chapters() + lines()),
      ("causes", l.pick("D'où viennent les écarts", "Where the differences come from"), causes()),
    ]
    if let sensitivity {
      sections.append(
        ("sensibilite", l.pick("Sensibilité", "Sensitivity"), sensitivity.html(language: l)))
    }
    sections.append(("tracabilite", l.pick("Traçabilité", "Traceability"), traceability()))
    let reference = c.runs[0]
    return HTML.document(
      language: l,
      title: l.pick("Comparaison des scénarios ", "Scenario comparison ")
        + "\(c.years.first ?? 0)–\(c.years.last ?? 0)",
      subtitle: HTML.escape(
        l.entityKind(reference.entityKind) + " " + reference.entities.joined(separator: ", ")
          + " · "
          + (0..<c.runs.count).map { c.name($0, l) }.joined(separator: " · ")),
      entities: reference.entities, version: reference.manifest.engine.version,
      sections: sections,
      footer: HTML.escape(
        l.pick("Produit par budgetcast ", "Produced by budgetcast ")
          + reference.manifest.engine.version
          + l.pick(" à partir des runs archivés ", " from archived runs ")
          + c.runs.map { String($0.runID.prefix(12)) }.joined(separator: ", ")))
  }

  /// Each scenario: description, assumptions, and one message on where it lands.
  func scenarios() -> String {
    var html = "<ul class=\"messages\">"
    let last = c.years.last ?? 0
    for i in c.runs.indices {
      let scenario = c.runs[i].scenario
      var item = "<strong>\(HTML.escape(c.name(i, l)))</strong>"
      if let text = scenario?.description, !text.isEmpty {
        item += " — " + HTML.escape(text.hasSuffix(".") ? String(text.dropLast()) : text)
      }
      if let ratio = c.ratio(last, run: i) {
        item +=
          ". " + l.pick("En \(last), épargne brute ", "In \(last), gross savings ")
          + "<strong>\(l.millions(ratio.grossSavings))</strong>"
          + " (\(l.savingsRate(ratio.grossSavingsRate)) \(l.pick("des recettes", "of revenue")))"
        if i > 0, let reference = c.ratio(last, run: 0) {
          item +=
            ", " + l.pick("soit ", "that is ")
            + "<strong>\(signedMillions(ratio.grossSavings - reference.grossSavings))</strong>"
            + l.pick(" par rapport à la référence", " against the reference")
        }
        if let years = ratio.debtPaydownYears {
          item +=
            l.pick("\u{00A0}; capacité de désendettement ", "; debt-to-savings ")
            + "<strong>\(l.grouped(years, decimals: 1)) \(l.pick("ans", "years"))</strong>"
        }
        item += "."
      }
      for assumption in scenario?.assumptions ?? [] {
        item += "<br><small>\(HTML.escape(assumption))</small>"
      }
      for path in HTMLReport.driverPathSummaries(c.runs[i].driverPaths, l) {
        item += "<br><small>\(HTML.escape(path))</small>"
      }
      html += "<li>\(item)</li>"
    }
    return html + "</ul>" + executedMessages()
  }

  typealias ExecutedYear = ScenarioComparison.Executed

  /// For each forecast year executed since: its gross savings and the scenario that
  /// came closest.
  func executedMessages() -> String {
    let items = c.executed.compactMap { executed -> String? in
      guard let (run, gap) = c.closest(to: executed) else { return nil }
      let rate = executed.grossSavingsRate.map { " (\(l.savingsRate($0)))" } ?? ""
      return "<li>"
        + l.pick(
          "Comptes exécutés \(executed.year)\u{00A0}: ", "Executed accounts \(executed.year): ")
        + l.pick("épargne brute ", "gross savings ")
        + "<strong>\(l.millions(executed.grossSavings))</strong>\(rate)"
        + l.pick("\u{00A0}; le scénario le plus proche\u{00A0}: ", "; the closest scenario: ")
        + "<strong>\(HTML.escape(c.name(run, l)))</strong> ("
        + l.pick("écart ", "gap ") + signedMillions(gap) + ").</li>"
    }
    guard !items.isEmpty else { return "" }
    return "<p>"
      + HTML.escape(
        l.pick(
          "Les comptes exécutés depuis ont été rapprochés de ces prévisions (budgetcast evaluate) :",
          "The accounts executed since were compared with these forecasts (budgetcast evaluate):"))
      + "</p><ul class=\"messages\">" + items.joined() + "</ul>"
  }

  /// Ratios of every scenario by year, and the savings-rate chart of all of them.
  func ratios() -> String {
    let lastExecuted = c.runs[0].historyYears.last ?? 0
    let years = [lastExecuted] + c.years
    let headers =
      [l.pick("Scénario", "Scenario")]
      + years.map { c.runs[0].yearLabel($0, l) }
    let millions = { (value: Double?) in value.map { l.millions($0) } ?? "—" }
    let paydown = { (value: Double?) in value.map { l.grouped($0, decimals: 1) } ?? "—" }
    // Each measure read in a scenario's cascade and in the executed accounts.
    let measures:
      [(name: String, text: (FinancialRatios.Year) -> String, executed: (ExecutedYear) -> String)] =
        [
          (
            l.pick("Épargne brute", "Gross savings"), { millions($0.grossSavings) },
            { millions($0.grossSavings) }
          ),
          (
            l.pick("Taux d'épargne brute", "Gross savings rate"),
            { l.savingsRate($0.grossSavingsRate) },
            { $0.grossSavingsRate.map { l.savingsRate($0) } ?? "—" }
          ),
          (
            l.pick("Épargne nette", "Net savings"), { millions($0.netSavings) },
            { millions($0.netSavings) }
          ),
          (
            l.pick("Encours de dette au 31/12", "Outstanding debt at 31/12"),
            { millions($0.outstandingDebt) }, { millions($0.outstandingDebt) }
          ),
          (
            l.pick("Capacité de désendettement (années)", "Debt-to-savings ratio (years)"),
            { paydown($0.debtPaydownYears) }, { paydown($0.debtPaydownYears) }
          ),
        ]
    // The executed accounts, when evaluated since.
    let executed = Dictionary(c.executed.map { ($0.year, $0) }, uniquingKeysWith: { a, _ in a })
    var html = savingsRateChart()
    for (name, text, executedText) in measures {
      var rows = c.runs.indices.map { i in
        [HTML.escape(c.name(i, l))] + years.map { year in c.ratio(year, run: i).map(text) ?? "—" }
      }
      if !executed.isEmpty {
        rows.append(
          ["<em>\(l.pick("Réalisé (comptes exécutés)", "Executed (accounts)"))</em>"]
            + years.map { year in executed[year].map(executedText) ?? "—" })
      }
      html += HTML.table(caption: name, headers: headers, rows: rows)
    }
    return html + debtPerInhabitant(years: years) + thresholds()
  }

  /// By scenario, the year each alert threshold is crossed in the central forecast and
  /// the probability of having crossed it by the last forecast year.
  func thresholds() -> String {
    let horizon = c.years.last ?? 0
    let shown = c.crossings(run: 0).map(\.threshold)
    guard !shown.isEmpty else { return "" }
    let rows = c.runs.indices.map { i -> [String] in
      let crossings = c.crossings(run: i)
      return [HTML.escape(c.name(i, l))]
        + shown.map { threshold in
          guard let crossing = crossings.first(where: { $0.threshold == threshold }) else {
            return "—"
          }
          let year = crossing.firstForecastYear.map(String.init) ?? "—"
          return year + " (" + l.probability(crossing.probability[horizon] ?? 0) + ")"
        }
    }
    return HTML.table(
      caption: l.pick(
        "Seuils d'alerte : année de franchissement dans la prévision centrale (probabilité de l'avoir franchi d'ici \(horizon))",
        "Alert thresholds: year crossed in the central forecast (probability of having crossed by \(horizon))"
      ),
      headers: [l.pick("Scénario", "Scenario")] + shown.map { $0.label(l) }, rows: rows
    )
  }

  /// The reference's savings rate with its simulated bands, the others as lines.
  func savingsRateChart() -> String {
    let reference = c.ratios[0]
    let history = reference.years.filter { !$0.forecast }.suffix(6).map {
      FanChart.Point(year: $0.year, value: $0.grossSavingsRate)
    }
    let band = { (year: Int, level: Double) -> (Double, Double)? in
      guard let band = c.bands[0].bands[year]?[level]?[.grossSavingsRate],
        let lower = band.lower, let upper = band.upper
      else { return nil }
      return (100 * lower, 100 * upper)
    }
    let forecast = reference.years.filter(\.forecast).map {
      FanChart.Point(
        year: $0.year, value: $0.grossSavingsRate, band80: band($0.year, 80),
        band95: band($0.year, 95))
    }
    let others = c.ratios.indices.dropFirst().map { i in
      (
        label: c.name(i, l),
        points: c.ratios[i].years.filter(\.forecast).map {
          FanChart.Point(year: $0.year, value: $0.grossSavingsRate)
        }
      )
    }
    let title = l.pick("Taux d'épargne brute par scénario", "Gross savings rate by scenario")
    let description = (0..<c.runs.count).map { i in
      c.name(i, l) + l.pick(" : ", ": ")
        + c.ratios[i].years.filter(\.forecast).map {
          "\($0.year) \(l.savingsRate($0.grossSavingsRate))"
        }.joined(separator: ", ")
    }.joined(separator: " ; ")
    let chart = FanChart(
      title: title, description: description, history: history, forecast: forecast,
      thresholds: [
        (8, l.pick("seuil 8\u{00A0}%", "8% threshold")), (15, l.pick("15\u{00A0}%", "15%")),
      ],
      axis: .percent(l), forecastLabel: l.pick("prévision", "forecast"),
      comparisons: others, mainLabel: c.name(0, l))
    let legend = l.pick(
      "Zones : intervalles à 80\u{00A0}% et 95\u{00A0}% de la référence, simulés.",
      "Shaded: the reference's simulated 80% and 95% intervals.")
    return
      "<figure>\(chart.svg())<figcaption><strong>\(HTML.escape(title))</strong>. \(HTML.escape(legend))</figcaption></figure>"
  }

  /// `+1,2 M€` / `−1,2 M€`.
  func signedMillions(_ euros: Double) -> String { l.signedMillions(euros) }
}
