extension HTMLReport {
  /// The components of personnel costs (chapter 012) by nature account prefix; the
  /// lines of 012 matching none are "other" (external staff 6218, 648…).
  static let personnelComponents: [(prefixes: [String], french: String, english: String)] = [
    (["641"], "Rémunérations (641)", "Pay (641)"),
    (["645", "647"], "Charges sociales (645, 647)", "Social contributions (645, 647)"),
    (["631", "633"], "Impôts et taxes sur rémunérations (631, 633)", "Payroll taxes (631, 633)"),
  ]

  /// *Personnel*: chapter 012, its components and its growth, the staff-spending part
  /// of a ROB (CGCT L3312-1); headcount and working time are not in the accounts.
  func personnelSection() -> String {
    let l = language
    let chapter = "chapter/F/D/012"
    var html =
      "<p>"
      + HTML.escape(
        l.pick(
          "Dépenses de personnel (chapitre 012, opérations réelles) : exécution, prévision et composantes. Le rapport d'orientation budgétaire présente aussi la structure des effectifs, le temps de travail et les avantages en nature (article L3312-1 du CGCT) : ils ne figurent pas dans les comptes et sont à joindre par la direction des ressources humaines.",
          "Personnel costs (chapter 012, real operations): executed, forecast and components. The budget orientation report also presents staff structure, working time and benefits in kind (CGCT L3312-1): they are not in the accounts and come from the human-resources department."
        )) + "</p>"
    html += chart(
      node: chapter,
      title: l.pick("Dépenses de personnel (chapitre 012)", "Personnel costs (chapter 012)"))
    let (years, headers) = tableYears()
    let inChapter = { (node: String) in node.hasPrefix("line/F/D/012/") }
    let account = { (node: String) in
      String(node.split(separator: "/", omittingEmptySubsequences: false).dropFirst(4).first ?? "")
    }
    var groups = Self.personnelComponents.map { component in
      (
        l.pick(component.french, component.english),
        data.lineSum { node in
          inChapter(node) && component.prefixes.contains { account(node).hasPrefix($0) }
        }
      )
    }
    groups.append(
      (
        l.pick(
          "Autres (personnel extérieur, autres charges)", "Other (external staff, other costs)"),
        data.lineSum { node in
          inChapter(node)
            && !Self.personnelComponents.contains {
              $0.prefixes.contains { account(node).hasPrefix($0) }
            }
        }
      ))
    let value = { (sums: (history: [Int: Double], forecast: [Int: Double]), year: Int) in
      sums.history[year] ?? sums.forecast[year]
    }
    var rows = groups.filter { group in years.contains { value(group.1, $0) != nil } }.map {
      name, sums in
      [HTML.escape(name)] + years.map { value(sums, $0).map { l.millions($0) } ?? "—" }
    }
    rows.append(
      [l.pick("Total du chapitre 012", "Chapter 012 total")] + years.map { amount(chapter, $0) })
    rows.append(
      [l.pick("Évolution annuelle", "Yearly change")]
        + years.map { year in
          guard let now = total(chapter, year), let before = total(chapter, year - 1) else {
            return "—"
          }
          return l.percent(Self.growth(before, now), signed: true)
        })
    html += HTML.table(
      caption: l.pick(
        "Dépenses de personnel par composante (M€)", "Personnel costs by component (M€)"),
      headers: headers, rows: rows)
    html += driverTable(
      [.payIndex, .inflation],
      caption: l.pick("Point d'indice et inflation", "Pay index and inflation"))
    return html
  }
}
