import Scenarios

extension SpreadsheetReport {
  /// The scenario sheet: name, description and assumptions; each cause's effect on
  /// gross savings by forecast year; the driver paths stated in levels or growth against
  /// their trend.
  func scenarioSheet(_ sheet: XLSXWorkbook.Sheet, _ scenario: Scenario) {
    let l = language
    var row = 0
    sheet.write(l.pick("Scénario", "Scenario"), row: row, column: 0, style: .header)
    sheet.write(scenario.name, row: row, column: 1)
    row += 1
    if !scenario.description.isEmpty {
      sheet.write(scenario.description, row: row, column: 1)
      row += 1
    }
    for assumption in scenario.assumptions {
      sheet.write(l.pick("Hypothèse", "Assumption"), row: row, column: 0)
      sheet.write(assumption, row: row, column: 1)
      row += 1
    }
    row += 1
    let years = data.forecastYears
    let effects = data.grossSavingsEffects()
    if !effects.isEmpty {
      sheet.write(
        l.pick("Effet sur l'épargne brute (€)", "Effect on gross savings (€)"), row: row, column: 0,
        style: .header)
      for (offset, year) in years.enumerated() {
        sheet.write("\(year)", row: row, column: 1 + offset, style: .header)
      }
      row += 1
      for cause in effects.keys.sorted() {
        sheet.write(ScenarioComparison.causeLabel(cause, l), row: row, column: 0)
        for (offset, year) in years.enumerated() {
          sheet.write(effects[cause]?[year] ?? 0, row: row, column: 1 + offset)
        }
        row += 1
      }
      row += 1
    }
    guard !data.driverPaths.isEmpty else { return }
    let headers = [
      l.pick("Moteur", "Driver"), l.pick("Année", "Year"), l.pick("Tendance", "Trend"),
      l.pick("Hypothèse", "Assumed"), l.pick("Écart", "Difference"),
      l.pick("Modèle de la tendance", "Trend model"),
    ]
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: row, column: column, style: .header)
    }
    for path in data.driverPaths {
      row += 1
      sheet.write(path.driver.rawValue, row: row, column: 0)
      sheet.write(Double(path.year), row: row, column: 1, style: .plain)
      sheet.write(path.reference, row: row, column: 2, style: .plain)
      sheet.write(path.assumed, row: row, column: 3, style: .plain)
      sheet.write(path.change, row: row, column: 4, style: .plain)
      sheet.write(path.model, row: row, column: 5)
    }
    sheet.width(44, columns: 0...0)
    sheet.width(16, columns: 1...max(5, years.count))
  }
}
