import Foundation
import Scenarios

/// The driver models in the report: which relations were measured on the
/// département's own history, which were assumed, and why.
extension HTMLReport {
  /// The relation an elasticity measures, in words (``ReportLanguage/relation(_:lag:)``).
  func relation(_ name: String) -> String {
    language.relation(
      name, lag: DriverModel.lag(of: name, in: Elasticity.usedLags(data.elasticities)))
  }

  /// Why the value was kept, in the report's language.
  func verdict(_ elasticity: Elasticity) -> String {
    let l = language
    let t = elasticity.estimate.map { l.grouped(abs($0.tStatistic), decimals: 1) } ?? ""
    switch elasticity.verdict {
    case .scenario: return l.pick("fixée par le scénario", "set by the scenario")
    case .significant:
      let compared = (elasticity.estimate?.aiccByLag?.keys.sorted() ?? []).joined(separator: ", ")
      let lag =
        (elasticity.estimate?.aiccByLag?.count ?? 0) > 1
        ? l.pick(
          " ; décalage choisi par l'AICc parmi \(compared) an(s)",
          "; lag chosen by AICc among \(compared) year(s)")
        : ""
      return l.pick(
        "estimée, significative (|t| = \(t))\(lag)", "estimated, significant (|t| = \(t))\(lag)")
    case .notSignificant:
      return l.pick(
        "valeur par défaut : estimation non significative (|t| = \(t))",
        "default: estimate not significant (|t| = \(t))")
    case .implausible:
      return l.pick(
        "valeur par défaut : estimation hors de la plage plausible",
        "default: estimate outside the plausible range")
    case .noHistory:
      return l.pick(
        "valeur par défaut : pas d'historique des moteurs", "default: no driver history")
    case .missingDriver:
      return l.pick(
        "valeur par défaut : moteur absent de l'historique", "default: driver missing from history"
      )
    case .tooFewYears:
      return l.pick(
        "valeur par défaut : moins de \(ElasticityEstimator.minimumObservations) années",
        "default: fewer than \(ElasticityEstimator.minimumObservations) years")
    case .notIdentified:
      return l.pick(
        "valeur par défaut : le moteur varie trop peu", "default: the driver varies too little")
    case .fitFailed:
      return l.pick("valeur par défaut : estimation impossible", "default: estimation failed")
    }
  }

  /// The table of elasticities with their estimates, or nothing for runs without them.
  func driverModels() -> String {
    let l = language
    guard !data.elasticities.isEmpty else { return "" }
    var html =
      "<p>"
      + l.pick(
        "Les scénarios déplacent les lignes par leurs moteurs. Chaque relation est estimée sur l'historique de la collectivité par une régression de la croissance annuelle de la ligne sur celle du moteur, avec erreurs ARMA (maximum de vraisemblance) ; l'estimation remplace la valeur par défaut si elle est significative (|t| ≥ 2) et plausible.",
        "Scenarios move lines through their drivers. Each relation is estimated on the entity's history by regressing the line's yearly growth on the driver's, with ARMA errors (maximum likelihood); the estimate replaces the default when it is significant (|t| ≥ 2) and plausible."
      ) + "</p>"
    let rows = data.elasticities.map { elasticity -> [String] in
      let estimate = elasticity.estimate.map {
        "\(l.grouped($0.value, decimals: 3)) ± \(l.grouped($0.standardError, decimals: 3))"
      }
      let sample = elasticity.estimate.map {
        "\($0.firstYear)–\($0.lastYear), \(HTML.escape(l.modelName($0.model)))"
      }
      return [
        HTML.escape(relation(elasticity.name)), l.grouped(elasticity.used, decimals: 3),
        estimate ?? "—", sample ?? "—", HTML.escape(verdict(elasticity)),
      ]
    }
    html += HTML.table(
      caption: l.pick("Élasticités des moteurs", "Driver elasticities"),
      headers: [
        l.pick("Relation", "Relation"), l.pick("Retenue", "Used"),
        l.pick("Estimation ± écart-type", "Estimate ± s.e."),
        l.pick("Période, modèle", "Period, model"),
        l.pick("Pourquoi", "Why"),
      ], rows: rows, numericColumns: [1, 2])
    return html
  }

  /// One sentence on how the social lines respond to their drivers.
  func driverNote() -> String {
    let l = language
    let rsa = data.elasticities.first { $0.name == "rsa_households_per_unemployment_point" }
    guard let rsa else {
      return l.pick(
        "Ce run prévoit chaque ligne à partir de sa propre histoire ; ses moteurs ne sont pas archivés.",
        "This run forecasts each line from its own history; it archives no drivers.")
    }
    // The elasticity acts on the log of households: one point adds e^β − 1.
    let share = l.percent(100 * (exp(rsa.used) - 1))
    let when = l.after(years: DriverModel.lag(of: rsa.name, in: Elasticity.usedLags([rsa])))
    let how =
      rsa.source == .estimated
      ? l.pick(
        "estimé sur \(rsa.estimate?.firstYear ?? 0)–\(rsa.estimate?.lastYear ?? 0)",
        "estimated on \(rsa.estimate?.firstYear ?? 0)–\(rsa.estimate?.lastYear ?? 0)")
      : HTML.escape(verdict(rsa))
    let driven = Self.drivenLines.filter { reading in
      data.models.values.contains {
        $0.driven?.role == .total && $0.driven?.line == reading.line.rawValue
      }
    }.map { l.pick($0.label.0, $0.label.1) }
    let central =
      driven.isEmpty
      ? l.pick(
        "la prévision centrale prolonge l'histoire de chaque ligne",
        "the central forecast extends each line's history")
      : l.pick(
        "la prévision centrale prolonge l'histoire de chaque ligne, sauf \(driven.joined(separator: ", ")), prévus par leur régression sur leurs moteurs",
        "the central forecast extends each line's history, except \(driven.joined(separator: ", ")), forecast by their regression on their drivers"
      )
    return l.pick(
      "Moteurs : \(HTML.escape(central)) ; les scénarios la déplacent par les moteurs. Un point de chômage de plus ajoute \(share) de foyers allocataires du RSA \(when) (\(how)) ; les autres élasticités sont détaillées dans la méthodologie.",
      "Drivers: \(HTML.escape(central)); scenarios move it through the drivers. One more point of unemployment adds \(share) RSA households \(when) (\(how)); the other elasticities are in the methodology."
    )
  }

