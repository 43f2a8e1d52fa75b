/// What to fit: the options of a linear regression, independent of the data.
///
/// ```swift
/// let spec = RegressionSpecification(includesIntercept: true, ridgePenalty: nil)
/// let fit = try LinearRegression.fit(data, specification: spec)
/// ```
public struct RegressionSpecification: Sendable, Hashable, Codable {
  /// Whether a constant column named `(Intercept)` is added first.
  public var includesIntercept: Bool
  /// Ridge penalty λ ≥ 0 on the standardised predictors (never on the intercept);
  /// `nil` for ordinary or weighted least squares.
  public var ridgePenalty: Double?
  /// Confidence level of the coefficient intervals, in (0, 1).
  public var confidenceLevel: Double
  /// Condition number of the equilibrated design above which near-collinearity is
  /// reported as a warning (the fit still proceeds).
  public var collinearityWarningThreshold: Double

  /// A specification; the defaults are those of R's `lm`: intercept, 95 % intervals.
  public init(
    includesIntercept: Bool = true, ridgePenalty: Double? = nil, confidenceLevel: Double = 0.95,
    collinearityWarningThreshold: Double = 1e7
  ) {
    self.includesIntercept = includesIntercept
    self.ridgePenalty = ridgePenalty
    self.confidenceLevel = confidenceLevel
    self.collinearityWarningThreshold = collinearityWarningThreshold
  }
}
