extension HTMLReport {
  /// The models used, in two tables an official can read.
  ///
  /// First the methods (a combination named by its members, a closed line, a
  /// regression on drivers) with their numbers of series, then the forms each member
  /// took (`ETS(A,N,N)`, `ARIMA(0,1,0) avec dérive`). Every line's own model is in the
  /// spreadsheet and `models.json`.
  func modelTables() -> String {
    let l = language
    let names = data.models.values.map { ModelName(text: $0.model) }
    var families: [String: Int] = [:]
    var forms: [String: [String: Int]] = [:]
    // Where each kind stands in its combination (ETS first, ARIMA last), to list them so.
    var place: [String: Int] = [:]
    for name in names {
      families[name.family, default: 0] += 1
      for (index, (kind, form)) in name.forms.enumerated() {
        forms[kind, default: [:]][form, default: 0] += 1
        place[kind] = Swift.min(place[kind] ?? index, index)
      }
    }
    let byCount = { (a: (key: String, value: Int), b: (key: String, value: Int)) in
      a.value > b.value || (a.value == b.value && a.key < b.key)
    }
    var html = HTML.table(
      caption: l.pick("Méthodes retenues (nombre de séries)", "Methods used (number of series)"),
      headers: [l.pick("Méthode", "Method"), l.pick("Séries", "Series")],
      rows: families.sorted(by: byCount).map {
        [HTML.escape(l.modelName($0.key)), l.grouped(Double($0.value), decimals: 0)]
      }
    )
    let kinds = forms.keys.sorted { (place[$0] ?? 0, $0) < (place[$1] ?? 0, $1) }
    let rows = kinds.flatMap { kind in
      (forms[kind] ?? [:]).sorted(by: byCount).map {
        [
          HTML.escape(kind), HTML.escape(l.modelName($0.key)),
          l.grouped(Double($0.value), decimals: 0),
        ]
      }
    }
    if !rows.isEmpty {
      html += HTML.table(
        caption: l.pick(
          "Formes retenues par chaque modèle (nombre de séries)",
          "Forms each model took (number of series)"),
        headers: [l.pick("Modèle", "Model"), l.pick("Forme", "Form"), l.pick("Séries", "Series")],
        rows: rows, numericFrom: 2)
    }
    return html
  }
}
