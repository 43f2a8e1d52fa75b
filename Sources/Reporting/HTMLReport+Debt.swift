import Scenarios

extension HTMLReport {
  /// *Dette*: the structure of the existing debt and its extinction profile, the debt
  /// content a ROB must present (CGCT L3312-1, decree 2016-841), from the run's
  /// scenario (the accounts do not hold the loan table).
  func debtSection() -> String {
    let l = language
    guard let debt = data.scenario?.debt else {
      if let year = data.executedDebt.keys.max(), let stock = data.executedDebt[year] {
        return "<p>"
          + HTML.escape(
            l.pick(
              "Encours de la dette au 31 décembre \(year) : \(l.millions(stock)) (solde des comptes d'emprunts et dettes assimilées, chapitre 16, à la balance DGFiP). Le tableau des emprunts ne figure pas dans les comptes : donnez-le dans le scénario (clé debt : encours, durée résiduelle et taux moyen, ou le tableau des emprunts) pour présenter ici sa structure et son profil d'extinction, et calculer l'encours et la capacité de désendettement des années prévues.",
              "Outstanding debt at 31 December \(year): \(l.millions(stock)) (the balance of the borrowing and debt accounts, chapter 16, in the DGFiP balance). The loan table is not in the accounts: give it in the scenario (key debt: stock, residual years and average rate, or the loan table) to present its structure and extinction profile here, and to compute the outstanding debt and debt-to-savings ratio of the forecast years."
            )) + "</p>" + debtHistoryFigure()
      }
      return "<p>"
        + HTML.escape(
          l.pick(
            "L'état de la dette ne figure pas dans les comptes. Donnez-le dans le scénario (clé debt : encours, durée résiduelle et taux moyen, ou le tableau des emprunts) pour présenter ici sa structure et son profil d'extinction, et calculer l'encours et la capacité de désendettement des années prévues.",
            "The debt is not in the accounts. Give it in the scenario (key debt: stock, residual years and average rate, or the loan table) to present its structure and extinction profile here, and to compute the outstanding debt and debt-to-savings ratio of the forecast years."
          )) + "</p>"
    }
    let lastYear = data.historyYears.last ?? 0
    let loans = debt.existingLoans
    let total = loans.reduce(0) { $0 + $1.outstanding }
    let weighted = { (value: (Scenario.Loan) -> Double) -> Double in
      total > 0 ? loans.reduce(0) { $0 + $1.outstanding * value($1) } / total : .nan
    }
    let rate = { (fraction: Double) in
      l.grouped(100 * fraction, decimals: 2) + l.pick("\u{00A0}%", "%")
    }
    let averageRate = weighted(\.rate)
    let averageYears = weighted { Double($0.years) }
    let profile = DebtSchedule(debt: debt).extinction(from: lastYear + 1)
    var html =
      "<p>"
      + HTML.escape(
        debtSummary(
          of: profile, total: total, loans: loans.count, rate: rate(averageRate),
          years: averageYears, lastYear: lastYear)) + "</p>" + stockMismatch(debt, lastYear)
      + debtHistoryFigure()
    html += HTML.table(
      caption: l.pick(
        "Structure de la dette au 31 décembre \(lastYear)",
        "Debt structure at 31 December \(lastYear)"),
      headers: [
        l.pick("Emprunt", "Loan"), l.pick("Encours", "Outstanding"), l.pick("Part", "Share"),
        l.pick("Taux", "Rate"), l.pick("Durée résiduelle (ans)", "Years left"),
        l.pick("Profil", "Profile"),
      ],
      rows: loans.map { loan in
        [
          HTML.escape(loan.name), l.millions(loan.outstanding),
          l.percent(total > 0 ? 100 * loan.outstanding / total : .nan), rate(loan.rate),
          "\(loan.years)", HTML.escape(l.loanProfile(loan.profile)),
        ]
      } + [
        [
          l.pick("Total", "Total"), l.millions(total), l.percent(100), rate(averageRate),
          l.grouped(averageYears, decimals: 1),
          l.pick("taux et durée moyens pondérés", "weighted means"),
        ]
      ], numericColumns: [1, 2, 3, 4])
    html += HTML.table(
      caption: l.pick(
        "Profil d'extinction de la dette existante (sans emprunt nouveau), M€",
        "Extinction of the existing debt (no new borrowing), M€"),
      headers: [
        l.pick("Année", "Year"), l.pick("Capital remboursé", "Capital repaid"),
        l.pick("Intérêts", "Interest"), l.pick("Annuité", "Debt service"),
        l.pick("Encours au 31/12", "Outstanding at 31/12"),
      ],
      rows: profile.map {
        [
          "\($0.year)", l.millions($0.capital), l.millions($0.interest),
          l.millions($0.capital + $0.interest), l.millions($0.outstanding),
        ]
      })
    html +=
      "<p class=\"note\">"
      + HTML.escape(
        l.pick(
          "Les emprunts nouveaux qui comblent le besoin de financement des années prévues, et l'encours qui en résulte, sont au tableau « Dette et capacité de désendettement » de la section Ratios. Emprunts nouveaux : \(debt.newLoanYears) ans à \(rate(debt.newLoanRate)), \(l.loanProfile(debt.newLoanProfile ?? .constant)).",
          "New borrowing closing the financing gap of the forecast years, and the resulting stock, are in the table “Debt and debt-to-savings ratio” of the Ratios section. New loans: \(debt.newLoanYears) years at \(rate(debt.newLoanRate)), \(l.loanProfile(debt.newLoanProfile ?? .constant))."
        )) + "</p>"
    return html
  }

