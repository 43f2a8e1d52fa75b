extension ComparisonReport {
  /// Outstanding debt per inhabitant by scenario and year.
  ///
  /// It stands beside the capacité de désendettement, which is unstable when savings
  /// shrink (domain brief §3); each run divides by its own population (a scenario may
  /// move it). Empty when no run has a population or a debt stock.
  func debtPerInhabitant(years: [Int]) -> String {
    let populations = c.runs.map { PopulationPath($0, years: years) }
    var rows: [[String]] = []
    for i in c.runs.indices {
      let cells = years.map { year -> String? in
        guard let debt = c.ratio(year, run: i)?.outstandingDebt,
          let population = populations[i]?.values[year], population > 0
        else { return nil }
        return l.grouped(debt / population, decimals: 0) + "\u{00A0}€"
      }
      guard cells.contains(where: { $0 != nil }) else { continue }
      rows.append([HTML.escape(c.name(i, l))] + cells.map { $0 ?? "—" })
    }
    guard !rows.isEmpty else { return "" }
    return HTML.table(
      caption: l.pick("Encours de dette par habitant", "Outstanding debt per inhabitant"),
      headers: [l.pick("Scénario", "Scenario")] + years.map { c.runs[0].yearLabel($0, l) },
      rows: rows)
  }
}
