import Scenarios

extension SensitivityAnalysis.Lever {
  /// The driver's plain-language name.
  public func label(_ l: ReportLanguage) -> String {
    switch self {
    case .unemploymentRate: return l.pick("taux de chômage", "unemployment rate")
    case .rsaHouseholds: return l.pick("foyers allocataires du RSA", "RSA households")
    case .rsaRevaluation: return l.pick("revalorisation du RSA", "RSA revaluation")
    case .rsaBaseAmount: return l.pick("montant forfaitaire du RSA", "RSA base amount")
    case .population75: return l.pick("population de 75\u{00A0}ans et plus", "population aged 75+")
    case .population85: return l.pick("population de 85\u{00A0}ans et plus", "population aged 85+")
    case .pchBeneficiaries: return l.pick("bénéficiaires de la PCH", "PCH beneficiaries")
    case .aseChildren:
      return l.pick(
        "enfants confiés à l'aide sociale à l'enfance", "children in child-welfare care")
    case .realEstateTransactions:
      return l.pick("transactions immobilières", "real-estate transactions")
    case .realEstatePrices: return l.pick("prix immobiliers", "real-estate prices")
    case .inflation: return l.pick("inflation", "inflation")
    case .payIndex: return l.pick("point d'indice", "pay index")
    case .dmtoRate: return l.pick("taux des DMTO", "DMTO rate")
    case .cnraclRate:
      return l.pick("taux de cotisation employeur CNRACL", "CNRACL employer rate")
    case .interestRate: return l.pick("taux d'intérêt des emprunts", "borrowing interest rates")
    }
  }

  /// A change of this lever as read by people: `+1 pt`, `−5 %`, `+0,5 pt` (DMTO rate).
  ///
  /// One decimal, dropped when it is zero (`+1 pt`, not `+1,0 pt`).
  public func change(_ delta: Double, _ l: ReportLanguage) -> String {
    let sign = delta > 0 ? "+" : ""
    let trimmed = { (text: String) in
      text.replacingOccurrences(of: ",0", with: "").replacingOccurrences(of: ".0", with: "")
    }
    if isInPoints {
      return sign + trimmed(l.grouped(delta, decimals: 1)) + l.pick("\u{00A0}pt", " pt")
    }
    if self == .dmtoRate || self == .cnraclRate {
      return sign + trimmed(l.grouped(100 * delta, decimals: 1)) + l.pick("\u{00A0}pt", " pt")
    }
    return sign + trimmed(l.percent(100 * delta))
  }
}

