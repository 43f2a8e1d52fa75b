extension HTMLReport {
  /// The French reading of a savings rate.
  func reading(_ rate: Double) -> String {
    let l = language
    switch FinancialRatios.reading(rate) {
    case .comfortable:
      return l.pick("confortable, au-dessus de 15\u{00A0}%", "comfortable, above 15%")
    case .fair: return l.pick("correct, entre 8 et 15\u{00A0}%", "fair, between 8 and 15%")
    case .weak: return l.pick("faible, sous 8\u{00A0}%", "weak, below 8%")
    case .deficit: return l.pick("déficitaire, sous 0", "deficit, below 0")
    case .unknown: return l.pick("n.d.", "n/a")
    }
  }

  /// The largest bound of the capacité de désendettement's band shown as a number.
  ///
  /// Beyond it a bound reads "> 30": twice a loan's usual 15-year term, past which the
  /// ratio, which grows without bound as gross savings near zero, says only that they
  /// are thin (the demo's 80 % band for 2027 reached 1,233 years). Spreadsheets and
  /// JSON keep the number.
  static let paydownBandCeiling = 30.0

  /// A bound of the capacité de désendettement's band, in years: "12,3", or "> 30"
  /// beyond ``paydownBandCeiling`` (HTML).
  func paydownBound(_ years: Double) -> String {
    let l = language
    return years > Self.paydownBandCeiling
      ? "&gt;\u{00A0}" + l.grouped(Self.paydownBandCeiling, decimals: 0)
      : l.grouped(years, decimals: 1)
  }

  /// *Ratios*: the savings cascade, the savings rate against its thresholds, and the
  /// statutory ratios.
  func ratiosSection() -> String {
    let l = language
    let years = ratios.years.suffix(data.forecastYears.count + 2)
    let band = {
      (year: FinancialRatios.Year, measure: RatioBands.Measure, text: (Double) -> String)
        -> String in
      guard let band = bands.bands[year.year]?[80]?[measure] else { return "—" }
      return "\(band.lower.map(text) ?? "…") –<br>\(band.upper.map(text) ?? "…")"
    }
    let headers =
      [l.pick("Indicateur", "Indicator")]
      + years.map { data.yearLabel($0.year, l) }
    let row = { (name: String, value: (FinancialRatios.Year) -> String) in
      [HTML.escape(name)] + years.map(value)
    }
    // Two tables, savings then debt, so that each fits a printed page.
    let savingsRows = [
      row(l.pick("Recettes réelles de fonctionnement", "Operating revenue")) {
        l.millions($0.operatingRevenue)
      },
      row(l.pick("Dépenses réelles de fonctionnement", "Operating expenditure")) {
        l.millions($0.operatingSpending)
      },
      row(l.pick("dont intérêts de la dette (66)", "of which interest (66)")) {
        l.millions($0.interest)
      },
      row(l.pick("Épargne de gestion", "Management savings")) { l.millions($0.managementSavings) },
      row(l.pick("Épargne brute", "Gross savings")) { l.millions($0.grossSavings) },
      row(l.pick("Épargne brute, intervalle à 80\u{00A0}%", "Gross savings, 80% interval")) {
        band($0, .grossSavings) { l.millions($0) }
      },
      row(l.pick("Taux d'épargne brute", "Gross savings rate")) {
        l.savingsRate($0.grossSavingsRate)
      },
      row(l.pick("Lecture du taux", "Reading")) {
        // The first word only ("correct", "faible"…): the thresholds are in the chart.
        HTML.escape(
          self.reading($0.grossSavingsRate).split(separator: ",").first.map(String.init) ?? "")
      },
    ]
    let debtRows = [
      row(l.pick("Remboursement du capital (chapitre 16)", "Capital repayment (chapter 16)")) {
        l.millions($0.capitalRepayment)
      },
      row(l.pick("Épargne nette", "Net savings")) { l.millions($0.netSavings) },
      row(l.pick("Emprunts nouveaux (besoin de financement)", "New borrowing (financing gap)")) {
        $0.newBorrowing.map { l.millions($0) } ?? "—"
      },
      row(l.pick("Encours de dette au 31/12", "Outstanding debt at 31/12")) {
        $0.outstandingDebt.map { l.millions($0) } ?? l.pick("n.d.¹", "n/a¹")
      },
      row(l.pick("Capacité de désendettement (années)", "Debt-to-savings ratio (years)")) {
        $0.debtPaydownYears.map { l.grouped($0, decimals: 1) } ?? l.pick("n.d.¹", "n/a¹")
      },
      row(
        l.pick(
          "Capacité de désendettement, intervalle à 80\u{00A0}%", "Debt-to-savings, 80% interval")
      ) {
        band($0, .debtPaydownYears, paydownBound)
      },
    ]
    var html = HTML.table(
      caption: l.pick(
        "Cascade d'épargne et ratios (opérations réelles)",
        "Savings cascade and ratios (real operations)"),
      headers: headers, rows: savingsRows)
    html += HTML.table(
      caption: l.pick("Dette et capacité de désendettement", "Debt and debt-to-savings ratio"),
      headers: headers, rows: debtRows)
    html += thresholdTable(thresholdCrossings)
    let points = ratios.years.map { year in
      let rate = { (level: Double) -> (Double, Double)? in
        guard let band = bands.bands[year.year]?[level]?[.grossSavingsRate],
          let lower = band.lower, let upper = band.upper
        else { return nil }
        return (100 * lower, 100 * upper)
      }
      return FanChart.Point(
        year: year.year, value: year.grossSavingsRate, band80: rate(80), band95: rate(95))
    }
    html += figure(
      title: l.pick("Taux d'épargne brute", "Gross savings rate"),
      history: points.filter { !data.forecastYears.contains($0.year) },
      forecast: points.filter { data.forecastYears.contains($0.year) },
      thresholds: [
        (8, l.pick("seuil de faiblesse 8\u{00A0}%", "weak below 8%")),
        (15, l.pick("confort 15\u{00A0}%", "comfortable above 15%")),
      ],
      axis: .percent(l))
    let levels = AlertThreshold.paydownLevels(for: data.entityKind)
    let (watch, critical) = (
      l.grouped(levels.watch, decimals: 0), l.grouped(levels.critical, decimals: 0)
    )
    let ceiling = l.grouped(Self.paydownBandCeiling, decimals: 0)
    html +=
      "<p class=\"note\">¹ "
      + l.pick(
        "La capacité de désendettement (encours de dette au 31 décembre / épargne brute ; vigilance vers \(watch)\u{00A0}ans, critique au-delà de \(critical)\u{00A0}ans) demande l'encours de la dette, qui ne figure pas dans les comptes : il vient du scénario (encours au 31 décembre du dernier exercice) ; l'emprunt nouveau comble le besoin de financement de l'investissement et l'encours suit encours précédent − remboursement + emprunt. Sans encours dans le scénario, elle n'est pas disponible (n.d.). Avec un encours, les intérêts et le remboursement du capital des années prévues viennent de l'échéancier : les emprunts existants (tableau d'emprunts du scénario, ou l'encours remboursé en capital constant sur sa durée résiduelle au taux moyen) et les emprunts nouveaux (capital constant sur leur durée, dès l'année suivante). Les ratios des années prévues sont calculés sur les prévisions centrales ; leurs intervalles viennent de \(bands.paths) trajectoires simulées des recettes et dépenses de chaque section, tirées dans leurs intervalles de prévision avec la corrélation observée dans les comptes, l'échéancier suivant chaque trajectoire ; « … » signale une borne non définie (épargne brute nulle ou négative), « >\u{00A0}\(ceiling) » une borne au-delà de \(ceiling)\u{00A0}ans, deux fois la durée d'un emprunt, où le ratio ne dit plus que la faiblesse de l'épargne brute.",
        "The debt-to-savings ratio (outstanding debt at 31 December / gross savings; watch around \(watch) years, critical beyond \(critical)) needs the debt stock, which the accounts do not hold: it comes from the scenario (stock at 31 December of the last executed year); new borrowing closes the investment financing gap and the stock follows previous stock − repayment + borrowing. Without a stock in the scenario it is unavailable (n/a). With one, interest and capital repayment in forecast years come from the schedule: existing loans (the scenario's loan table, or the stock repaid in constant capital over its residual years at its average rate) and new loans (constant capital over their term, from the following year). Ratios for forecast years use the central forecasts; their intervals come from \(bands.paths) simulated paths of each section's revenue and spending, drawn within their prediction intervals with the correlation seen in the accounts, the schedule following each path; “…” marks an undefined bound (zero or negative gross savings), “> \(ceiling)” a bound beyond \(ceiling) years, twice a loan's term, where the ratio only says that gross savings are thin."
      )
      + (data.executedDebt.isEmpty
        ? ""
        : " "
          + l.pick(
            "L'encours des exercices exécutés est le solde créditeur des comptes d'emprunts et dettes assimilées (chapitre 16, hors intérêts courus et primes de remboursement des obligations, comme le décret d'application de la loi de programmation du 22 janvier 2018 le définit) des balances DGFiP importées ; emprunts et remboursements sont ceux du chapitre 16, hors mouvements de trésorerie (option de tirage sur ligne de trésorerie, remboursements temporaires, refinancements).",
            "The outstanding debt of executed years is the closing credit balance of the borrowing and debt accounts (chapter 16, without accrued interest and bond redemption premiums, as the decree applying the programming law of 22 January 2018 defines it) in the imported DGFiP balances; loans and repayments are chapter 16's, without treasury movements (drawing option on a treasury line, temporary repayments, refinancing)."
          ))
      + "</p>"
    html += statutoryRatiosTable()
    return html
  }
}
