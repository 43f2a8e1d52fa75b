import ForecastCore

/// The forecast of one series with the account of how it was made.
public struct SeriesOutcome: Sendable {
  /// The series identifier.
  public var id: String
  /// The forecast.
  public var forecast: Forecast
  /// The method asked for.
  public var requested: ForecastMethod
  /// The method that produced the forecast (differs from `requested` after a fallback).
  public var used: ForecastMethod
  /// The model, such as `ETS(M,Ad,N)` or `Theta`.
  public var model: String
  /// Named parameters of the model (α, β, …), for explanations.
  public var parameters: [String: Double]
  /// Information criteria when the model has a likelihood.
  public var aicc: Double?
  /// Other fit statistics by name (`logLik`, `sigma2`, `se.ar1`, …), when the model has them.
  public var statistics: [String: Double] = [:]
  /// Each driver's contribution to each forecast (regression with ARIMA errors).
  public var contributions: [String: [Double]] = [:]
  /// Why the requested method did not produce the forecast, one entry per failure.
  public var fallbacks: [String]
  /// Rules applied by design (a member left out of a short series, a closed line).
  public var remarks: [ForecastRemark] = []
  /// One-step in-sample forecasts of the history, when the model produces them
  /// (ETS and its SES/Holt/damped special cases); reconciliation uses their errors.
  public var fitted: [Double]? = nil
  /// Other changes of plan inside the method (a next-best model used, say).
  var notes: [String] = []

}

extension SeriesOutcome {
  /// An outcome made outside the forecasting methods (a rule of the caller's domain,
  /// such as a closed budget line), with its account.
  public init(
    id: String, forecast: Forecast, requested: ForecastMethod, used: ForecastMethod,
    model: String, fallbacks: [String], fitted: [Double]?, remarks: [ForecastRemark] = []
  ) {
    self.id = id
    self.forecast = forecast
    self.requested = requested
    self.used = used
    self.model = model
    parameters = [:]
    aicc = nil
    self.fallbacks = fallbacks
    self.fitted = fitted
    self.remarks = remarks
  }
}
