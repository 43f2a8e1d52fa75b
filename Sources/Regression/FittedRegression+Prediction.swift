import ForecastCore

/// A prediction for one new observation, with both kinds of interval.
public struct RegressionPrediction: Sendable, Hashable, Codable {
  /// The point prediction x₀ᵀβ̂.
  public var mean: Double
  /// Standard error of the mean, √(x₀ᵀ·Cov(β̂)·x₀).
  public var standardErrorOfMean: Double
  /// Interval for the expected response E[y | x₀].
  public var confidenceInterval: ClosedRange<Double>
  /// Interval for a new observation y₀ = x₀ᵀβ + ε₀, which adds σ̂²/w₀.
  public var predictionInterval: ClosedRange<Double>
}

extension FittedRegression {
  /// Predictions for new rows of predictor values (without the intercept column).
  ///
  /// - Parameters:
  ///   - rows: one array of predictor values per new observation, in predictor order.
  ///   - level: interval level in (0, 1); the fit's confidence level by default.
  ///   - weights: weights of the new observations (their error variance is σ²/w₀); 1 by default.
  /// - Throws: ``RegressionError`` when a row has the wrong length or a non-finite value.
  public func predict(rows: [[Double]], level: Double? = nil, weights: [Double]? = nil)
    throws(RegressionError) -> [RegressionPrediction]
  {
    let level = level ?? confidenceLevel
    guard level > 0, level < 1 else { throw .invalidConfidenceLevel(level) }
    let intercept = specification.includesIntercept
    let expected = coefficients.count - (intercept ? 1 : 0)
    let critical = StudentTDistribution(degreesOfFreedom: residualDegreesOfFreedom).quantile(
      0.5 + level / 2)
    let sigma2 = residualStandardError * residualStandardError
    var predictions: [RegressionPrediction] = []
    for (index, row) in rows.enumerated() {
      guard row.count == expected else {
        throw .lengthMismatch(column: "new row \(index + 1)", count: row.count, expected: expected)
      }
      if let column = row.firstIndex(where: { !$0.isFinite }) {
        throw .nonFiniteValue(
          column: coefficients[column + (intercept ? 1 : 0)].name, row: index + 1)
      }
      let x = (intercept ? [1.0] : []) + row
      let mean = zip(x, estimates).reduce(0) { $0 + $1.0 * $1.1 }
      var variance = 0.0
      for i in x.indices {
        for j in x.indices { variance += x[i] * covariance[i, j] * x[j] }
      }
      let se = Swift.max(variance, 0).squareRoot()
      let weight = weights?[index] ?? 1
      let predictionSE = (se * se + sigma2 / weight).squareRoot()
      predictions.append(
        RegressionPrediction(
          mean: mean, standardErrorOfMean: se,
          confidenceInterval: (mean - critical * se)...(mean + critical * se),
          predictionInterval: (mean - critical * predictionSE)...(mean + critical * predictionSE)))
    }
    return predictions
  }
}
