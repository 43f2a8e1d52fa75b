import Scenarios

extension HTMLReport {
  /// *Trajectoire*: the four sections, history and forecast.
  func trajectory() -> String {
    let l = language
    let sections: [(String, String)] = [
      ("section/F/D", l.pick("Dépenses réelles de fonctionnement", "Operating expenditure")),
      ("section/F/R", l.pick("Recettes réelles de fonctionnement", "Operating revenue")),
      ("section/I/D", l.pick("Dépenses réelles d'investissement", "Investment expenditure")),
      ("section/I/R", l.pick("Recettes réelles d'investissement", "Investment revenue")),
    ]
    var html =
      "<p>"
      + l.pick(
        "Opérations réelles, en millions d'euros. Les prévisions de chaque ligne sont réconciliées pour que lignes, chapitres, sections et totaux s'additionnent exactement.",
        "Real operations, millions of euros. Line forecasts are reconciled so that lines, chapters, sections and totals add up exactly."
      )
      + "</p>"
    html += sections.map { chart(node: $0.0, title: $0.1) }.joined()
    html += yearTable(
      caption: l.pick("Trajectoire par section (M€)", "Trajectory by section (M€)"),
      nodes: sections)
    return html + investmentFinancing() + scheduleNote()
  }

  /// With a debt schedule, the ratios take chapter 66 from it: says by how much the
  /// operating spending there differs from the forecast above, in the last year.
  func scheduleNote() -> String {
    let l = language
    guard data.scenario?.debt != nil, let year = data.forecastYears.last,
      let forecast = data.forecasts["section/F/D"]?[year]?.mean,
      let scheduled = ratios.years.last(where: { $0.year == year })?.operatingSpending,
      abs(scheduled - forecast) >= 0.05e6
    else { return "" }
    return "<p class=\"note\">"
      + HTML.escape(
        l.pick(
          "Les ratios, la synthèse et la dette prennent les intérêts de la dette (chapitre 66) des années prévues dans l'échéancier des emprunts plutôt que dans leur prévision : les dépenses réelles de fonctionnement de \(year) y sont de \(l.millions(scheduled)), contre \(l.millions(forecast)) ci-dessus.",
          "Ratios, summary and debt take the interest (chapter 66) of the forecast years from the loan schedule rather than from its forecast: operating expenditure in \(year) is \(l.millions(scheduled)) there, against \(l.millions(forecast)) above."
        )) + "</p>"
  }

  /// A table of nodes by year: last three executed years and every forecast year.
  func yearTable(caption: String, nodes: [(String, String)]) -> String {
    let (years, headers) = tableYears()
    let rows = nodes.map { node, name in [HTML.escape(name)] + years.map { amount(node, $0) } }
    return HTML.table(caption: caption, headers: headers, rows: rows)
  }

  /// The years of a table by year (last three executed, every forecast) and its
  /// headers, forecast years marked.
  func tableYears() -> (years: [Int], headers: [String]) {
    let years = Array(data.historyYears.suffix(3)) + data.forecastYears
    let headers =
      [language.pick("Poste", "Item")]
      + years.map { data.yearLabel($0, language) }
    return (years, headers)
  }

  /// *Dépenses sociales*: RSA, APA, PCH and child welfare.
  func socialSpending() -> String {
    let l = language
    var html =
      "<p>"
      + l.pick(
        "Les allocations individuelles de solidarité et l'aide sociale à l'enfance forment le cœur des dépenses de fonctionnement. RSA et APA ont leurs chapitres (017 et 016) ; la PCH est isolée par ses natures (6511211/2) et l'aide sociale à l'enfance par sa fonction Famille et enfance (51 en M52, 421 en M57), le chapitre 65 de celle-ci suivant les enfants confiés.",
        "Individual solidarity allowances and child welfare are the core of operating spending. RSA and APA have their own chapters (017 and 016); PCH is isolated by its accounts (6511211/2) and child welfare by its function Famille et enfance (51 in M52, 421 in M57), its chapter 65 following the children in care."
      )
      + "</p>"
    html += chart(node: "chapter/F/D/017", title: l.pick("RSA (chapitre 017)", "RSA (chapter 017)"))
    html += chart(node: "chapter/F/D/016", title: l.pick("APA (chapitre 016)", "APA (chapter 016)"))
    html += chart(
      linesWhere: { data.drivenLine(of: $0) == .pch },
      title: l.pick("PCH (natures 6511211/2)", "PCH (accounts 6511211/2)"))
    html += chart(
      linesWhere: isChildWelfare,
      title: l.pick(
        "Aide sociale à l'enfance (fonctions 51 et 421)", "Child welfare (functions 51 and 421)"))
    html += driverTable(
      [
        .unemploymentRate, .rsaHouseholds, .rsaBaseAmount, .population75, .population85,
        .pchBeneficiaries, .aseChildren,
      ],
      caption: l.pick(
        "Moteurs des dépenses sociales", "Drivers of social spending"))
    html += "<p class=\"note\">" + driverNote() + "</p>"
    html += volumeSplitTable()
    return html
  }

