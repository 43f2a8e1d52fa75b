extension HTMLReport {
  /// *Synthèse*: six to eight messages in plain language, generated from the numbers.
  func synthesis() -> String {
    scenarioSummary()
      + keyMessages().map { "<li>\($0)</li>" }.joined().wrapped(in: "ul", class: "messages")
  }

  /// The scenario's name, description and assumptions, when the run has one.
  func scenarioSummary() -> String {
    guard let scenario = data.scenario else { return "" }
    let l = language
    var html =
      "<p><strong>\(HTML.escape(l.pick("Scénario : ", "Scenario: ")))\(HTML.escape(scenario.name))</strong>"
    if !scenario.description.isEmpty { html += " — " + HTML.escape(scenario.description) }
    html += "</p>"
    if !scenario.assumptions.isEmpty {
      html += "<p>" + l.pick("Hypothèses :", "Assumptions:") + "</p>"
      html += scenario.assumptions.map { "<li>\(HTML.escape($0))</li>" }.joined().wrapped(in: "ul")
    }
    return html + driverPathTable()
  }

  /// The key messages (HTML-escaped text with emphasis).
  func keyMessages() -> [String] {
    let l = language
    guard let lastYear = data.historyYears.last, let horizon = data.forecastYears.last else {
      return []
    }
    let value = { (node: String, year: Int) in total(node, year) ?? .nan }
    var messages: [String] = []
    if let year = data.provisionalYear, let month = data.landings.first?.throughMonth {
      messages.append(
        l.pick(
          "L'exercice \(year) est <strong>anticipé</strong> à partir de son exécution des \(month) premiers mois (\(data.landings.count) série(s) suivie(s), voir Atterrissage) ; les comptes exécutés s'arrêtent en \(year - 1).",
          "Year \(year) is <strong>estimated</strong> from its first \(month) months of execution (\(data.landings.count) series followed, see Year-end landing); the executed accounts end in \(year - 1)."
        ))
    }
    // From the savings cascade, so that spending, revenue and gross savings agree (with
    // a debt schedule, its interest replaces chapter 66's forecast there).
    let cascade = ratios.years
    let opening = cascade.last { $0.year == lastYear }
    let closing = cascade.last { $0.year == horizon }
    for (measure, name) in [
      (
        \FinancialRatios.Year.operatingSpending,
        l.pick("Les dépenses réelles de fonctionnement", "Operating expenditure")
      ),
      (
        \FinancialRatios.Year.operatingRevenue,
        l.pick("Les recettes réelles de fonctionnement", "Operating revenue")
      ),
    ] {
      let from = opening?[keyPath: measure] ?? .nan
      let to = closing?[keyPath: measure] ?? .nan
      let change = Self.growth(from, to)
      messages.append(
        HTML.escape(name)
          + l.pick(" passeraient de ", " would move from ") + "<strong>\(l.millions(from))</strong>"
          + l.pick(" en \(lastYear) à ", " in \(lastYear) to ")
          + "<strong>\(l.millions(to))</strong>"
          + l.pick(" en \(horizon) ", " in \(horizon) ") + "(\(l.percent(change, signed: true)))."
      )
    }
    if let short = shortHistoryMessage() { messages.append(short) }
    let rsaFrom = value("chapter/F/D/017", lastYear)
    let rsaTo = value("chapter/F/D/017", horizon)
    if rsaFrom.isFinite, rsaTo.isFinite {
      let model = data.models["chapter/F/D/017"]
      let accuracy =
        model?.backtest?.mape.map {
          l.pick(
            "\u{00A0}; erreur moyenne au test rétrospectif\u{00A0}: ", "; mean backtest error: ")
            + l.percent($0)
        } ?? ""
      messages.append(
        l.pick(
          "Le RSA (chapitre 017) évoluerait de ", "RSA spending (chapter 017) would change by ")
          + "<strong>\(l.percent(Self.growth(rsaFrom, rsaTo), signed: true))</strong>"
          + l.pick(
            " entre \(lastYear) et \(horizon), pour atteindre ",
            " between \(lastYear) and \(horizon), to ")
          + "\(l.millions(rsaTo)) ("
          + (model?.driven == nil
            ? l.pick("tendance de sa propre histoire, modèle ", "trend of its own history, model ")
              + HTML.escape(model.map { l.modelName($0.model) } ?? "—")
            : rsaDrivenClause(model?.driven, from: lastYear, to: horizon))
          + HTML.escape(accuracy) + ")"
          + scenarioClause("chapter/F/D/017", horizon) + ".")
    }
    if let split = volumeSplitMessage() { messages.append(split) }
    if let last = opening, let end = closing {
      var text = l.pick("L'épargne brute irait de ", "Gross savings would go from ")
      text += "\(l.millions(last.grossSavings)) (\(l.savingsRate(last.grossSavingsRate)))"
      text += l.pick(" à ", " to ") + "<strong>\(l.millions(end.grossSavings))</strong> "
      text +=
        "(" + l.pick("taux", "rate") + " <strong>\(l.savingsRate(end.grossSavingsRate))</strong>, "
      text += HTML.escape(reading(end.grossSavingsRate))
      let crossings = thresholdCrossings
      text += l.pick(") en \(horizon)", ") in \(horizon)")
      messages.append(text + thresholdClause(.grossSavingsRate, crossings) + ".")
      if let debt = debtMessage(from: last, to: end, cascade: cascade) {
        messages.append(debt + thresholdClause(.debtPaydownYears, crossings) + ".")
      }
    }
    let chapters = data.forecasts.keys.filter { $0.hasPrefix("chapter/F/D/") }
    let changes: [(node: String, change: Double)] = chapters.map {
      ($0, value($0, horizon) - value($0, lastYear))
    }
    // A move that rounds to 0,0 M€ is no move: said as such when no chapter has one.
    let movers = changes.filter { $0.change.isFinite && abs($0.change) >= 0.05e6 }
      .sorted(by: Self.largerMove).prefix(3)
    if movers.isEmpty, !changes.isEmpty {
      messages.append(
        l.pick(
          "Aucun chapitre de dépenses de fonctionnement ne varie de 0,1\u{00A0}M€ ou plus d'ici \(horizon).",
          "No operating expenditure chapter moves by 0.1\u{00A0}M€ or more by \(horizon)."))
    } else if !movers.isEmpty {
      let list = movers.map { mover -> String in
        let code = String(mover.node.split(separator: "/").last ?? "")
        return l.pick("chapitre ", "chapter ") + code + " (" + l.signedMillions(mover.change) + ")"
      }
      messages.append(
        l.pick(
          "Les plus forts mouvements de dépenses de fonctionnement d'ici \(horizon) : ",
          "The largest moves in operating expenditure by \(horizon): ")
          + HTML.escape(list.joined(separator: ", ")) + ".")
    }
    if let (_, evaluation) = data.evaluations.last,
      let wape = evaluation.summary(of: "total")?.wape
    {
      let years = evaluation.years.map(String.init).joined(separator: l.pick(" et ", " and "))
      let chapters = evaluation.summary(of: "chapter")?.wape
      messages.append(
        l.pick(
          "Confrontées aux comptes exécutés de \(years), ces prévisions s'écartaient de \(l.percent(100 * wape)) sur les totaux",
          "Set against the accounts executed in \(years), these forecasts were \(l.percent(100 * wape)) off on the totals"
        )
          + (chapters.map {
            l.pick(
              " et de \(l.percent(100 * $0)) sur les chapitres",
              " and \(l.percent(100 * $0)) on the chapters")
          } ?? "") + l.pick(" (voir Évaluation a posteriori).", " (see Ex-post evaluation)."))
    }
    let overrides = data.manifest.overrides
    messages.append(
      overrides.isEmpty
        ? l.pick(
          "Aucun ajustement manuel : tous les chiffres sont ceux des modèles, rejouables à l'identique.",
          "No manual adjustment: every figure is the models', replayable bit for bit.")
        : l.pick(
          "\(overrides.count) ajustement(s) manuel(s), signalés ✎ et détaillés en Traçabilité (",
          "\(overrides.count) manual adjustment(s), marked ✎ and detailed under Traceability (")
          + HTML.escape(Set(overrides.map(\.actor)).sorted().joined(separator: ", ")) + ").")
    return messages
  }
}

