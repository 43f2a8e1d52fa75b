import ArgumentParser
import Budget
import DelimitedText
import Foundation

/// `budgetcast import`: read budget files into budgetcast's long CSV.
struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract:
      "Import budget files (executed accounts, DGFiP balances, SCDL budgets, budgetcast's long CSV) into one dataset.",
    discussion: """
      The format is recognised from the header unless --format is given. Every problem \
      of every file is reported as FILE:LINE:COLUMN and nothing is written then (exit 65). \
      Importing the output again gives the same file.
      """)

  @OptionGroup var input: BudgetFileOptions

  @Argument(help: "The files to import.")
  var files: [String]

  @Option(help: "Where to write the dataset (long CSV).")
  var output: String

  func run() throws {
    do {
      let dataset = try input.importDataset(files)
      try LongBudgetFormat.text(dataset).write(toFile: output, atomically: true, encoding: .utf8)
      print(BudgetSummary(dataset: dataset).rendered())
    } catch let report as DiagnosticReport {
      FileHandle.standardError.write(Data((report.description + "\n").utf8))
      throw ExitCode(65)
    } catch let error as NomenclatureError {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(65)
    }
  }
}

/// The validation summary printed after an import.
struct BudgetSummary {
  let dataset: BudgetDataset

  /// The kind of collectivité `forecast` will take the accounts for, and why.
  var kind: String {
    let names = Set(dataset.lines.map(\.nomenclature)).sorted().joined(separator: ", ")
    guard let kind = EntityKind.inferred(from: dataset) else {
      return
        "not said by the nomenclatures (\(names)): forecast takes departement unless --entity-kind says otherwise"
    }
    return "\(kind.rawValue) (from \(names))"
  }

  func rendered() -> String {
    var text = [
      "Entities: \(dataset.entities.joined(separator: ", "))",
      "Kind: " + kind,
      "Years: \(dataset.years.map(String.init).joined(separator: ", "))",
      "Lines: \(dataset.lines.count) (\(dataset.lines.filter { $0.operation == .real }.count) real operations)",
      "",
      "Real operations (€) by section and direction:",
    ]
    let totals = dataset.sectionTotals()
    text.append(
      "  " + "section".padding(toLength: 24, withPad: " ", startingAt: 0)
        + dataset.years.map { String($0).leftPadded(18) }.joined())
    for section in BudgetLine.Section.allCases {
      for direction in BudgetLine.Direction.allCases {
        let name =
          "\(section == .operating ? "operating" : "investment") \(direction == .expenditure ? "expenditure" : "revenue")"
        let row = dataset.years.map {
          Cents.text(totals[section]?[direction]?[$0] ?? 0).leftPadded(18)
        }
        text.append("  " + name.padding(toLength: 24, withPad: " ", startingAt: 0) + row.joined())
      }
    }
    let debtRow = { (name: String, stock: [Int: Double]) in
      "  " + name.padding(toLength: 24, withPad: " ", startingAt: 0)
        + dataset.years.map { year in
          (stock[year].map { Cents.text(Int64(($0 * 100).rounded())) } ?? "—").leftPadded(18)
        }.joined()
    }
    let debt = dataset.outstandingDebt
    if !debt.isEmpty {
      text.append(debtRow("debt at 31/12 (16)", debt))
      // Its parts, when there are several: what a loan table must hold.
      let parts = [
        ("  bank loans (164)", dataset.outstandingDebt { $0.hasPrefix("164") }),
        ("  bonds (163)", dataset.outstandingDebt { $0.hasPrefix("163") }),
        ("  other debts", dataset.outstandingDebt { !$0.hasPrefix("163") && !$0.hasPrefix("164") }),
      ].filter { $0.1.values.contains { $0 != 0 } }
      if parts.count > 1 { text += parts.map(debtRow) }
    }
    if !dataset.warnings.isEmpty {
      text.append("")
      text.append("Warnings (\(dataset.warnings.count)):")
      text += dataset.warnings.prefix(20).map { "  \($0)" }
      if dataset.warnings.count > 20 { text.append("  … and \(dataset.warnings.count - 20) more") }
    }
    return text.joined(separator: "\n")
  }
}
