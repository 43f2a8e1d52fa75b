import ArgumentParser
import DelimitedText
import Foundation
import Regression

/// `budgetcast regress`: linear regression of one column on others.
struct RegressCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "regress",
    abstract: "Fit a linear regression (ordinary, weighted or ridge) to columns of a CSV file.",
    discussion: """
      The CSV has a header row; fields are separated by ',' or ';' (detected), \
      numbers use '.' or, with ';', ',' as decimal mark, with optional thousands \
      separators; UTF-8 (with or without BOM) or Windows-1252. Every bad cell is \
      reported as FILE:LINE:COLUMN and the command exits with 65.
      """)

  @Option(help: "The CSV file.")
  var data: String

  @Option(help: "The response column.")
  var target: String

  @Option(help: "Predictor columns, comma-separated.")
  var predictors: String

  @Flag(help: "Fit without an intercept.")
  var noIntercept = false

  @Option(help: "Column of observation weights (weighted least squares).")
  var weights: String?

  @Option(help: "Ridge penalty λ ≥ 0 on the standardised predictors.")
  var ridge: Double?

  @Option(help: "Confidence level of the intervals, in percent.")
  var level: Double = 95

  @Option(help: "Output format: table or json.")
  var format: OutputFormat = .table

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json
  }

  var predictorNames: [String] {
    predictors.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
  }

  func validate() throws {
    let names = predictorNames
    guard !names.isEmpty, names.allSatisfy({ !$0.isEmpty }) else {
      throw ValidationError("--predictors needs at least one column name, e.g. --predictors x1,x2")
    }
    guard Set(names).count == names.count else {
      throw ValidationError("--predictors names a column twice")
    }
    guard !names.contains(target) else {
      throw ValidationError("the target '\(target)' is also a predictor")
    }
    guard level > 0, level < 100 else {
      throw ValidationError("--level must lie strictly between 0 and 100, e.g. 95")
    }
    if let ridge, !(ridge.isFinite && ridge >= 0) {
      throw ValidationError("--ridge must be a finite number ≥ 0")
    }
  }

  func run() throws {
    do {
      let table = try DelimitedTable(contentsOf: data)
      let names = [target] + predictorNames + (weights.map { [$0] } ?? [])
      let columns = try table.numericColumns(names)
      let regressionData = RegressionData(
        response: columns[0],
        predictors: predictorNames.enumerated().map {
          .init(name: $0.element, values: columns[$0.offset + 1])
        },
        weights: weights == nil ? nil : columns.last)
      let specification = RegressionSpecification(
        includesIntercept: !noIntercept, ridgePenalty: ridge, confidenceLevel: level / 100)
      let fit = try RegressionFailureLocator(table: table, weightsColumn: weights).fit(
        regressionData, specification)
      switch format {
      case .table: print(RegressionTableRenderer(fit: fit, target: target, file: data).rendered())
      case .json: print(RegressionJSON.object(fit).rendered())
      }
    } catch let report as DiagnosticReport {
      FileHandle.standardError.write(Data((report.description + "\n").utf8))
      throw ExitCode(65)
    } catch let failure as RegressionFailureLocator.InternalFailure {
      FileHandle.standardError.write(Data((failure.description + "\n").utf8))
      throw ExitCode(70)
    }
  }
}
