import LinearAlgebra

/// Ordinary, weighted and ridge least squares with complete inference.
///
/// ```swift
/// let data = RegressionData(
///   response: spending,
///   predictors: [.init(name: "households", values: households)])
/// let fit = try LinearRegression.fit(data)
/// print(fit.coefficients[1].estimate, fit.rSquared)
/// ```
///
/// Weighted least squares minimises Σwᵢ(yᵢ − xᵢᵀβ)² by solving the ordinary problem
/// on rows scaled by √wᵢ. The solve uses a Householder QR of the equilibrated design
/// (never the normal equations, which square the condition number), refined in
/// extended precision; see `LeastSquaresQR`. A rank-deficient design is
/// refused with the collinear predictors named; a nearly collinear one is fitted
/// with a warning.
public enum LinearRegression {
  /// The name of the constant column.
  public static let interceptName = "(Intercept)"

  /// Fits `data` as specified.
  ///
  /// - Throws: ``RegressionError`` for invalid input or a rank-deficient design.
  public static func fit(_ data: RegressionData, specification: RegressionSpecification = .init())
    throws(RegressionError) -> FittedRegression
  {
    try validate(data, specification)
    if let penalty = specification.ridgePenalty {
      return try RidgeRegression(data: data, specification: specification, penalty: penalty).fit()
    }
    let names = data.columnNames(includesIntercept: specification.includesIntercept)
    let design = data.designMatrix(includesIntercept: specification.includesIntercept)
    let rootWeights = data.weights?.map { $0.squareRoot() }
    let weightedDesign = rootWeights.map { design.scalingRows(by: $0) } ?? design
    let weightedResponse =
      rootWeights.map { zip(data.response, $0).map { $0 * $1 } } ?? data.response
    let (factorization, diagnosis) = try linearAlgebra { () throws(LinearAlgebraError) in
      let factorization = try LeastSquaresQR(weightedDesign)
      let diagnosis = try CollinearityDiagnosis(
        factorization: factorization, names: names,
        warningThreshold: specification.collinearityWarningThreshold)
      return (factorization, diagnosis)
    }
    guard diagnosis.rank == names.count else { throw .rankDeficient(diagnosis) }
    let (estimates, unscaledCovariance) = try linearAlgebra { () throws(LinearAlgebraError) in
      (try factorization.solve(weightedResponse), try factorization.inverseGram())
    }
    let residuals = LeastSquares.residual(design, estimates, data.response)
    let inference = RegressionInference(
      names: names, estimates: estimates, unscaledCovariance: unscaledCovariance,
      response: data.response, fitted: zip(data.response, residuals).map { $0 - $1 },
      residuals: residuals, weights: data.weights, modelDegrees: Double(names.count),
      rank: diagnosis.rank, conditionNumber: diagnosis.conditionNumber,
      warnings: diagnosis.relations.isEmpty ? [] : ["near-collinearity: " + diagnosis.explanation])
    return inference.fitted(specification: specification)
  }

  /// Runs linear-algebra work, reporting its failure as a regression error.
  static func linearAlgebra<T>(_ body: () throws(LinearAlgebraError) -> T) throws(RegressionError)
    -> T
  {
    do {
      return try body()
    } catch {
      throw .linearAlgebra(error)
    }
  }

  static func validate(_ data: RegressionData, _ specification: RegressionSpecification)
    throws(RegressionError)
  {
    let n = data.count
    for predictor in data.predictors where predictor.values.count != n {
      throw .lengthMismatch(column: predictor.name, count: predictor.values.count, expected: n)
    }
    if let row = data.response.firstIndex(where: { !$0.isFinite }) {
      throw .nonFiniteValue(column: "response", row: row + 1)
    }
    for predictor in data.predictors {
      if let row = predictor.values.firstIndex(where: { !$0.isFinite }) {
        throw .nonFiniteValue(column: predictor.name, row: row + 1)
      }
    }
    if let weights = data.weights {
      guard weights.count == n else {
        throw .lengthMismatch(column: "weights", count: weights.count, expected: n)
      }
      if let row = weights.firstIndex(where: { !($0.isFinite && $0 > 0) }) {
        throw .invalidWeight(row: row + 1, value: weights[row])
      }
    }
    if let penalty = specification.ridgePenalty, !(penalty.isFinite && penalty >= 0) {
      throw .invalidRidgePenalty(penalty)
    }
    let level = specification.confidenceLevel
    guard level > 0, level < 1 else { throw .invalidConfidenceLevel(level) }
    let coefficients = data.predictors.count + (specification.includesIntercept ? 1 : 0)
    guard coefficients > 0, n > coefficients else {
      throw .tooFewObservations(observations: n, coefficients: coefficients)
    }
  }
}

extension Matrix {
  /// Each row i multiplied by `factors[i]`.
  func scalingRows(by factors: [Double]) -> Matrix {
    var result = self
    for j in 0..<columns {
      for i in 0..<rows { result[i, j] *= factors[i] }
    }
    return result
  }
}
