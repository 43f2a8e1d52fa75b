extension SpreadsheetReport {
  /// The ex-post evaluation sheet (the latest `evaluate` of the run): accuracy by
  /// level, gross and net savings and the debt stock forecast and executed, then every
  /// node and year compared,
  /// for the finance director's own pivot tables.
  func evaluationSheet(_ sheet: XLSXWorkbook.Sheet, _ evaluation: ForecastEvaluation) {
    let l = language
    var row = 0
    let header = { (cells: [String]) in
      for (column, text) in cells.enumerated() {
        sheet.write(text, row: row, column: column, style: .header)
      }
      row += 1
    }
    header([
      l.pick("Niveau", "Level"), l.pick("Séries × années", "Series × years"),
      l.pick("Écart pondéré (%)", "Weighted error (%)"),
      l.pick("Avant réconciliation (%)", "Before reconciliation (%)"),
      l.pick("Écart médian (%)", "Median error (%)"), l.pick("Biais (%)", "Bias (%)"),
      l.pick("Dans l'intervalle à 80 % (%)", "Inside 80% (%)"), l.pick("À 95 % (%)", "95% (%)"),
    ])
    for level in evaluation.levels {
      sheet.write(level.level, row: row, column: 0)
      sheet.write(Double(level.count), row: row, column: 1, style: .plain)
      let rates = [
        level.wape, level.baseWAPE, level.medianAPE, level.bias, level.coverage["80"],
        level.coverage["95"],
      ]
      for (offset, rate) in rates.enumerated() {
        if let rate { sheet.write(100 * rate, row: row, column: 2 + offset, style: .percent) }
      }
      row += 1
    }
    row += 1
    header([
      l.pick("Année", "Year"), l.pick("Épargne brute prévue", "Gross savings forecast"),
      l.pick("Borne basse 80 %", "80% lower"), l.pick("Borne haute 80 %", "80% upper"),
      l.pick("Épargne brute exécutée", "Gross savings executed"),
      l.pick("Épargne nette prévue", "Net savings forecast"),
      l.pick("Épargne nette exécutée", "Net savings executed"),
      l.pick("Encours prévu au 31/12", "Debt forecast at 31/12"),
      l.pick("Encours exécuté au 31/12", "Debt executed at 31/12"),
    ])
    for ratio in evaluation.ratios {
      sheet.write(Double(ratio.year), row: row, column: 0, style: .plain)
      sheet.write(ratio.forecastGrossSavings, row: row, column: 1)
      if let lower = ratio.bands["80"]?.lower { sheet.write(lower, row: row, column: 2) }
      if let upper = ratio.bands["80"]?.upper { sheet.write(upper, row: row, column: 3) }
      sheet.write(ratio.actualGrossSavings, row: row, column: 4)
      sheet.write(ratio.forecastNetSavings, row: row, column: 5)
      sheet.write(ratio.actualNetSavings, row: row, column: 6)
      if let debt = ratio.forecastOutstandingDebt { sheet.write(debt, row: row, column: 7) }
      if let debt = ratio.actualOutstandingDebt { sheet.write(debt, row: row, column: 8) }
      row += 1
    }
    row += 1
    header([
      l.pick("Série", "Series"), l.pick("Libellé", "Label"), l.pick("Année", "Year"),
      l.pick("Exécuté", "Executed"), l.pick("Prévu", "Forecast"),
      l.pick("Prévision des modèles", "Models' forecast"), l.pick("Écart", "Difference"),
    ])
    for comparison in evaluation.comparisons {
      sheet.write(comparison.node, row: row, column: 0)
      sheet.write(evaluation.labels[comparison.node] ?? "", row: row, column: 1)
      sheet.write(Double(comparison.year), row: row, column: 2, style: .plain)
      sheet.write(comparison.actual, row: row, column: 3)
      sheet.write(comparison.forecast, row: row, column: 4)
      sheet.write(comparison.base, row: row, column: 5)
      sheet.write(comparison.error, row: row, column: 6)
      row += 1
    }
    sheet.width(30, columns: 0...1)
    sheet.width(16, columns: 2...7)
  }
}
