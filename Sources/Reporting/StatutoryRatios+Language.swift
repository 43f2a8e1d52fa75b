extension StatutoryRatios.Ratio {
  /// The ratio as the law words it, with its unit.
  func label(_ l: ReportLanguage) -> String {
    let perInhabitant = l.pick(
      " / population (€\u{00A0}par habitant)", " / population (€ per inhabitant)")
    switch self {
    case .operatingSpendingPerInhabitant:
      return l.pick("Dépenses réelles de fonctionnement", "Real operating spending") + perInhabitant
    case .directTaxesPerInhabitant:
      return l.pick("Produit des impositions directes", "Direct taxes") + perInhabitant
    case .operatingRevenuePerInhabitant:
      return l.pick("Recettes réelles de fonctionnement", "Real operating revenue") + perInhabitant
    case .equipmentPerInhabitant:
      return l.pick("Dépenses d'équipement brut", "Gross equipment spending") + perInhabitant
    case .debtPerInhabitant:
      return l.pick("Encours de la dette", "Outstanding debt") + perInhabitant
    case .dgfPerInhabitant:
      return l.pick("Dotation globale de fonctionnement", "DGF (state operating grant)")
        + perInhabitant
    case .personnelShare:
      return l.pick(
        "Dépenses de personnel / dépenses réelles de fonctionnement",
        "Personnel spending / real operating spending")
    case .rigidityShare:
      return l.pick(
        "Dépenses réelles de fonctionnement et remboursement de la dette en capital / recettes réelles de fonctionnement",
        "Real operating spending and capital repaid / real operating revenue")
    case .equipmentShare:
      return l.pick(
        "Dépenses d'équipement brut / recettes réelles de fonctionnement",
        "Gross equipment spending / real operating revenue")
    case .debtShare:
      return l.pick(
        "Encours de la dette / recettes réelles de fonctionnement",
        "Outstanding debt / real operating revenue")
    }
  }

  /// A value of the ratio: `1 234 €` per inhabitant, `23,4 %` otherwise.
  func format(_ value: Double, _ l: ReportLanguage) -> String {
    isPerInhabitant
      ? l.grouped(value, decimals: 0) + "\u{00A0}€" : l.percent(100 * value)
  }
}

extension StatutoryRatios {
  /// What the statutory ratios leave out, the accounts they read and where their
  /// population comes from; `directTaxes`: whether ratio 2 is shown.
  func note(_ l: ReportLanguage, directTaxes: Bool) -> String {
    var note = l.pick(
      "Dépenses d'équipement brut : chapitres 20, 21 et 23 (hors subventions d'équipement versées, 204) ; impositions directes : comptes 7311 ; DGF : comptes 741 ; personnel : chapitre 012. Le ratio 8 (coefficient de mobilisation du potentiel fiscal) demande le potentiel fiscal calculé par l'État, absent des comptes : il n'est pas donné. Les encours viennent du scénario, comme la capacité de désendettement ; les années prévues sont calculées sur les prévisions centrales.",
      "Gross equipment spending: chapters 20, 21 and 23 (without equipment grants paid, 204); direct taxes: accounts 7311; DGF: accounts 741; personnel: chapter 012. Ratio 8 (the coefficient de mobilisation du potentiel fiscal) needs the fiscal potential the State computes, which is not in the accounts: it is not given. Debt stocks come from the scenario, as for the debt-to-savings ratio; forecast years use the central forecasts."
    )
    if !directTaxes {
      note += l.pick(
        " Le ratio 2 n'est pas donné : les comptes de ces années n'ont pas d'impositions directes (comptes 7311), que les départements ont perdues avec le transfert de la taxe foncière en 2021 et de la CVAE en 2023.",
        " Ratio 2 is not given: the accounts of these years have no direct taxes (accounts 7311), which départements lost when the property tax went to communes in 2021 and the CVAE to the State in 2023."
      )
    }
    guard let population else {
      return note
        + l.pick(
          " Les ratios par habitant (1 à 6) demandent la population : donnez-la dans l'historique des moteurs (--driver-history, ligne population,ANNÉE,HABITANTS).",
          " The per-inhabitant ratios (1 to 6) need the population: give it in the driver history (--driver-history, a row population,YEAR,INHABITANTS)."
        )
    }
    note += l.pick(
      " Population : population légale de l'historique des moteurs, sa projection pour les années prévues quand il en donne une, l'hypothèse du scénario quand il en fait une.",
      " Population: the legal population of the driver history, its projection for forecast years when it gives one, the scenario's assumption when it makes one."
    )
    if let growth = population.trendGrowth {
      note += l.pick(
        " ° population prolongée au rythme moyen des dernières années connues (\(l.percent(100 * growth, signed: true)) par an).",
        " ° population extended at the mean growth of the last known years (\(l.percent(100 * growth, signed: true)) a year)."
      )
    }
    return note
  }
}
