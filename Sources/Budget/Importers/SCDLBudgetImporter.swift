import DelimitedText
import Foundation

/// SCDL budget open data (schema 0.8.3, schema.data.gouv.fr `scdl/budget`): one row
/// per budget line of a budget document (`BGT_NATDEC` names the stage), as published
/// by collectivités and as `totem2csv` converts the TOTEM XML sent through @ctes.
///
/// - Chapter and account: `BGT_CONTNAT` holds the chapter and `BGT_NATURE` the nature
///   account, as in TOTEM (`ContNat`, `Nature`) and in the files its converter
///   publishes; the schema's prose describes the two the other way round.
/// - Amount: the executed amount `BGT_MTREAL` for a compte administratif (or CFU),
///   the voted amount `BGT_MTPREV` for a budget primitif, supplementary budget or
///   decision modificative. A row whose amount cell is empty (nothing executed) is
///   skipped and counted in the warnings.
/// - Codes are read as the schema writes them (`dépense`, `fonctionnement`, `réel`,
///   `compte administratif`), without regard to case or accents, and as TOTEM codes
///   them (`D`/`R`, `F`/`I`, `0`/`1` for real/order, `01`/`02`/`03`/`09`/`10` for
///   BP/DM/BS/CA).
/// - Entity: the SIREN (first nine digits of `BGT_SIRET`); budget: the SIRET, which
///   tells a main budget from its annex budgets.
/// - An empty `BGT_SECTION` takes the section of the chapter in the nomenclature when
///   one is given. SCDL files do not name their nomenclature: the line's nomenclature
///   is the given plan's name, or empty.
enum SCDLBudgetImporter {
  static let columns = [
    "BGT_NATDEC", "BGT_ANNEE", "BGT_SIRET", "BGT_CONTNAT", "BGT_NATURE", "BGT_SECTION",
    "BGT_OPBUDG", "BGT_CODRD",
  ]

  /// Stage codes (folded: lower case, no accents) → budgetcast's stage.
  static let stages: [String: String] = [
    "budget primitif": "BP", "budget previsionnel": "BP", "bp": "BP", "01": "BP",
    "decision modificative": "DM", "dm": "DM", "02": "DM",
    "budget supplementaire": "BS", "bs": "BS", "03": "BS",
    "compte administratif": "CA", "ca": "CA", "09": "CA", "10": "CA",
    "compte financier unique": "CFU", "cfu": "CFU",
  ]
  static let directions: [String: BudgetLine.Direction] = [
    "depense": .expenditure, "d": .expenditure, "recette": .revenue, "r": .revenue,
  ]
  static let sections: [String: BudgetLine.Section] = [
    "fonctionnement": .operating, "f": .operating, "investissement": .investment,
    "i": .investment,
  ]
  static let operations: [String: BudgetLine.Operation] = [
    "reel": .real, "0": .real, "ordre": .order, "1": .order,
  ]

  static func read(_ table: DelimitedTable, nomenclature: Nomenclature?) throws(DiagnosticReport)
    -> BudgetDataset
  {
    var reader = RowReader(table: table, required: columns)
    try reader.checkColumns()
    let names = Set(table.columnNames)
    guard names.contains("BGT_MTREAL") || names.contains("BGT_MTPREV") else {
      throw DiagnosticReport([
        Diagnostic(
          file: table.file, line: table.header.first?.line ?? 1, column: 1,
          problem: "neither BGT_MTREAL nor BGT_MTPREV is a column",
          expected: "BGT_MTREAL (executed amounts, CA) or BGT_MTPREV (voted amounts, BP/BS/DM)")
      ])
    }
    var lines: [BudgetLine] = []
    var empty = 0
    for row in table.rows {
      let year = reader.year(row, "BGT_ANNEE")
      let stage = reader.folded(
        row, "BGT_NATDEC", stages,
        expected:
          "compte administratif, budget primitif, budget supplémentaire or décision modificative")
      let direction = reader.folded(
        row, "BGT_CODRD", directions, expected: "dépense or recette (D or R)")
      let operation = reader.folded(
        row, "BGT_OPBUDG", operations, expected: "réel or ordre (0 or 1)")
      let chapter = reader.text(row, "BGT_CONTNAT")
      let section = reader.section(row, chapter: chapter, nomenclature: nomenclature)
      guard let stage else { continue }
      let amountColumn = stage == "CA" || stage == "CFU" ? "BGT_MTREAL" : "BGT_MTPREV"
      guard names.contains(amountColumn) else {
        reader.fail(
          row, "BGT_NATDEC", "a \(stage) row needs the column \(amountColumn), which is absent",
          expected: "\(amountColumn) in the header")
        continue
      }
      if reader.text(row, amountColumn).isEmpty {
        empty += 1
        continue
      }
      let amount = reader.amount(row, amountColumn)
      guard let year, let direction, let operation, let section, let amount else { continue }
      let siret = reader.text(row, "BGT_SIRET").filter { !$0.isWhitespace }
      lines.append(
        BudgetLine(
          entity: siret.count == 14 ? String(siret.prefix(9)) : siret, budget: siret, year: year,
          stage: stage, nomenclature: nomenclature?.name ?? "", section: section,
          direction: direction, operation: operation, chapter: chapter,
          account: reader.text(row, "BGT_NATURE"),
          function: reader.optionalText(row, "BGT_FONCTION"),
          label: reader.optionalText(row, "BGT_NATURE_LABEL"), amountCents: amount))
    }
    try reader.finish()
    let warnings =
      empty > 0 ? ["\(empty) rows without an amount (nothing executed or voted) skipped"] : []
    return BudgetDataset(lines: lines, warnings: warnings)
  }
}

extension RowReader {
  /// The code a table gives for the cell's text, compared without case or accents.
  mutating func folded<T>(
    _ row: [DelimitedTable.Field], _ column: String, _ codes: [String: T], expected: String
  ) -> T? {
    let key = text(row, column).folding(
      options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    guard let value = codes[key] else {
      fail(
        row, column, "'\(text(row, column))' in column '\(column)' is not a valid code",
        expected: expected)
      return nil
    }
    return value
  }

  /// The cell's text, or empty when the (optional) column is absent.
  func optionalText(_ row: [DelimitedTable.Field], _ column: String) -> String {
    hasColumn(column) ? text(row, column) : ""
  }

  /// `BGT_SECTION`, or the chapter's section in the nomenclature when the cell is empty.
  mutating func section(
    _ row: [DelimitedTable.Field], chapter: String, nomenclature: Nomenclature?
  ) -> BudgetLine.Section? {
    if text(row, "BGT_SECTION").isEmpty {
      if let code = nomenclature?.chapters[chapter]?.section,
        let section = BudgetLine.Section(rawValue: code)
      {
        return section
      }
      fail(
        row, "BGT_SECTION", "the section is empty",
        expected:
          "fonctionnement or investissement, or --nomenclature with the plan that gives chapter \(chapter)'s section"
      )
      return nil
    }
    return folded(
      row, "BGT_SECTION", SCDLBudgetImporter.sections,
      expected: "fonctionnement or investissement (F or I)")
  }
}
