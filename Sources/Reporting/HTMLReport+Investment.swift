extension HTMLReport {
  /// How investment is financed, by year, as the ROB presents it (decree 2016-841).
  ///
  /// Equipment spending (without the capital repaid), its revenue without loans, net
  /// savings and the borrowing that closes the gap; with a multi-year investment
  /// programme in the scenario, the programme and the trend forecast it replaces.
  func investmentFinancing() -> String {
    let l = language
    let (years, headers) = tableYears()
    let cascade = ratios.years
    let programme = data.scenario?.investmentProgramme ?? [:]
    let row = { (name: String, value: (Int, FinancialRatios.Year) -> Double?) -> [String] in
      [HTML.escape(name)]
        + years.map { year in
          guard let ratios = cascade.first(where: { $0.year == year }),
            let amount = value(year, ratios), amount.isFinite
          else { return "—" }
          return l.millions(amount)
        }
    }
    var rows: [[String]] = []
    if !programme.isEmpty {
      rows.append(
        row(
          l.pick(
            "Programme pluriannuel d'investissement (scénario)", "Investment programme (scenario)")
        ) {
          year, _ in programme[year]
        })
      rows.append(
        row(l.pick("Prolongement tendanciel qu'il remplace", "Trend forecast it replaces")) {
          year, ratios in
          guard programme[year] != nil else { return nil }
          let effect = data.effects["section/I/D"]?[year]?["investment_programme"] ?? 0
          return ratios.investmentSpending - effect
        })
    }
    rows += [
      row(
        l.pick(
          "Dépenses d'équipement et autres (hors chapitre 16 : remboursement de la dette, mouvements de trésorerie)",
          "Investment spending (without chapter 16: debt repayment, treasury movements)")
      ) { $1.investmentSpending },
      row(l.pick("Recettes d'investissement hors emprunts", "Investment revenue without loans")) {
        $1.investmentRevenueWithoutLoans
      },
      row(l.pick("Épargne nette", "Net savings")) { $1.netSavings },
      row(
        l.pick(
          "Emprunts (reçus ; prévus : besoin de financement)",
          "Borrowing (received; forecast: financing gap)")
      ) { $1.borrowing },
    ]
    let note = l.pick(
      programme.isEmpty
        ? "Sans programme pluriannuel dans le scénario, les dépenses d'investissement prolongent leur tendance. Les autorisations de programme et crédits de paiement (AP/CP) ne figurent pas dans les comptes : le programme retenu se donne dans le scénario (levers.investment_programme), qui remplace alors cette tendance."
        : "Le programme du scénario remplace la tendance des dépenses d'équipement les années où il est donné ; les autorisations de programme et crédits de paiement (AP/CP) eux-mêmes ne figurent pas dans les comptes.",
      programme.isEmpty
        ? "Without a multi-year programme in the scenario, investment spending extends its trend. Programme authorisations and payment appropriations (AP/CP) are not in the accounts: the programme adopted is given in the scenario (levers.investment_programme), which then replaces that trend."
        : "The scenario's programme replaces the trend of investment spending in the years it gives; programme authorisations and payment appropriations (AP/CP) themselves are not in the accounts."
    )
    return HTML.table(
      caption: l.pick(
        "Financement de l'investissement (opérations réelles)",
        "Financing of investment (real operations)"),
      headers: headers, rows: rows) + "<p class=\"note\">" + HTML.escape(note) + "</p>"
  }
}