  /// *Recettes*: a département's DMTO, VAT fraction and DGF, or, for another kind of
  /// collectivité, whose plan numbers those accounts otherwise (a commune's 7321 is its
  /// attribution de compensation), its main revenue chapters; then every revenue chapter.
  func revenue() -> String {
    let l = language
    var html =
      data.entityKind == .departement ? departementRevenueCharts() : chapterRevenueCharts()
    let chapters = data.history.keys.filter { $0.hasPrefix("chapter/F/R/") }.sorted()
    html += yearTable(
      caption: l.pick(
        "Recettes réelles de fonctionnement par chapitre (M€)",
        "Operating revenue by chapter (M€)"),
      nodes: chapters.map {
        ($0, l.chapter(String($0.split(separator: "/").last ?? "")))
      })
    return html
  }

  /// A département's transfer taxes, VAT fraction and DGF, and the transfer taxes' drivers.
  func departementRevenueCharts() -> String {
    let l = language
    var html = chart(
      linesWhere: { $0.hasPrefix("line/F/R/73/7321") || $0.hasPrefix("line/F/R/73/7322") },
      title: l.pick(
        "Droits de mutation (DMTO, 7321/7322)", "Real-estate transfer taxes (DMTO, 7321/7322)"))
    html += chart(
      linesWhere: { $0.hasPrefix("line/F/R/73/7352") },
      title: l.pick("Fraction de TVA (7352)", "VAT fraction (7352)"))
    html += chart(
      linesWhere: { $0.hasPrefix("line/F/R/74/7411") },
      title: l.pick("Dotation globale de fonctionnement (7411)", "Main state grant, DGF (7411)"))
    html += driverTable(
      [.realEstateTransactions, .realEstatePrices],
      caption: l.pick(
        "Moteurs des droits de mutation", "Drivers of transfer taxes"))
    return html
  }

  /// The three largest operating revenue chapters of the last executed year, each a chart.
  func chapterRevenueCharts() -> String {
    let l = language
    guard let last = data.historyYears.last else { return "" }
    let largest = data.history.keys.filter { $0.hasPrefix("chapter/F/R/") }
      .map { ($0, data.history[$0]?[last] ?? 0) }
      .sorted { ($0.1, $1.0) > ($1.1, $0.0) }
      .prefix(3)
    return largest.map { node, _ in
      let chapter = String(node.split(separator: "/").last ?? "")
      return chart(node: node, title: l.chapter(chapter))
    }.joined()
  }

  /// Whether line `node` is child-welfare spending, in every chapter: the function
  /// *Famille et enfance* (51… in M52, 421… in M57: ``DrivenLine/isChildWelfare(function:plan:)``, in the plan of
  /// the line's last executed year),
  /// or a line the M52 → M57 bridge joined to its M52 history there (an export that
  /// re-codes the function otherwise).
  func isChildWelfare(_ node: String) -> Bool {
    guard node.hasPrefix("line/F/D/") else { return false }
    let function = Self.function(of: node)
    if DrivenLine.isChildWelfare(function: function, plan: data.functionalPlan(of: node)) {
      return true
    }
    let parts = node.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 6 else { return false }
    return data.bridge?.links.contains {
      $0.section == .operating && $0.direction == .expenditure && $0.chapter == parts[3]
        && $0.account == parts[4] && $0.toFunction == function && $0.fromFunction.hasPrefix("51")
    } ?? false
  }

  /// The function code of a line node ID (`line/S/D/chapter/account/function`).
  static func function(of node: String) -> String {
    String(node.split(separator: "/", omittingEmptySubsequences: false).last ?? "")
  }
}