  /// A scenario run's drivers' contributions to gross savings, by cause and year (the
  /// archived effects on operating revenue minus those on operating spending).
  func driverContributions() -> String {
    let l = language
    let effects = data.grossSavingsEffects()
    let causes = effects.keys.sorted()
    guard !causes.isEmpty else {
      return "<p>"
        + l.pick(
          "Contributions des moteurs aux écarts d'un scénario : ce run n'applique pas de scénario.",
          "Driver contributions to a scenario's differences: this run applies no scenario.")
        + "</p>"
    }
    let years = data.forecastYears
    let effect = { (cause: String, year: Int) -> Double in effects[cause]?[year] ?? 0 }
    var rows = causes.map { cause in
      [HTML.escape(ScenarioComparison.causeLabel(cause, l))]
        + years.map { l.millions(effect(cause, $0)) }
    }
    rows.append(
      ["<strong>" + l.pick("Total", "Total") + "</strong>"]
        + years.map { year in l.millions(causes.reduce(0) { $0 + effect($1, year) }) })
    return HTML.table(
      caption: l.pick(
        "Contributions des moteurs du scénario à l'épargne brute (écart au scénario central)",
        "The scenario drivers' contributions to gross savings (difference from the central forecast)"
      ),
      headers: [l.pick("Cause", "Cause")] + years.map(String.init), rows: rows)
  }

  /// The observed values of `drivers` over the last six years of the run's driver
  /// history, as a table, with the values a driver model projects itself where the
  /// history has none (marked *); empty without a history or with none of them.
  func driverTable(_ drivers: [Scenario.Driver], caption: String) -> String {
    let l = language
    guard let history = data.driverHistory else { return "" }
    let modelled = modelledDriverValues()
    let shown = drivers.filter { !(history.values[$0] ?? [:]).isEmpty }
    var known = Set<Int>()
    for driver in shown {
      known.formUnion((history.values[driver] ?? [:]).keys)
      known.formUnion((modelled[driver] ?? [:]).keys)
    }
    let years = Array(known.sorted().suffix(6))
    guard !shown.isEmpty, !years.isEmpty else { return "" }
    var marked = false
    let rows = shown.map { driver -> [String] in
      let unit: String
      switch driver {
      case .unemploymentRate, .inflation, .interestRate: unit = " (%)"
      case .realEstatePrices, .payIndex: unit = l.pick(" (indice)", " (index)")
      case .rsaBaseAmount: unit = " (€)"
      case .rsaHouseholds, .population, .population75, .population85, .pchBeneficiaries,
        .aseChildren, .realEstateTransactions:
        unit = ""
      }
      let decimals = driver.isInPoints || unit != "" ? 1 : 0
      return [HTML.escape(l.driverTitle(driver) + unit)]
        + years.map { (year: Int) -> String in
          if let value = history.value(driver, year) { return l.grouped(value, decimals: decimals) }
          guard let value = modelled[driver]?[year] else { return "—" }
          marked = true
          return l.grouped(value, decimals: decimals) + " *"
        }
    }
    // Years after the accounts are the history's projections.
    let lastExecuted = data.historyYears.last ?? Int.max
    let headers = years.map { $0 > lastExecuted ? "\($0) (\(l.pick("proj.", "proj.")))" : "\($0)" }
    let projected = years.contains { $0 > lastExecuted }
    let note =
      marked
      ? "<p class=\"note\">"
        + l.pick(
          "* Projection du modèle du RSA : les foyers allocataires suivent le chômage projeté (valeur centrale).",
          "* Projected by the RSA model: households follow projected unemployment (central value).")
        + "</p>" : ""
    return HTML.table(
      caption: caption
        + (projected
          ? l.pick(
            " observés et projetés (historique fourni au run)",
            ": observed and projected (history given to the run)")
          : l.pick(" observés (historique fourni au run)", ": observed (history given to the run)")),
      headers: [l.pick("Moteur", "Driver")] + headers, rows: rows) + note
  }

  /// The drivers the run's driven models projected themselves (the RSA households),
  /// by driver and forecast year.
  func modelledDriverValues() -> [Scenario.Driver: [Int: Double]] {
    var values: [Scenario.Driver: [Int: Double]] = [:]
    for record in data.models.values {
      guard let driven = record.driven, driven.role == .total else { continue }
      for (name, path) in driven.projectedDrivers ?? [:] {
        guard let driver = Scenario.Driver(rawValue: name) else { continue }
        for (year, value) in zip(data.forecastYears, path) {
          values[driver, default: [:]][year] = value
        }
      }
    }
    return values
  }
}
