import RunArchive

extension SpreadsheetReport {
  /// The *Atterrissage* sheet of a landed run: one row per landed series and estimate
  /// (executed, landing, bounds, method, basis, retained), then the notes.
  func landingSheet(_ sheet: XLSXWorkbook.Sheet, _ landings: [LandingRecord]) {
    let l = language
    let levels = [80.0, 95.0]
    let headers =
      [
        l.pick("Série", "Series"), l.pick("Année", "Year"), l.pick("Fin du mois", "Through month"),
        l.pick("Exécuté", "Executed"), l.pick("Méthode", "Method"), l.pick("Retenue", "Retained"),
        l.pick("Atterrissage", "Landing"),
      ]
      + levels.flatMap {
        [
          "\(l.pick("Borne basse", "Lower")) \(Int($0)) %",
          "\(l.pick("Borne haute", "Upper")) \(Int($0)) %",
        ]
      } + [l.pick("Base", "Basis")]
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: 0, column: column, style: .header)
    }
    var row = 1
    for landing in landings {
      for estimate in landing.estimates {
        sheet.write(landing.node, row: row, column: 0)
        sheet.write(Double(landing.year), row: row, column: 1, style: .plain)
        sheet.write(Double(landing.throughMonth), row: row, column: 2, style: .plain)
        sheet.write(landing.executed, row: row, column: 3)
        sheet.write(l.landingMethod(estimate.method), row: row, column: 4)
        sheet.write(
          estimate.method == landing.retained ? l.pick("oui", "yes") : l.pick("non", "no"),
          row: row, column: 5)
        sheet.write(estimate.landing, row: row, column: 6)
        for (k, level) in levels.enumerated() {
          guard let interval = estimate.intervals.first(where: { $0.level == level }),
            let lower = interval.lower.first, let upper = interval.upper.first
          else { continue }
          sheet.write(lower, row: row, column: 7 + 2 * k)
          sheet.write(upper, row: row, column: 8 + 2 * k)
        }
        sheet.write(l.landingBasis(estimate), row: row, column: 7 + 2 * levels.count)
        row += 1
      }
      for note in landing.notes {
        sheet.write(landing.node, row: row, column: 0)
        sheet.write(note, row: row, column: 7 + 2 * levels.count)
        row += 1
      }
    }
    sheet.width(22, columns: 0...0)
    sheet.width(16, columns: 1...(6 + 2 * levels.count))
    sheet.width(60, columns: (7 + 2 * levels.count)...(7 + 2 * levels.count))
    sheet.freeze(rows: 1, columns: 1)
  }
}
