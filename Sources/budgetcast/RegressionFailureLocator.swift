import DelimitedText
import Regression

/// Fits a regression and turns its data-related failures into located diagnostics.
struct RegressionFailureLocator {
  let table: DelimitedTable
  let weightsColumn: String?

  /// A failure of the engine rather than of the data (exit status 70).
  struct InternalFailure: Error, CustomStringConvertible {
    var description: String
  }

  func fit(_ data: RegressionData, _ specification: RegressionSpecification) throws
    -> FittedRegression
  {
    do {
      return try LinearRegression.fit(data, specification: specification)
    } catch {
      if case .linearAlgebra(let failure) = error {
        throw InternalFailure(description: "\(table.file): internal numerical failure: \(failure)")
      }
      throw DiagnosticReport([diagnostic(for: error, data: data)])
    }
  }

  func diagnostic(for error: RegressionError, data: RegressionData) -> Diagnostic {
    let headerLine = table.header.first?.line ?? 1
    func atHeader(_ name: String?) -> (Int, Int) {
      guard let name, let field = table.headerField(named: name) else { return (headerLine, 1) }
      return (field.line, field.column)
    }
    switch error {
    case .tooFewObservations(let n, let p):
      return Diagnostic(
        file: table.file, line: headerLine, column: 1,
        problem: "\(n) data row\(n == 1 ? "" : "s") for \(p) coefficient\(p == 1 ? "" : "s")",
        expected: "at least \(p + 1) data rows (or fewer predictors)")
    case .rankDeficient(let diagnosis):
      let involved = diagnosis.relations.first?.involved.first {
        $0 != LinearRegression.interceptName
      }
      let (line, column) = atHeader(involved)
      return Diagnostic(
        file: table.file, line: line, column: column,
        problem:
          "the predictors are collinear (rank \(diagnosis.rank) of \(diagnosis.columnCount)): \(diagnosis.explanation)",
        expected: "linearly independent predictors: remove one of those named, or use --ridge")
    case .constantPredictor(let name):
      let (line, column) = atHeader(name)
      return Diagnostic(
        file: table.file, line: line, column: column, problem: "predictor '\(name)' is constant",
        expected: "a predictor that varies across rows (remove it)")
    case .invalidWeight(let row, let value):
      let field = weightsColumn.flatMap { name in
        table.header.firstIndex { $0.text == name }.map { table.rows[row - 1][$0] }
      }
      return Diagnostic(
        file: table.file, line: field?.line ?? headerLine, column: field?.column ?? 1,
        problem: "weight \(value) is not positive",
        expected: "a weight > 0 (remove the row to exclude it)")
    case .nonFiniteValue, .lengthMismatch, .invalidRidgePenalty, .invalidConfidenceLevel,
      .linearAlgebra:
      return Diagnostic(
        file: table.file, line: headerLine, column: 1, problem: error.description,
        expected: "data on which least squares is defined")
    }
  }
}
