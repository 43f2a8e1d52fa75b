import Foundation
import RunArchive

/// The report as an XLSX workbook: one sheet per level (lines, chapters, sections),
/// the ratios, the scenario, the debt and the ex-post evaluation when the run has them,
/// the manual adjustments and the provenance; history and forecast side
/// by side, forecasts in italics, overridden cells highlighted with a comment giving
/// author, date and reason.
public struct SpreadsheetReport: Sendable {
  /// The archived run it renders.
  public var data: ReportData
  /// French or English.
  public var language: ReportLanguage

  /// A workbook of an archived run in `language`.
  public init(data: ReportData, language: ReportLanguage) {
    self.data = data
    self.language = language
  }

  /// Writes the workbook to `path`.
  public func write(to path: String) throws {
    let l = language
    let workbook = try XLSXWorkbook(
      path: path,
      title: l.pick("Prévisions budgétaires", "Budget forecasts") + " \(data.runID.prefix(12))")
    for (prefix, name) in [
      ("line/", l.pick("Lignes", "Lines")), ("chapter/", l.pick("Chapitres", "Chapters")),
      ("section/", "Sections"), ("total/", "Totaux"),
    ] {
      try nodeSheet(workbook.sheet(name), prefix: prefix)
    }
    // Simulated once, for both sheets.
    let summary = data.ratioSummary()
    try ratioSheet(workbook.sheet("Ratios"), summary)
    try statutorySheet(
      workbook.sheet(l.pick("Ratios légaux", "Statutory ratios")), cascade: summary.cascade)
    if !data.landings.isEmpty {
      try landingSheet(workbook.sheet(l.pick("Atterrissage", "Landing")), data.landings)
    }
    if let debt = data.scenario?.debt {
      try debtSheet(workbook.sheet(l.pick("Dette", "Debt")), debt)
    }
    if let scenario = data.scenario {
      try scenarioSheet(workbook.sheet(l.pick("Scénario", "Scenario")), scenario)
    }
    if let (_, evaluation) = data.evaluations.last {
      try evaluationSheet(workbook.sheet(l.pick("Évaluation", "Evaluation")), evaluation)
    }
    try overrideSheet(workbook.sheet(l.pick("Ajustements", "Adjustments")))
    try provenanceSheet(workbook.sheet(l.pick("Traçabilité", "Traceability")))
    try workbook.close()
  }

