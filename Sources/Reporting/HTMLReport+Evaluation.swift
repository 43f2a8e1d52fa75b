import Foundation

extension HTMLReport {
  /// *Évaluation a posteriori*: the run's forecasts against the accounts executed
  /// since, as the latest `budgetcast evaluate` recorded them (empty when the run was
  /// never evaluated).
  func evaluationSection() -> String {
    guard let (entry, evaluation) = data.evaluations.last else { return "" }
    let l = language
    let years = evaluation.years.map(String.init).joined(separator: l.pick(" et ", " and "))
    var html =
      "<p>"
      + HTML.escape(
        l.pick(
          "Le \(day(entry.time)), \(entry.actor) a confronté ces prévisions aux comptes exécutés de \(years) (opérations réelles ; \(entry.details["files"] ?? "fichiers archivés"), empreinte \(entry.details["actuals"]?.prefix(12) ?? "—")). Rien n'est ré-estimé : les prévisions archivées sont comparées à l'exécution.",
          "On \(day(entry.time)), \(entry.actor) compared these forecasts with the accounts executed in \(years) (real operations; \(entry.details["files"] ?? "archived files"), fingerprint \(entry.details["actuals"]?.prefix(12) ?? "—")). Nothing is re-estimated: the archived forecasts are set against what was executed."
        )) + "</p>"
    if data.evaluations.count > 1 {
      html +=
        "<p>"
        + HTML.escape(
          l.pick(
            "Le run a été évalué \(data.evaluations.count) fois ; voici la plus récente.",
            "The run was evaluated \(data.evaluations.count) times; this is the latest."))
        + "</p>"
    }
    html += accuracyTable(evaluation)
    html += savingsTable(evaluation)
    html += debtTable(evaluation)
    html += overridesTable(evaluation)
    html += landingOutcomesTable(evaluation)
    html += missesTable(evaluation)
    if !evaluation.splitLines.isEmpty {
      let accounts = evaluation.splitAccounts
      let splits = accounts.prefix(6).joined(separator: " ; ") + (accounts.count > 6 ? " ; …" : "")
      html +=
        "<p>"
        + HTML.escape(
          l.pick(
            "\(evaluation.splitLines.count) lignes prévues ont été lues dans les sous-comptes qui les ont remplacées (compte subdivisé, même chapitre et même fonction) : \(splits).",
            "\(evaluation.splitLines.count) forecast lines were read from the sub-accounts that replaced them (an account subdivided, same chapter and function): \(splits.replacingOccurrences(of: " ; ", with: "; "))."
          )) + "</p>"
    }
    if evaluation.newLines > 0 {
      html +=
        "<p>"
        + HTML.escape(
          l.pick(
            "\(evaluation.newLines) lignes exécutées n'avaient pas de prévision (lignes nouvelles ou comptes renumérotés) : \(l.millions(evaluation.newLinesAmount["D"] ?? 0)) de dépenses, \(l.millions(evaluation.newLinesAmount["R"] ?? 0)) de recettes. Elles pèsent sur l'écart des lignes, pas sur celui des chapitres et des totaux.",
            "\(evaluation.newLines) executed lines had no forecast (new lines or re-numbered accounts): \(l.millions(evaluation.newLinesAmount["D"] ?? 0)) of expenditure, \(l.millions(evaluation.newLinesAmount["R"] ?? 0)) of revenue. They weigh on the lines' error, not on the chapters' and totals'."
          )) + "</p>"
    }
    return html
  }

  /// Accuracy by level of the hierarchy.
  func accuracyTable(_ evaluation: ForecastEvaluation) -> String {
    let l = language
    let percent = { (value: Double?) in value.map { l.percent(100 * $0) } ?? "—" }
    let rows = evaluation.levels.map { level in
      [
        HTML.escape(l.levelName(level.level)), l.grouped(Double(level.count), decimals: 0),
        percent(level.wape), percent(level.baseWAPE), percent(level.medianAPE),
        level.bias.map { l.percent(100 * $0, signed: true) } ?? "—",
        percent(level.coverage["80"]), percent(level.coverage["95"]),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Précision des prévisions par niveau (écart pondéré : Σ|exécuté − prévu| / Σ|exécuté| ; biais positif : prévision trop haute)",
        "Forecast accuracy by level (weighted error: Σ|actual − forecast| / Σ|actual|; positive bias: forecast too high)"
      ),
      headers: [
        l.pick("Niveau", "Level"), l.pick("Séries × années", "Series × years"),
        l.pick("Écart pondéré", "Weighted error"),
        l.pick("Avant réconciliation", "Before reconciliation"),
        l.pick("Écart médian", "Median error"), l.pick("Biais", "Bias"),
        l.pick("Dans l'intervalle à 80 %", "Inside the 80% interval"),
        l.pick("À 95 %", "95%"),
      ], rows: rows)
  }

