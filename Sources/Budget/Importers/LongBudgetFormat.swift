import DelimitedText
import Foundation

/// budgetcast's own long budget CSV: one row per line and year,
/// `entity,budget,year,stage,nomenclature,section,direction,operation,chapter,account,function,label,amount`.
///
/// `section` is `F` or `I`, `direction` `D` or `R`, `operation` `real`, `order` or
/// `balance` (a closing balance at 31 December, such as the outstanding debt),
/// codes are written without prefix, `amount` in euros with two decimals. Writing a
/// dataset and reading it back gives the same dataset (import is idempotent).
public enum LongBudgetFormat {
  static let columns = [
    "entity", "budget", "year", "stage", "nomenclature", "section", "direction", "operation",
    "chapter",
    "account", "function", "label", "amount",
  ]

  /// Reads a table in this format (every problem located).
  public static func read(_ table: DelimitedTable) throws(DiagnosticReport) -> BudgetDataset {
    var reader = RowReader(table: table, required: columns)
    try reader.checkColumns()
    var lines: [BudgetLine] = []
    for row in table.rows {
      let year = reader.year(row, "year")
      let section = reader.code(row, "section", BudgetLine.Section.self, expected: "F or I")
      let direction = reader.code(row, "direction", BudgetLine.Direction.self, expected: "D or R")
      let operation = reader.code(
        row, "operation", BudgetLine.Operation.self, expected: "real, order or balance")
      let amount = reader.amount(row, "amount")
      guard let year, let section, let direction, let operation, let amount else { continue }
      lines.append(
        BudgetLine(
          entity: reader.text(row, "entity"), budget: reader.text(row, "budget"), year: year,
          stage: reader.text(row, "stage"), nomenclature: reader.text(row, "nomenclature"),
          section: section,
          direction: direction, operation: operation, chapter: reader.text(row, "chapter"),
          account: reader.text(row, "account"), function: reader.text(row, "function"),
          label: reader.text(row, "label"), amountCents: amount))
    }
    try reader.finish()
    return BudgetDataset(lines: lines)
  }

  /// The dataset as long CSV text, appended cell by cell into one string (the snapshot
  /// of a département's fifteen years, about 19,000 rows, is written at each run).
  public static func text(_ dataset: BudgetDataset) -> String {
    var out = columns.joined(separator: ",") + "\n"
    out.reserveCapacity(out.utf8.count + 80 * dataset.lines.count)
    for line in dataset.lines {
      let cells = [
        line.entity, line.budget, String(line.year), line.stage, line.nomenclature,
        line.section.rawValue, line.direction.rawValue, line.operation.rawValue, line.chapter,
        line.account, line.function, line.label, Cents.text(line.amountCents),
      ]
      for (index, cell) in cells.enumerated() {
        if index > 0 { out += "," }
        out += quoted(cell)
      }
      out += "\n"
    }
    return out
  }

  /// RFC 4180 quoting when a cell holds a comma, a quote or a line break (read by
  /// bytes: a CRLF inside a cell is one `Character`, equal to neither `\r` nor `\n`).
  static func quoted(_ cell: String) -> String {
    guard cell.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D })
    else {
      return cell
    }
    return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
