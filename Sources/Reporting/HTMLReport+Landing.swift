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
      let interval = retained?.intervals.first { $0.level == 80 }
      return [
        HTML.escape(seriesName(record.node)), l.millions(record.executed),
        retained.map { "<strong>\(l.millions($0.landing))</strong>" } ?? "—",
        interval.flatMap { i in
          i.lower.first.flatMap { lower in
            i.upper.first.map { "\(l.millions(lower)) – \(l.millions($0))" }
          }
        } ?? "—",
        retained.map { HTML.escape(basis($0)) }
          ?? HTML.escape(record.notes.joined(separator: "; ")),
        other.map { "\(l.millions($0.landing)) (\(HTML.escape(methodName($0.method))))" } ?? "—",
      ]
    }
    html += HTML.table(
      caption: l.pick(
        "Atterrissage \(year) des séries suivies (exécution jusqu'à fin \(month))",
        "\(year) landing of the series followed (execution to the end of \(month))"),
      headers: [
        l.pick("Série", "Series"), l.pick("Exécuté", "Executed"),
        l.pick("Atterrissage retenu", "Retained landing"),
        l.pick("Intervalle à 80 %", "80% interval"),
        l.pick("Méthode et base", "Method and basis"), l.pick("Autre estimation", "Other estimate"),
      ], rows: rows, numericColumns: [1, 2, 3, 5])
    return html
  }

  /// `RSA (chapitre 017)` style names: a chapter by its title, another node by its ID.
  private func seriesName(_ node: String) -> String {
    let parts = node.split(separator: "/")
    guard parts.first == "chapter", let code = parts.last else { return node }
    return language.chapter(String(code))
  }

  /// The method and what it rests on, in the report's language.
  private func basis(_ estimate: LandingRecord.Estimate) -> String {
    let l = language
    switch estimate.method {
    case "profile":
      guard let share = estimate.share, let years = estimate.pastYears, let first = years.first,
        let last = years.last
      else { return methodName(estimate.method) }
      let span = first == last ? "\(first)" : "\(first)–\(last)"
      return methodName(estimate.method)
        + l.pick(
          " : \(l.percent(100 * share)) de l'année exécutés à cette date en moyenne (\(span))",
          ": \(l.percent(100 * share)) of the year executed by then on average (\(span))")
    default:
      return methodName(estimate.method) + (estimate.model.map { " \($0)" } ?? "")
    }
  }

  private func methodName(_ method: String) -> String {
    method == "profile"
      ? language.pick("profil d'exécution", "execution profile")
      : language.pick("modèle saisonnier", "seasonal model")
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