  /// Gross savings forecast, its band and what was executed; the rate and net savings
  /// beside.
  func savingsTable(_ evaluation: ForecastEvaluation) -> String {
    guard !evaluation.ratios.isEmpty else { return "" }
    let l = language
    let rows = evaluation.ratios.map { ratio -> [String] in
      let band = ratio.bands["80"]
      return [
        String(ratio.year), l.millions(ratio.forecastGrossSavings),
        band.map {
          "\($0.lower.map { l.millions($0) } ?? "…") – \($0.upper.map { l.millions($0) } ?? "…")"
        } ?? "—",
        l.millions(ratio.actualGrossSavings),
        ratio.inside["80"].map { $0 ? l.pick("oui", "yes") : l.pick("non", "no") } ?? "—",
        ratio.forecastGrossSavingsRate.map { l.percent(100 * $0) } ?? "—",
        ratio.actualGrossSavingsRate.map { l.percent(100 * $0) } ?? "—",
        l.millions(ratio.forecastNetSavings), l.millions(ratio.actualNetSavings),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Épargne brute et nette, prévues et exécutées",
        "Gross and net savings, forecast and executed"),
      headers: [
        l.pick("Année", "Year"), l.pick("Prévue", "Forecast"),
        l.pick("Intervalle à 80 %", "80% interval"), l.pick("Exécutée", "Executed"),
        l.pick("Dans l'intervalle", "Inside"), l.pick("Taux prévu", "Rate forecast"),
        l.pick("Taux exécuté", "Rate executed"),
        l.pick("Épargne nette prévue", "Net savings forecast"),
        l.pick("Épargne nette exécutée", "Net savings executed"),
      ], rows: rows)
  }

  /// The debt stock and the capacité de désendettement, forecast and executed, when the
  /// run's scenario gives the debt.
  func debtTable(_ evaluation: ForecastEvaluation) -> String {
    guard evaluation.ratios.contains(where: { $0.actualOutstandingDebt != nil }) else { return "" }
    let l = language
    let years = { (value: Double?) in value.map { l.grouped($0, decimals: 1) } ?? "—" }
    let rows = evaluation.ratios.map { ratio -> [String] in
      [
        String(ratio.year), ratio.forecastOutstandingDebt.map { l.millions($0) } ?? "—",
        ratio.actualOutstandingDebt.map { l.millions($0) } ?? "—",
        years(ratio.forecastDebtPaydownYears), years(ratio.actualDebtPaydownYears),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Encours de dette au 31/12 et capacité de désendettement, prévus et exécutés (encours exécuté : celui du scénario, plus les emprunts et moins les remboursements exécutés, chapitre 16)",
        "Outstanding debt at 31/12 and debt-to-savings ratio, forecast and executed (executed stock: the scenario's, plus the loans and less the repayments executed, chapter 16)"
      ),
      headers: [
        l.pick("Année", "Year"), l.pick("Encours prévu", "Debt forecast"),
        l.pick("Encours exécuté", "Debt executed"),
        l.pick("Capacité prévue (années)", "Ratio forecast (years)"),
        l.pick("Capacité exécutée (années)", "Ratio executed (years)"),
      ], rows: rows)
  }

  /// Each human override beside the model's value and the execution.
  func overridesTable(_ evaluation: ForecastEvaluation) -> String {
    guard !evaluation.overrides.isEmpty else { return "" }
    let l = language
    let rows = evaluation.overrides.map { o in
      [
        "<code>\(HTML.escape(o.node))</code>", String(o.year), l.millions(o.modelValue),
        l.millions(o.value), l.millions(o.actual), HTML.escape("\(o.actor) (\(o.reason))"),
        HTML.escape(
          o.closer
            ? l.pick("plus proche que le modèle", "closer than the model")
            : l.pick("pas plus proche que le modèle", "no closer than the model")),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Ajustements manuels face à l'exécution", "Human overrides against the execution"),
      headers: [
        l.pick("Série", "Series"), l.pick("Année", "Year"), l.pick("Modèle", "Model"),
        l.pick("Ajusté", "Adjusted"), l.pick("Exécuté", "Executed"),
        l.pick("Auteur (motif)", "Author (reason)"), l.pick("Verdict", "Verdict"),
      ], rows: rows, numericColumns: [2, 3, 4])
  }

  /// The five chapter-years furthest from the execution.
  func missesTable(_ evaluation: ForecastEvaluation) -> String {
    let l = language
    let misses = evaluation.largestMisses(5, level: "chapter")
    guard !misses.isEmpty else { return "" }
    let rows = misses.map { c -> [String] in
      let parts = c.node.split(separator: "/").map(String.init)
      let name = parts.count == 4 ? l.chapter(parts[3]) + " (\(parts[1])/\(parts[2]))" : c.node
      return [
        HTML.escape(name), String(c.year), l.millions(c.forecast), l.millions(c.actual),
        l.signedMillions(c.error),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Les chapitres les plus éloignés de l'exécution", "The chapters furthest from the execution"
      ),
      headers: [
        l.pick("Chapitre", "Chapter"), l.pick("Année", "Year"), l.pick("Prévu", "Forecast"),
        l.pick("Exécuté", "Executed"), l.pick("Écart", "Difference"),
      ], rows: rows)
  }

  /// `30/11/2026` (French) or `2026-11-30` from an ISO 8601 time.
  func day(_ time: String) -> String {
    let date = time.prefix(10)
    let parts = date.split(separator: "-")
    guard language == .french, parts.count == 3 else { return String(date) }
    return "\(parts[2])/\(parts[1])/\(parts[0])"
  }
}
