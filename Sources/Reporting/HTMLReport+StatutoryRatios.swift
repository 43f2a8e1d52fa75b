extension HTMLReport {
  /// The statutory ratios (the CGCT article of the run's kind of collectivité,
  /// ``EntityKind/ratiosArticle``) over the years of the savings cascade's
  /// table, with the population they divide by and where it comes from.
  func statutoryRatiosTable() -> String {
    let l = language
    let statutory = StatutoryRatios(data, cascade: ratios)
    let years = statutory.years.suffix(data.forecastYears.count + 2)
    let extended = "\u{00A0}°"
    // Départements have had almost no direct taxes since the property tax went to the
    // communes in 2021 and the CVAE to the State in 2023: a row of zeros says nothing.
    let directTaxes = years.contains { $0.directTaxes != 0 }
    var rows: [[String]] = []
    if statutory.population != nil {
      rows.append(
        [HTML.escape(l.pick("Population (habitants)", "Population (inhabitants)"))]
          + years.map { year in
            guard let population = year.population else { return "—" }
            return l.grouped(population, decimals: 0)
              + (year.populationSource == .extended ? extended : "")
          })
    }
    for ratio in StatutoryRatios.Ratio.allCases {
      if ratio.isPerInhabitant, statutory.population == nil { continue }
      if ratio == .directTaxesPerInhabitant, !directTaxes { continue }
      rows.append(
        ["\(ratio.rawValue). " + HTML.escape(ratio.label(l))]
          + years.map { year in year.values[ratio].map { ratio.format($0, l) } ?? "—" })
    }
    var html = HTML.table(
      caption: l.pick(
        "Ratios légaux (article \(data.entityKind.ratiosArticle) du CGCT, opérations réelles)",
        "Statutory ratios (CGCT article \(data.entityKind.ratiosArticle), real operations)"),
      headers: [l.pick("Ratio", "Ratio")] + years.map { data.yearLabel($0.year, l) }, rows: rows)
    html +=
      "<p class=\"note\">" + HTML.escape(statutory.note(l, directTaxes: directTaxes)) + "</p>"
    return html
  }
}