extension HTMLReport {
  /// What the run's scenario adds to `node` in `year`, with its causes (HTML-escaped
  /// text; empty without a scenario effect there).
  func scenarioClause(_ node: String, _ year: Int) -> String {
    let l = language
    let causes = (data.effects[node]?[year] ?? [:]).filter { abs($0.value) >= 0.05e6 }
    let total = causes.values.reduce(0, +)
    guard !causes.isEmpty, abs(total) >= 0.05e6 else { return "" }
    let named = causes.sorted {
      abs($0.value) > abs($1.value) || (abs($0.value) == abs($1.value) && $0.key < $1.key)
    }
    .map { ScenarioComparison.causeLabel($0.key, l) }
    return HTML.escape(
      l.pick(" ; le scénario y ajoute ", "; the scenario adds ") + l.signedMillions(total)
        + l.pick(" en \(year) (", " in \(year) (") + named.joined(separator: ", ") + ")")
  }

  /// The capacité de désendettement and the debt stock from `start` to `end` of
  /// `cascade`, when the scenario gives the debt (HTML-escaped text with emphasis,
  /// without the final full stop).
  func debtMessage(
    from start: FinancialRatios.Year, to end: FinancialRatios.Year,
    cascade: [FinancialRatios.Year]
  ) -> String? {
    let l = language
    guard let opening = start.outstandingDebt, let closing = end.outstandingDebt else { return nil }
    let years = { (year: FinancialRatios.Year) in
      year.debtPaydownYears.map { l.grouped($0, decimals: 1) + l.pick("\u{00A0}ans", " years") }
        ?? l.pick("non définie", "undefined")
    }
    let reading: String
    let (watch, critical) = AlertThreshold.paydownLevels(for: data.entityKind)
    let (w, c) = (l.grouped(watch, decimals: 0), l.grouped(critical, decimals: 0))
    switch end.debtPaydownYears {
    case .none:
      reading = l.pick("épargne brute nulle ou négative", "zero or negative gross savings")
    case .some(let value) where value > critical:
      reading = l.pick("critique, au-delà de \(c)\u{00A0}ans", "critical, beyond \(c) years")
    case .some(let value) where value >= watch:
      reading = l.pick(
        "vigilance, entre \(w) et \(c)\u{00A0}ans", "watch, between \(w) and \(c) years")
    case .some:
      reading = l.pick(
        "sous le seuil de vigilance de \(w)\u{00A0}ans", "below the \(w)-year watch level")
    }
    // Debt per inhabitant beside the ratio, which is unstable when savings shrink
    // (domain brief §3), when the run has a population.
    var perInhabitant = ""
    if let population = PopulationPath(data, years: [end.year])?.values[end.year], population > 0 {
      perInhabitant = HTML.escape(
        l.pick(" (", " (") + l.grouped(closing / population, decimals: 0)
          + l.pick("\u{00A0}€ par habitant)", " € per inhabitant)"))
    }
    let borrowed = cascade.filter(\.forecast).reduce(0.0) { $0 + ($1.newBorrowing ?? 0) }
    return l.pick(
      "La capacité de désendettement passerait de ", "The debt-to-savings ratio would go from ")
      + HTML.escape(years(start)) + l.pick(" en \(start.year) à ", " in \(start.year) to ")
      + "<strong>\(HTML.escape(years(end)))</strong>"
      + l.pick(" en \(end.year) (", " in \(end.year) (")
      + HTML.escape(reading) + l.pick(") ; l'encours de dette de ", "); outstanding debt from ")
      + l.millions(opening) + l.pick(" à ", " to ") + "<strong>\(l.millions(closing))</strong>"
      + perInhabitant + l.pick(", avec ", ", with ") + l.millions(borrowed)
      + l.pick(" d'emprunts nouveaux sur la période", " of new borrowing over the period")
  }

  /// Orders moves by absolute size, then by node for ties.
  static func largerMove(_ a: (node: String, change: Double), _ b: (node: String, change: Double))
    -> Bool
  {
    abs(a.change) != abs(b.change) ? abs(a.change) > abs(b.change) : a.node < b.node
  }
}

extension String {
  /// The text inside an element.
  func wrapped(in element: String, class name: String? = nil) -> String {
    "<\(element)\(name.map { " class=\"\($0)\"" } ?? "")>\(self)</\(element)>"
  }
}