extension SensitivityAnalysis {
  /// The tornado of the effects on gross savings in the last forecast year, and the
  /// table of every test by year.
  public func html(language l: ReportLanguage) -> String {
    let forecastYears = baseline.filter(\.forecast).map(\.year)
    guard let last = forecastYears.last else { return "" }
    var rows: [TornadoChart.Row] = []
    for lever in SensitivityAnalysis.Lever.allCases {
      let mine = tests.filter { $0.lever == lever }
      guard !mine.isEmpty else { continue }
      let effect = { (test: Test) in
        (lever.change(test.delta, l), grossSavingsChange(test, year: last))
      }
      let row = TornadoChart.Row(
        label: lever.label(l), low: mine.first { $0.delta < 0 }.map(effect),
        high: mine.first { $0.delta > 0 }.map(effect))
      // A driver that moves no line of this budget has no bar.
      if row.extent > 0 { rows.append(row) }
    }
    let title = l.pick(
      "Effet de chaque facteur sur l'épargne brute \(last)",
      "Effect of each driver on gross savings in \(last)")
    let description = rows.map { row in
      row.label + " : "
        + [row.low, row.high].compactMap { $0 }.map { "\($0.0) → \(l.signedMillions($0.1))" }
        .joined(
          separator: ", ")
    }.joined(separator: " ; ")
    let chart = TornadoChart(
      title: title, description: description, rows: rows, format: { l.signedMillions($0) })
    var html =
      "<p>"
      + HTML.escape(
        l.pick(
          "Chaque facteur est déplacé seul, les autres inchangés, à partir de \(forecastYears[0]) (le RSA suit le chômage \(l.after(years: unemploymentLag))) ; l'emprunt absorbe la variation de l'épargne nette.",
          "Each driver is moved alone, all else equal, from \(forecastYears[0]) (the RSA follows unemployment \(l.after(years: unemploymentLag))); borrowing absorbs the change in net savings."
        )) + "</p>"
    let svg = chart.svg()
    if !svg.isEmpty {
      html +=
        "<figure>\(svg)<figcaption><strong>\(HTML.escape(title))</strong>. \(HTML.escape(l.pick("Orange : baisse du facteur ; bleu : hausse.", "Vermilion: driver down; blue: driver up.")))</figcaption></figure>"
    }
    let headers =
      [l.pick("Facteur", "Driver"), l.pick("Variation", "Change")]
      + forecastYears.map { "Δ EB \($0)" }
      + [l.pick("Désendettement \(last) (ans)", "Debt-to-savings \(last) (years)")]
    // A driver that moves nothing here (interest rates without a debt in the scenario,
    // a driver no line follows) is named once instead of filling rows of zeros.
    let inert = Set(
      tests.map(\.lever).filter { lever in
        tests.filter { $0.lever == lever }.allSatisfy { test in
          forecastYears.allSatisfy { grossSavingsChange(test, year: $0) == 0 }
        }
      })
    let tableRows = tests.filter { !inert.contains($0.lever) }.map { test in
      [HTML.escape(test.lever.label(l)), HTML.escape(test.lever.change(test.delta, l))]
        + forecastYears.map { l.signedMillions(grossSavingsChange(test, year: $0)) }
        + [
          test.years.first { $0.year == last }?.debtPaydownYears.map { l.grouped($0, decimals: 1) }
            ?? "—"
        ]
    }
    html += HTML.table(
      caption: l.pick(
        "Variation de l'épargne brute par test (M€)", "Change in gross savings by test (M€)"),
      headers: headers, rows: tableRows, numericFrom: 2)
    let named = SensitivityAnalysis.Lever.allCases.filter(inert.contains).map { $0.label(l) }
    if !named.isEmpty {
      html +=
        "<p>"
        + HTML.escape(
          l.pick(
            "Sans effet sur ce budget : \(named.joined(separator: ", ")) (aucune ligne ne suit ce facteur, ou, pour les taux d'intérêt, le scénario ne donne pas de dette).",
            "No effect on this budget: \(named.joined(separator: ", ")) (no line follows the driver, or, for interest rates, the scenario gives no debt)."
          )) + "</p>"
    }
    return html
  }

  /// A self-contained document holding ``html(language:)`` for the run of `data`.
  public func document(for data: ReportData, language l: ReportLanguage) -> String {
    HTML.document(
      language: l, title: l.pick("Sensibilité de l'épargne brute", "Sensitivity of gross savings"),
      subtitle: HTML.escape(
        l.entityKind(data.entityKind) + " " + data.entities.joined(separator: ", ")
          + (data.scenario.map { " · " + l.pick("scénario ", "scenario ") + $0.name } ?? ""))
        + " · run <code>\(data.runID.prefix(12))</code>",
      entities: data.entities, version: data.manifest.engine.version,
      sections: [("sensibilite", l.pick("Sensibilité", "Sensitivity"), html(language: l))],
      footer: HTML.escape(
        l.pick("Produit par budgetcast ", "Produced by budgetcast ") + data.manifest.engine.version
          + " · run " + data.runID))
  }
}

extension ReportLanguage {
  /// A driver's name as a table row or a line starts it: `Taux de chômage`.
  func driverTitle(_ driver: Scenario.Driver) -> String {
    // Every driver a scenario moves is a lever with its label; the population is its own.
    let name = SensitivityAnalysis.Lever(rawValue: driver.rawValue)?.label(self) ?? driver.rawValue
    return name.prefix(1).uppercased() + name.dropFirst()
  }
}
