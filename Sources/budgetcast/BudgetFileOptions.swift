import ArgumentParser
import Budget

/// The options every command that reads budget files takes: the format and the
/// official chart of accounts.
struct BudgetFileOptions: ParsableArguments {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case auto, long, ca, dgfip, scdl
  }

  @Option(help: "File format: auto, long, ca (executed accounts), dgfip, scdl.")
  var format: Format = .auto

  @Option(
    help:
      "Official plan-de-compte XML (ISO-8859-1 or UTF-8): checks chapters and accounts, maps DGFiP balances' accounts to chapters."
  )
  var nomenclature: String?

  /// The format asked for, nil to recognise it from each file's header.
  var chosenFormat: BudgetFileFormat? {
    format == .auto ? nil : BudgetFileFormat(rawValue: format.rawValue)
  }

  /// `files` imported into one dataset, with the chart of accounts' warnings when one
  /// is given.
  ///
  /// - Throws: ``NomenclatureError`` for an unreadable chart, ``DiagnosticReport``
  ///   with every problem of the files.
  func importDataset(_ files: [String]) throws -> BudgetDataset {
    let plan = try nomenclature.map { try Nomenclature.read($0) }
    var dataset = try BudgetImporter.importFiles(files, format: chosenFormat, nomenclature: plan)
    if let plan { dataset.warnings += plan.check(dataset) }
    return dataset
  }
}
