extension ComparisonReport {
  /// Sections and chapters in the last forecast year: the reference, then each
  /// scenario's difference (rows where no scenario moves by 50 k€ or more are left out,
  /// sections always shown).
  func chapters() -> String {
    guard let last = c.years.last else { return "" }
    let keys = c.runs[0].forecasts.keys
    let nodes =
      keys.filter { $0.hasPrefix("section/") }.sorted()
      + keys.filter { $0.hasPrefix("chapter/") }.sorted()
    let headers =
      [l.pick("Poste", "Item"), l.pick("Référence ", "Reference ") + "\(last)"]
      + c.runs.indices.dropFirst().map { "Δ \(c.name($0, l))" }
    var rows: [[String]] = []
    for node in nodes {
      let reference = c.value(node, last, run: 0)
      let differences = c.runs.indices.dropFirst().map { c.value(node, last, run: $0) - reference }
      guard node.hasPrefix("section/") || differences.contains(where: { abs($0) >= 50_000 })
      else { continue }
      rows.append(
        [HTML.escape(Self.title(node, l)), l.millions(reference)]
          + differences.map { difference in
            signedMillions(difference)
              + (reference != 0
                ? "<br><small>\(l.percent(100 * difference / abs(reference), signed: true))</small>"
                : "")
          })
    }
    return HTML.table(
      caption: l.pick(
        "Sections et chapitres en \(last) : référence et écarts des scénarios",
        "Sections and chapters in \(last): reference and each scenario's difference"),
      headers: headers, rows: rows)
  }

  /// The readable name of a section or chapter node.
  static func title(_ node: String, _ l: ReportLanguage) -> String {
    let parts = node.split(separator: "/").map(String.init)
    guard parts.count >= 3 else { return node }
    let section =
      parts[1] == "F"
      ? l.pick("fonctionnement", "operating") : l.pick("investissement", "investment")
    let direction =
      parts[2] == "D" ? l.pick("Dépenses", "Expenditure") : l.pick("Recettes", "Revenue")
    guard parts[0] == "chapter", parts.count >= 4 else {
      return "\(direction) \(l.pick("réelles de", "")) \(section)".replacingOccurrences(
        of: "  ", with: " ")
    }
    return "\(l.chapter(parts[3])) (\(direction.lowercased()))"
  }

  /// Each scenario's gross-savings difference by year, by cause.
  func causes() -> String {
    var html =
      "<p>"
      + HTML.escape(
        l.pick(
          "L'écart d'épargne brute de chaque scénario avec la référence, réparti entre ses causes d'après les effets archivés des scénarios ; « autres écarts » regroupe ce que les scénarios n'expliquent pas (données ou paramètres différents, ajustements manuels).",
          "Each scenario's gross-savings difference from the reference, split by cause from the scenarios' archived effects; “other” is what the scenarios do not explain (different data or parameters, manual adjustments)."
        )) + "</p>"
    for i in c.runs.indices.dropFirst() {
      var rows = c.grossSavingsCauses(run: i).map { cause, amounts in
        [HTML.escape(ScenarioComparison.causeLabel(cause, l))]
          + c.years.map { amounts[$0].map(signedMillions) ?? "—" }
      }
      rows.append(
        ["<strong>\(l.pick("Écart total", "Total difference"))</strong>"]
          + c.years.map {
            "<strong>\(signedMillions(c.grossSavingsDifference(year: $0, run: i)))</strong>"
          })
      html += HTML.table(
        caption: l.pick("Épargne brute : ", "Gross savings: ") + c.name(i, l)
          + l.pick(" moins ", " minus ") + c.name(0, l),
        headers: [l.pick("Cause", "Cause")] + c.years.map(String.init), rows: rows)
    }
    return html
  }

  /// The runs compared: IDs, inputs, and how to replay each.
  func traceability() -> String {
    let rows = c.runs.indices.map { i -> [String] in
      let run = c.runs[i]
      return [
        HTML.escape(c.name(i, l)), "<code>\(run.runID)</code>",
        "<code>\(run.manifest.snapshot.sha256.prefix(16))…</code>",
        HTML.escape(
          run.journal.first { $0.run == run.runID && $0.event != .reportRendered }?.time ?? "—"),
      ]
    }
    var html = HTML.table(
      caption: l.pick("Runs comparés", "Runs compared"),
      headers: [
        l.pick("Scénario", "Scenario"), "Run", l.pick("Données (SHA-256)", "Data (SHA-256)"),
        l.pick("Créé le", "Created"),
      ], rows: rows, numericColumns: [])
    html +=
      "<p>" + l.pick("Pour rejouer chaque run :", "To replay each run:") + "</p><pre><code>"
      + c.runs.map { "budgetcast replay \($0.runID)" }.joined(separator: "\n") + "</code></pre>"
    return html
  }
}