  /// The debt in one sentence: stock, loans, mean rate and life, extinction.
  func debtSummary(
    of profile: [DebtSchedule.ExtinctionYear], total: Double, loans: Int, rate: String,
    years: Double, lastYear: Int
  ) -> String {
    let l = language
    let half = profile.first { $0.outstanding <= total / 2 }?.year
    let end = profile.last?.year
    return l.pick(
      "Encours au 31 décembre \(lastYear) : \(l.millions(total)) en \(loans) emprunt\(loans > 1 ? "s" : ""), au taux moyen de \(rate), durée résiduelle moyenne \(l.grouped(years, decimals: 1))\u{00A0}ans. Sans emprunt nouveau, la moitié du capital serait remboursée fin \(half.map(String.init) ?? "—") et la dette existante éteinte en \(end.map(String.init) ?? "—").",
      "Outstanding at 31 December \(lastYear): \(l.millions(total)) in \(loans) loan\(loans > 1 ? "s" : ""), at a mean rate of \(rate), mean residual life \(l.grouped(years, decimals: 1)) years. Without new borrowing, half the capital would be repaid by the end of \(half.map(String.init) ?? "—") and the existing debt extinguished in \(end.map(String.init) ?? "—")."
    )
  }

  /// A warning when the scenario's stock differs from the accounts' at the end of
  /// `year` (``Scenario/Debt/shortfall(against:)``); empty otherwise.
  func stockMismatch(_ debt: Scenario.Debt, _ year: Int) -> String {
    guard let executed = data.executedDebt[year], let gap = debt.shortfall(against: executed)
    else { return "" }
    let l = language
    return "<p class=\"note\"><strong>"
      + l.pick("Écart avec les comptes", "Gap with the accounts") + "</strong>"
      + l.pick(" : ", ": ")
      + HTML.escape(
        l.pick(
          "le scénario donne un encours de \(l.millions(debt.outstanding)) au 31 décembre \(year), les balances DGFiP \(l.millions(executed)) (comptes d'emprunts et dettes assimilées, chapitre 16), soit \(l.millions(abs(gap))) de \(gap > 0 ? "plus" : "moins") dans les comptes. \(gap > 0 ? "Des emprunts (obligataires, revolving, autres dettes) manquent peut-être au tableau des emprunts. " : "")Les années prévues suivent le scénario.",
          "the scenario gives a stock of \(l.millions(debt.outstanding)) at 31 December \(year), the DGFiP balances \(l.millions(executed)) (borrowing and debt accounts, chapter 16): \(l.millions(abs(gap))) \(gap > 0 ? "more" : "less") in the accounts. \(gap > 0 ? "Loans (bonds, revolving credit, other debts) may be missing from the loan table. " : "")The forecast years follow the scenario."
        )) + "</p>"
  }
}

extension ReportLanguage {
  /// How a loan is repaid, as the debt tables name it.
  func loanProfile(_ profile: Scenario.Loan.Profile) -> String {
    switch profile {
    case .constant: return pick("amortissement constant", "constant capital")
    case .annuity: return pick("échéances constantes", "constant payments")
    case .inFine: return pick("in fine (capital à l'échéance)", "bullet (capital at maturity)")
    }
  }
}
