extension SpreadsheetReport {
  /// The alert thresholds under the ratios, from row `first`: whether the last executed
  /// year is beyond each, the first forecast year crossed, and the probability (%) of
  /// having crossed it by each forecast year.
  func thresholdRows(_ sheet: XLSXWorkbook.Sheet, _ crossings: [ThresholdCrossing], from first: Int)
  {
    let l = language
    guard !crossings.isEmpty, let last = data.historyYears.last else { return }
    let headers =
      [
        l.pick("Seuil d'alerte", "Alert threshold"),
        l.pick("Franchi en \(last)", "Crossed in \(last)"),
        l.pick("Franchi en (prévision centrale)", "Crossed in (central forecast)"),
      ]
      + data.forecastYears.map { l.pick("Probabilité d'ici \($0) (%)", "Probability by \($0) (%)") }
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: first, column: column, style: .header)
    }
    for (index, crossing) in crossings.enumerated() {
      let row = first + 1 + index
      sheet.write(crossing.threshold.label(l), row: row, column: 0)
      if let beyond = crossing.beyondInLastExecutedYear {
        sheet.write(beyond ? l.pick("oui", "yes") : l.pick("non", "no"), row: row, column: 1)
      }
      if let year = crossing.firstForecastYear {
        sheet.write(Double(year), row: row, column: 2, style: .plain)
      }
      for (offset, year) in data.forecastYears.enumerated() {
        guard let share = crossing.probability[year] else { continue }
        sheet.write(100 * share, row: row, column: 3 + offset, style: .percent)
      }
    }
  }
}
