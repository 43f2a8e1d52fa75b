import DelimitedText

/// Executed-accounts (compte administratif) exports as published by départements,
/// such as Gironde's: one row per chapter × nature account × function, codes
/// prefixed (`C017`, `A65171`, `R567`), `OR` for real operations and `OE`/`OI` for
/// order operations.
enum ExecutedAccountsImporter {
  static let columns = [
    "Département", "Budget", "Type nomenclature", "Exercice", "Type fichier", "Dépense/Recette",
    "Investissement/Fonctionnement", "Réel/Ordre id/Ordre diff", "Chapitre", "Article",
    "Rubrique fonctionnelle", "Libellé", "Montant",
  ]

  static func read(_ table: DelimitedTable) throws(DiagnosticReport) -> BudgetDataset {
    var reader = RowReader(table: table, required: columns)
    try reader.checkColumns()
    var lines: [BudgetLine] = []
    var seen: [BudgetLine: Int] = [:]
    var warnings: [String] = []
    for row in table.rows {
      // Every cell is checked before giving up on a row, so all problems are reported.
      let year = reader.year(row, "Exercice")
      let direction = reader.code(
        row, "Dépense/Recette", BudgetLine.Direction.self, expected: "D or R")
      let section = reader.code(
        row, "Investissement/Fonctionnement", BudgetLine.Section.self, expected: "F or I")
      let operation = reader.operation(row, "Réel/Ordre id/Ordre diff")
      let amount = reader.amount(row, "Montant")
      guard let year, let direction, let section, let operation, let amount else { continue }
      let line = BudgetLine(
        entity: reader.text(row, "Département"), budget: reader.text(row, "Budget"), year: year,
        stage: reader.text(row, "Type fichier"),
        nomenclature: reader.text(row, "Type nomenclature"),
        section: section, direction: direction, operation: operation,
        chapter: Self.unprefixed(reader.text(row, "Chapitre"), "C"),
        account: Self.unprefixed(reader.text(row, "Article"), "A"),
        function: Self.unprefixed(reader.text(row, "Rubrique fonctionnelle"), "R"),
        label: reader.text(row, "Libellé"), amountCents: amount)
      if let first = seen[line] {
        warnings.append("line \(row[0].line) repeats line \(first) exactly (kept: both are summed)")
      } else {
        seen[line] = row[0].line
      }
      lines.append(line)
    }
    try reader.finish()
    return BudgetDataset(lines: lines, warnings: warnings)
  }

  /// `C017` → `017`, `A65171` → `65171`; codes without the prefix are kept.
  static func unprefixed(_ code: String, _ prefix: Character) -> String {
    code.first == prefix ? String(code.dropFirst()) : code
  }
}

extension RowReader {
  /// `OR` → real; `OE`, `OI` (order operations, same or other section) → order.
  mutating func operation(_ row: [DelimitedTable.Field], _ column: String) -> BudgetLine.Operation?
  {
    switch text(row, column) {
    case "OR": return .real
    case "OE", "OI", "OD": return .order
    default:
      fail(
        row, column, "'\(text(row, column))' is not an operation type",
        expected: "OR (real), OE or OI (order)")
      return nil
    }
  }
}
