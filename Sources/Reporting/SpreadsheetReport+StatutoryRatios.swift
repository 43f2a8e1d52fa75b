extension SpreadsheetReport {
  /// The *Ratios légaux* sheet: the population and the statutory ratios (CGCT article
  /// R3313-1, or the commune's or région's) by year, history and forecast, then the note on their accounts.
  func statutorySheet(_ sheet: XLSXWorkbook.Sheet, cascade: FinancialRatios) {
    let l = language
    let statutory = StatutoryRatios(data, cascade: cascade)
    let years = statutory.years
    sheet.write(l.pick("Ratio", "Ratio"), row: 0, column: 0, style: .header)
    for (offset, year) in years.enumerated() {
      sheet.write(
        data.yearLabel(year.year, l, parenthesised: false), row: 0, column: 1 + offset,
        style: .header)
    }
    var row = 1
    if statutory.population != nil {
      sheet.write(l.pick("Population (habitants)", "Population (inhabitants)"), row: row, column: 0)
      for (offset, year) in years.enumerated() {
        guard let population = year.population else { continue }
        sheet.write(population, row: row, column: 1 + offset)
      }
      row += 1
    }
    for ratio in StatutoryRatios.Ratio.allCases
    where years.contains(where: { $0.values[ratio] != nil }) {
      let unit = ratio.isPerInhabitant ? "" : " (%)"
      sheet.write("\(ratio.rawValue). " + ratio.label(l) + unit, row: row, column: 0)
      for (offset, year) in years.enumerated() {
        guard let value = year.values[ratio], value.isFinite else { continue }
        if ratio.isPerInhabitant {
          sheet.write(value, row: row, column: 1 + offset)
        } else {
          sheet.write(100 * value, row: row, column: 1 + offset, style: .percent)
        }
      }
      row += 1
    }
    sheet.write(
      statutory.note(l, directTaxes: years.contains { $0.directTaxes != 0 }),
      row: row + 1, column: 0)
    sheet.width(60, columns: 0...0)
    sheet.width(14, columns: 1...max(1, years.count))
    sheet.freeze(rows: 1, columns: 1)
  }
}
