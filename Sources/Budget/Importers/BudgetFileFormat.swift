import DelimitedText
import Foundation

/// The budget file formats budgetcast reads, recognised from their header.
public enum BudgetFileFormat: String, Sendable, Hashable, CaseIterable {
  /// budgetcast's own long CSV (see ``LongBudgetFormat``).
  case long
  /// Executed-accounts exports of finance software (compte administratif), as the
  /// Gironde open-data files: `Département,Budget,Type nomenclature,Exercice,…,Montant`.
  case executedAccounts = "ca"
  /// DGFiP account balances (`EXER … SC`).
  case dgfip
  /// SCDL budget open data (`BGT_NATDEC, BGT_ANNEE, …`).
  case scdl

  /// The format whose characteristic columns the header holds, if any.
  public static func detect(_ columns: [String]) -> BudgetFileFormat? {
    let names = Set(columns)
    if names.isSuperset(of: ["entity", "year", "section", "direction", "chapter", "amount"]) {
      return .long
    }
    if names.isSuperset(of: ["Exercice", "Chapitre", "Article", "Montant"]) {
      return .executedAccounts
    }
    // The DGFiP and SCDL schemas name their columns in capitals; portals export them
    // in lower case too.
    let capitals = Set(columns.map { $0.uppercased() })
    if capitals.isSuperset(of: ["EXER", "COMPTE", "OBNETDEB"]) { return .dgfip }
    if capitals.isSuperset(of: ["BGT_NATDEC", "BGT_ANNEE", "BGT_NATURE"]) { return .scdl }
    return nil
  }
}

/// Reads budget files into lines, collecting every problem of a file.
public enum BudgetImporter {
  /// Imports `path` in `format` (detected from the header when nil); `nomenclature`
  /// maps accounts to chapters where the format has no chapter (DGFiP balances) and
  /// gives a chapter's section where the file leaves it empty (SCDL).
  ///
  /// - Throws: ``DiagnosticReport`` with every problem found; nothing is imported then.
  public static func importFile(
    _ path: String, format: BudgetFileFormat? = nil, nomenclature: Nomenclature? = nil
  ) throws(DiagnosticReport) -> BudgetDataset {
    if let kind = MistakenFileKind(path) {
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1,
          problem: "\(kind.description), not a table of budget lines",
          expected: kind.remedy)
      ])
    }
    let table = try DelimitedTable(contentsOf: path)
    guard let format = format ?? BudgetFileFormat.detect(table.columnNames) else {
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1, problem: "unknown budget file format",
          expected:
            "budgetcast's long CSV (entity,…,amount), an executed-accounts export (…,Exercice,…,Montant), "
            + "a DGFiP balance (EXER,…,SC) or an SCDL budget file (BGT_NATDEC,…)")
      ])
    }
    switch format {
    case .long: return try LongBudgetFormat.read(table)
    case .executedAccounts: return try ExecutedAccountsImporter.read(table)
    case .dgfip: return try DGFiPBalanceImporter.read(table, nomenclature: nomenclature)
    case .scdl: return try SCDLBudgetImporter.read(table, nomenclature: nomenclature)
    }
  }

  /// Imports several files into one dataset, refusing an entity-budget-year-stage
  /// that two files both contain, and keeping one stage per year
  /// (``StageSelection``).
  public static func importFiles(
    _ paths: [String], format: BudgetFileFormat? = nil, nomenclature: Nomenclature? = nil
  ) throws(DiagnosticReport) -> BudgetDataset {
    var problems: [Diagnostic] = []
    var lines: [BudgetLine] = []
    var warnings: [String] = []
    var seen: [String: String] = [:]
    for path in paths {
      do {
        let dataset = try importFile(path, format: format, nomenclature: nomenclature)
        let keys = Set(dataset.lines.map { "\($0.entity) \($0.budget) \($0.year) \($0.stage)" })
        for key in keys.sorted() {
          if let other = seen[key] {
            problems.append(
              Diagnostic(
                file: path, line: 1, column: 1,
                problem: "entity, budget, year and stage '\(key)' also appear in \(other)",
                expected: "each year of each budget in one file only (remove the duplicate file)"))
          }
          seen[key] = path
        }
        lines += dataset.lines
        warnings += dataset.warnings.map { "\(path): \($0)" }
      } catch {
        problems += error.diagnostics
      }
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    let selection = StageSelection.select(lines, sources: seen)
    guard selection.problems.isEmpty else { throw DiagnosticReport(selection.problems) }
    return BudgetDataset(lines: selection.lines, warnings: warnings + selection.warnings)
  }
}
