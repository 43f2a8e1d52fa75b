import ForecastCore

/// The central forecast of a driven line's total by the dynamic regression of its
/// driver model (``DrivenLineForecaster``), with the account of how it was made.
public struct DrivenLineForecast: Sendable {
  /// The line forecast.
  public var line: DrivenLine
  /// The line's total (real operations, euros), horizons 1…H after the last year.
  public var forecast: Forecast
  /// One-step in-sample errors (euros) by year, over the regression's sample.
  public var errors: [Int: Double]
  /// The model, such as `ln L ~ ln population_85, ARIMA(0,1,0) with drift`.
  public var model: String
  /// The coefficients by name (`drift`, `ar1`, the elasticities by their scenario name).
  public var coefficients: [String: Double]
  /// Their standard errors, by the same names.
  public var standardErrors: [String: Double]
  /// AICc of the regression's error model.
  public var aicc: Double
  /// Maximised log-likelihood of the regression.
  public var logLikelihood: Double
  /// Innovation variance on the log scale.
  public var sigma2: Double
  /// The drivers, in the model's order.
  public var drivers: [Scenario.Driver]
  /// Each driver's share of the forecast (euros), horizons 1…H: the forecast less the
  /// forecast with that driver held at its last-year level.
  public var contributions: [Scenario.Driver: [Double]]
  /// The years of the regression's sample (levels; growth from the second).
  public var firstYear: Int
  /// The sample's last year.
  public var lastYear: Int
  /// Each regressor's values along its driver's path, horizons 1…H (log growth, or the
  /// rate as a fraction for inflation, as ``DriverModel`` transforms), in order.
  public var pathRegressors: [[Double]]
  /// The elasticities' names (their coefficients' names), in the drivers' order.
  public var elasticityNames: [String]
  /// Drivers the model projects itself, horizons 1…H (levels, medians): the RSA
  /// households along unemployment, which the driver history does not project.
  public var projectedDrivers: [Scenario.Driver: [Double]] = [:]
}
