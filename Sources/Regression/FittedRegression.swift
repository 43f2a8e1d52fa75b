import ForecastCore
import LinearAlgebra

/// A fitted linear regression: coefficients with their inference, goodness of fit,
/// information criteria and diagnostics.
///
/// Immutable and `Codable` for the run archive.
///
/// Definitions follow R's `lm` and `summary.lm` (so numbers can be checked against
/// it): with an intercept, R² uses the (weighted) centred total sum of squares, and
/// without one the uncentred sum Σwy², as NIST's certified values do;
/// adjusted R² = 1 − (1 − R²)(n − i)/(n − p), i = 1 with an intercept;
/// σ̂ = √(RSS/(n − p)); F = ((TSS − RSS)/(p − i)) / σ̂² on (p − i, n − p) degrees of
/// freedom; the Gaussian log-likelihood is that of `logLik.lm` (weights included);
/// AIC = −2ℓ + 2k, BIC = −2ℓ + k·ln n, AICc = AIC + 2k(k + 1)/(n − k − 1), with
/// k = p + 1 parameters counting σ².
public struct FittedRegression: Sendable, Hashable, Codable {
  /// One coefficient and its inference.
  public struct Coefficient: Sendable, Hashable, Codable {
    /// Predictor name, `(Intercept)` for the constant.
    public var name: String
    /// The estimate β̂ⱼ.
    public var estimate: Double
    /// Its standard error.
    public var standardError: Double
    /// β̂ⱼ / se (infinite for an exact fit).
    public var tStatistic: Double
    /// Two-sided p-value from Student's t on the residual degrees of freedom.
    public var pValue: Double
    /// Lower bound of the confidence interval at ``FittedRegression/confidenceLevel``.
    public var lower: Double
    /// Upper bound of the confidence interval.
    public var upper: Double
  }

  /// The specification that produced this fit.
  public var specification: RegressionSpecification
  /// The coefficients, in design-column order.
  public var coefficients: [Coefficient]
  /// Number of observations n.
  public var observationCount: Int
  /// Numerical rank of the design.
  public var rank: Int
  /// Residual degrees of freedom (n − p, or n − effective df for ridge).
  public var residualDegreesOfFreedom: Double
  /// Fitted values X·β̂.
  public var fittedValues: [Double]
  /// Residuals y − X·β̂ (unweighted).
  public var residuals: [Double]
  /// Weighted residual sum of squares Σwᵢrᵢ².
  public var residualSumOfSquares: Double
  /// R².
  public var rSquared: Double
  /// Adjusted R².
  public var adjustedRSquared: Double
  /// σ̂, the residual standard error.
  public var residualStandardError: Double
  /// The overall F statistic (nil when the model has no predictor besides the intercept).
  public var fStatistic: Double?
  /// Its numerator degrees of freedom.
  public var fNumeratorDegrees: Double
  /// Upper-tail p-value of the F statistic.
  public var fPValue: Double?
  /// Gaussian log-likelihood.
  public var logLikelihood: Double
  /// Akaike's information criterion.
  public var aic: Double
  /// AIC corrected for small samples.
  public var aicc: Double
  /// Schwarz's Bayesian information criterion.
  public var bic: Double
  /// Condition number of the equilibrated design (columns scaled to unit length).
  public var conditionNumber: Double
  /// σ̂²·(XᵀWX)⁻¹ (for ridge, the sandwich covariance), in design-column order.
  public var covariance: Matrix
  /// Near-collinearity and exact-fit warnings, in words.
  public var warnings: [String]

  /// Confidence level of the coefficient intervals.
  public var confidenceLevel: Double { specification.confidenceLevel }

  /// The coefficient estimates alone.
  public var estimates: [Double] { coefficients.map(\.estimate) }
}
