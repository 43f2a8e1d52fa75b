import LinearAlgebra

/// The observations of a regression: a response, named predictor columns and
/// optional observation weights.
public struct RegressionData: Sendable, Hashable, Codable {
  /// A named predictor column.
  public struct Predictor: Sendable, Hashable, Codable {
    /// The name shown in tables such as `unemployment_rate`.
    public var name: String
    /// One value per observation.
    public var values: [Double]

    /// A predictor column.
    public init(name: String, values: [Double]) {
      self.name = name
      self.values = values
    }
  }

  /// The response y.
  public var response: [Double]
  /// The predictors, in column order.
  public var predictors: [Predictor]
  /// Observation weights w > 0 (weighted least squares minimises Σ wᵢ rᵢ²), or `nil`.
  public var weights: [Double]?

  /// Observations for a regression.
  public init(response: [Double], predictors: [Predictor], weights: [Double]? = nil) {
    self.response = response
    self.predictors = predictors
    self.weights = weights
  }

  /// Number of observations.
  public var count: Int { response.count }

  /// Names of the design columns, `(Intercept)` first when requested.
  func columnNames(includesIntercept: Bool) -> [String] {
    (includesIntercept ? [LinearRegression.interceptName] : []) + predictors.map(\.name)
  }

  /// The design matrix X (n×p), with a leading column of ones when requested.
  func designMatrix(includesIntercept: Bool) -> Matrix {
    let ones = includesIntercept ? [[Double](repeating: 1, count: count)] : []
    return Matrix(columns: ones + predictors.map(\.values))
  }
}