  func nodeSheet(_ sheet: XLSXWorkbook.Sheet, prefix: String) {
    let l = language
    let years = data.historyYears + data.forecastYears
    // The forecast years' bounds, level by level, after the values.
    let bounds = data.manifest.parameters.levels.flatMap { level in
      data.forecastYears.map { (year: $0, level: level) }
    }
    let headers =
      [l.pick("Série", "Series"), l.pick("Libellé", "Label")]
      + years.map { data.yearLabel($0, l, parenthesised: false) }
      + bounds.flatMap { year, level in
        let percent = l.grouped(level, decimals: 0) + l.pick("\u{00A0}%", "%")
        return [
          "\(year) " + l.pick("bas ", "low ") + percent,
          "\(year) " + l.pick("haut ", "high ") + percent,
        ]
      }
      + [
        l.pick("Modèle", "Model"), l.pick("Raison du modèle", "Why this model"),
        l.pick("MAPE test (%)", "Backtest MAPE (%)"),
      ]
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: 0, column: column, style: .header)
    }
    let modelColumn = 2 + years.count + 2 * bounds.count
    let nodes = Set(data.history.keys).union(data.forecasts.keys).filter { $0.hasPrefix(prefix) }
    for (index, node) in nodes.sorted().enumerated() {
      let row = index + 1
      sheet.write(node, row: row, column: 0)
      sheet.write(data.labels[node] ?? "", row: row, column: 1)
      for (offset, year) in years.enumerated() {
        let column = 2 + offset
        if let value = data.history[node]?[year] {
          sheet.write(value, row: row, column: column)
        } else if let cell = data.forecasts[node]?[year] {
          sheet.write(
            cell.mean, row: row, column: column, style: cell.overridden ? .override : .forecast)
          if cell.overridden,
            let o = data.manifest.overrides.last(where: { $0.node == node && $0.year == year })
          {
            sheet.comment(
              l.pick("Ajusté par ", "Adjusted by ") + "\(o.actor), \(o.date): \(o.reason) ("
                + l.pick("modèle : ", "model: ") + l.millions(o.modelValue) + ")",
              row: row, column: column)
          }
        }
      }
      var column = 2 + years.count
      for (year, level) in bounds {
        if let (lower, upper) = data.forecasts[node]?[year]?.bounds[level] {
          sheet.write(lower, row: row, column: column, style: .forecast)
          sheet.write(upper, row: row, column: column + 1, style: .forecast)
        }
        column += 2
      }
      let record = data.models[node]
      sheet.write(record.map { l.modelName($0.model) } ?? "", row: row, column: modelColumn)
      sheet.write(
        record.map { HTML.plainText(l.modelReason(for: $0)) } ?? "", row: row,
        column: modelColumn + 1)
      if let mape = record?.backtest?.mape {
        sheet.write(mape, row: row, column: modelColumn + 2, style: .percent)
      }
    }
    sheet.width(24, columns: 0...0)
    sheet.width(34, columns: 1...1)
    sheet.width(14, columns: 2...(modelColumn - 1))
    sheet.width(44, columns: modelColumn...modelColumn)
    sheet.width(60, columns: (modelColumn + 1)...(modelColumn + 1))
    sheet.freeze(rows: 1, columns: 2)
  }

  func ratioSheet(_ sheet: XLSXWorkbook.Sheet, _ summary: RatioSummary) {
    let l = language
    let cascade = summary.cascade
    let years = cascade.years
    sheet.write(l.pick("Indicateur", "Indicator"), row: 0, column: 0, style: .header)
    for (offset, year) in years.enumerated() {
      let header = data.yearLabel(year.year, l, parenthesised: false)
      sheet.write(header, row: 0, column: 1 + offset, style: .header)
    }
    let rows: [(String, (FinancialRatios.Year) -> Double?, XLSXWorkbook.Style)] = [
      (
        l.pick("Recettes réelles de fonctionnement", "Operating revenue"), \.operatingRevenue,
        .euros
      ),
      (
        l.pick("Dépenses réelles de fonctionnement", "Operating expenditure"), \.operatingSpending,
        .euros
      ),
      (l.pick("Intérêts de la dette (66)", "Interest (66)"), \.interest, .euros),
      (l.pick("Épargne de gestion", "Management savings"), \.managementSavings, .euros),
      (l.pick("Épargne brute", "Gross savings"), \.grossSavings, .euros),
      (l.pick("Taux d'épargne brute (%)", "Gross savings rate (%)"), \.grossSavingsRate, .percent),
      (
        l.pick("Remboursement du capital (chapitre 16)", "Capital repayment (chapter 16)"),
        \.capitalRepayment,
        .euros
      ),
      (l.pick("Épargne nette", "Net savings"), \.netSavings, .euros),
      // Debt rows need the scenario's debt; a cell without a value stays empty.
      (l.pick("Emprunts nouveaux", "New borrowing"), \.newBorrowing, .euros),
      (l.pick("Encours de dette au 31/12", "Outstanding debt at 31/12"), \.outstandingDebt, .euros),
      (
        l.pick("Capacité de désendettement (années)", "Debt-to-savings ratio (years)"),
        \.debtPaydownYears, .plain
      ),
    ]
    for (index, (name, value, style)) in rows.enumerated() {
      sheet.write(name, row: index + 1, column: 0)
      for (offset, year) in years.enumerated() {
        guard let number = value(year), number.isFinite else { continue }
        sheet.write(number, row: index + 1, column: 1 + offset, style: style)
      }
    }
    thresholdRows(sheet, summary.thresholds, from: rows.count + 2)
    sheet.width(36, columns: 0...0)
    sheet.width(14, columns: 1...years.count)
    sheet.freeze(rows: 1, columns: 1)
  }

  func overrideSheet(_ sheet: XLSXWorkbook.Sheet) {
    let l = language
    let headers = [
      l.pick("Série", "Series"), l.pick("Année", "Year"), l.pick("Valeur du modèle", "Model value"),
      l.pick("Valeur retenue", "Value used"), l.pick("Saisie", "Given as"),
      l.pick("Auteur", "Author"),
      l.pick("Date", "Date"), l.pick("Motif", "Reason"),
    ]
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: 0, column: column, style: .header)
    }
    for (index, o) in data.manifest.overrides.enumerated() {
      let row = index + 1
      sheet.write(o.node, row: row, column: 0)
      sheet.write(Double(o.year), row: row, column: 1, style: .plain)
      sheet.write(o.modelValue, row: row, column: 2)
      sheet.write(o.value, row: row, column: 3, style: .override)
      sheet.write(o.given, row: row, column: 4)
      sheet.write(o.actor, row: row, column: 5)
      sheet.write(o.date, row: row, column: 6)
      sheet.write(o.reason, row: row, column: 7)
    }
    sheet.width(24, columns: 0...0)
    sheet.width(16, columns: 1...6)
    sheet.width(50, columns: 7...7)
  }

  func provenanceSheet(_ sheet: XLSXWorkbook.Sheet) {
    let m = data.manifest
    var rows: [(String, String)] = [
      ("run", data.runID), ("kind", m.kind.rawValue), ("parent", m.parent ?? ""),
      ("snapshot sha256", m.snapshot.sha256),
      (
        "parameters",
        "horizon \(m.parameters.horizon), model \(m.parameters.model), reconciliation \(m.parameters.reconciliation), seed \(m.parameters.seed)"
      ),
      (
        "engine",
        "\(m.engine.name) \(m.engine.version) \(m.engine.buildConfiguration) \(m.engine.gitCommit ?? "")"
      ),
      (
        "BLAS",
        "\(m.environment.blas.configuration); core \(m.environment.blas.coreName); \(m.environment.blas.threadCount) thread(s)"
      ),
      ("replay", "budgetcast replay \(data.runID)"),
    ]
    rows += m.inputs.map { ("input \($0.name)", "sha256 \($0.sha256), \($0.bytes) bytes") }
    for (index, (key, value)) in rows.enumerated() {
      sheet.write(key, row: index, column: 0, style: .header)
      sheet.write(value, row: index, column: 1)
    }
    sheet.width(20, columns: 0...0)
    sheet.width(90, columns: 1...1)
  }
}
