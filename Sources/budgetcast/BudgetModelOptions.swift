import ArgumentParser
import Budget
import DelimitedText
import Forecasting
import Foundation

/// Options shared by the commands that forecast a budget dataset.
struct BudgetModelOptions: ParsableArguments {
  @Option(help: "The dataset (any importable budget file).")
  var data: String

  @Option(help: "Forecasting method for every series.")
  var model: ForecastMethod = .ensemble

  @Flag(help: "Include order operations.")
  var includeOrder = false

  @Option(help: "Worker threads (results do not depend on it).")
  var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

  @Flag(help: ArgumentHelp(stringLiteral: NomenclatureBridge.optOutHelp))
  var noNomenclatureBridge = false

  func validate() throws {
    guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
  }

  /// The dataset, joined across the M52 → M57 switch unless asked not to (what was
  /// joined is said on standard error), or the located problems on standard error and
  /// exit status 65.
  func dataset() throws -> BudgetDataset {
    let dataset = try BudgetInput.load(data)
    guard !noNomenclatureBridge else { return dataset }
    let bridge = NomenclatureBridge(dataset)
    if let summary = bridge.notes.first {
      FileHandle.standardError.write(Data((summary + "\n").utf8))
    }
    return bridge.applied(to: dataset)
  }
}

/// Loading a budget file for a command.
enum BudgetInput {
  /// Imports `path`; on failure prints every located problem and exits with 65.
  static func load(_ path: String) throws -> BudgetDataset {
    do {
      return try BudgetImporter.importFiles([path])
    } catch {
      FileHandle.standardError.write(Data((error.description + "\n").utf8))
      throw ExitCode(65)
    }
  }
}
