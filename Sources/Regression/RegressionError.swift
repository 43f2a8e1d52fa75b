import LinearAlgebra

/// Why a regression could not be fitted.
///
/// Every case's description says what to do about it.
public enum RegressionError: Error, Sendable, Hashable, CustomStringConvertible {
  /// Fewer observations than coefficients (plus one for the residual variance).
  case tooFewObservations(observations: Int, coefficients: Int)
  /// A column's length differs from the response's.
  case lengthMismatch(column: String, count: Int, expected: Int)
  /// A value is NaN or infinite (row is 1-based).
  case nonFiniteValue(column: String, row: Int)
  /// A weight is negative, zero or not finite (row is 1-based).
  case invalidWeight(row: Int, value: Double)
  /// The ridge penalty is negative or not finite.
  case invalidRidgePenalty(Double)
  /// The confidence level is outside (0, 1).
  case invalidConfidenceLevel(Double)
  /// The design is rank deficient: the diagnosis names the collinear predictors.
  case rankDeficient(CollinearityDiagnosis)
  /// A predictor takes one value only, which ridge standardisation cannot scale.
  case constantPredictor(String)
  /// LAPACK failed (a numerical failure that validation did not foresee).
  case linearAlgebra(LinearAlgebraError)

  public var description: String {
    switch self {
    case .tooFewObservations(let n, let p):
      return
        "\(n) observations for \(p) coefficients: need at least \(p + 1); remove predictors or add observations"
    case .lengthMismatch(let column, let count, let expected):
      return "column '\(column)' has \(count) values, expected \(expected)"
    case .nonFiniteValue(let column, let row):
      return
        "column '\(column)', observation \(row): value is NaN or infinite; expected a finite number"
    case .invalidWeight(let row, let value):
      return
        "weight of observation \(row) is \(value); expected a finite number > 0 (drop the row instead of a zero weight)"
    case .invalidRidgePenalty(let value):
      return "ridge penalty \(value) is invalid; expected a finite number ≥ 0"
    case .invalidConfidenceLevel(let value):
      return "confidence level \(value) is invalid; expected a number strictly between 0 and 1"
    case .rankDeficient(let diagnosis):
      return "the predictors are collinear (rank \(diagnosis.rank) of \(diagnosis.columnCount)): "
        + diagnosis.explanation + "; remove one of the predictors involved, or use --ridge"
    case .constantPredictor(let name):
      return "predictor '\(name)' is constant; remove it (the intercept already models a constant)"
    case .linearAlgebra(let error):
      return "linear algebra failed: \(error)"
    }
  }
}
