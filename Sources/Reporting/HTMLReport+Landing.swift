import Forecasting
import Foundation
import RunArchive

extension HTMLReport {
  /// *Atterrissage*: the current year landed from its monthly execution, series by
  /// series; empty when the run does not land a year.
  func landingSection() -> String {
    guard let year = data.provisionalYear, let first = data.landings.first else { return "" }
    let l = language
    let month = monthName(first.throughMonth)
    var html =
      "<p>"
      + l.pick(
        "L'exercice \(year) n'est pas clos : il est anticipé à partir de son exécution mensuelle jusqu'à fin \(month). Chaque série suivie est projetée à fin d'année ; les autres lignes suivent leur prévision à un an, ajustée pour que lignes, chapitres, sections et totaux s'additionnent. La trajectoire part de cette année anticipée.",
        "Year \(year) is not closed: it is estimated from its monthly execution to the end of \(month). Each series followed is landed at year end; the other lines take their one-year forecast, adjusted so that lines, chapters, sections and totals add up. The trajectory starts from this estimated year."
      ) + "</p>"
    let rows = data.landings.map { record -> [String] in
      let retained = record.estimates.first { $0.method == record.retained }
      let other = record.estimates.first { $0.method != record.retained }
      let profile = record.estimates.first { $0.method == "profile" }
      let interval = retained?.intervals.first { $0.level == 80 }
      return [
        HTML.escape(seriesName(record.node)), l.millions(record.executed),
        profile?.share.map { l.percent(100 * $0) } ?? "—",
        (retained.map {
          "<strong>\(l.millions($0.landing))</strong>"
            + ($0.method == "profile" ? "" : " (\(HTML.escape(language.landingMethod($0.method))))")
        } ?? HTML.escape(record.notes.joined(separator: "; ")))
          + (data.manifest.overrides.last { $0.node == record.node && $0.year == year }.map {
            "<br>" + l.pick("ajusté à ", "adjusted to ") + l.millions($0.value) + overrideMark($0)
          } ?? ""),
        interval.flatMap { i in
          i.lower.first.flatMap { lower in
            i.upper.first.map { "\(l.millions(lower)) – \(l.millions($0))" }
          }
        } ?? "—",
        other.map {
          "\(l.millions($0.landing)) (\(HTML.escape(language.landingMethod($0.method))))"
        } ?? "—",
      ]
    }
    html += HTML.table(
      caption: l.pick(
        "Atterrissage \(year) des séries suivies (exécution jusqu'à fin \(month))",
        "\(year) landing of the series followed (execution to the end of \(month))"),
      headers: [
        l.pick("Série", "Series"), l.pick("Exécuté", "Executed"),
        l.pick("Part exécutée d'habitude", "Usual share executed"),
        l.pick("Atterrissage retenu", "Retained landing"),
        l.pick("Intervalle à 80 %", "80% interval"),
        l.pick("Autre estimation", "Other estimate"),
      ], rows: rows, numericColumns: [1, 2, 3, 4])
    let years =
      data.landings.compactMap { record in
        record.estimates.first { $0.method == "profile" }?.pastYears
      }.first ?? []
    let span = YearEndLanding.span(years)
    html +=
      "<p class=\"note\">"
      + l.pick(
        "Atterrissage retenu : le profil d'exécution, l'exécuté divisé par la part de l'année exécutée à la même date en moyenne sur les années complètes passées (\(span)), quand deux années au moins donnent son intervalle ; sinon le modèle saisonnier (lissage exponentiel sur la série mensuelle). L'autre estimation est donnée pour contrôle ; aucune borne n'est sous l'exécuté.",
        "Retained landing: the execution profile, the executed amount over the share of the year executed by the same date on average in the past full years (\(span)), when two years or more give its interval; else the seasonal model (exponential smoothing of the monthly series). The other estimate is given as a check; no bound is below the executed amount."
      ) + "</p>"
    return html
  }

  /// A landed run's anticipated year against the execution, series by series; empty
  /// when the evaluation did not compare it.
  func landingOutcomesTable(_ evaluation: ForecastEvaluation) -> String {
    guard let year = evaluation.landings.first?.year else { return "" }
    let l = language
    let rows = evaluation.landings.map { o in
      [
        HTML.escape(seriesName(o.node)), l.millions(o.landing), l.millions(o.anticipated),
        l.millions(o.actual), o.percentError.map { l.percent(100 * $0, signed: true) } ?? "—",
        o.inside["80"].map { $0 ? l.pick("oui", "yes") : l.pick("non", "no") } ?? "—",
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Atterrissage \(year) face à l'exécution", "\(year) landing against the execution"),
      headers: [
        l.pick("Série", "Series"), l.pick("Atterrissage", "Landing"),
        l.pick("Anticipé", "Anticipated"), l.pick("Exécuté", "Executed"),
        l.pick("Écart", "Error"), l.pick("Dans l'intervalle à 80 %", "Inside the 80% interval"),
      ], rows: rows, numericColumns: [1, 2, 3, 4])
  }

  /// `RSA (chapitre 017)` style names: a chapter by its title, another node by its ID.
  private func seriesName(_ node: String) -> String {
    let parts = node.split(separator: "/")
    guard parts.first == "chapter", let code = parts.last else { return node }
    return language.chapter(String(code))
  }

  /// `septembre` / `September`.
  private func monthName(_ month: Int) -> String {
    let french = [
      "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
      "octobre", "novembre", "décembre",
    ]
    let english = [
      "January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December",
    ]
    guard (1...12).contains(month) else { return String(month) }
    return language.pick(french[month - 1], english[month - 1])
  }
}
