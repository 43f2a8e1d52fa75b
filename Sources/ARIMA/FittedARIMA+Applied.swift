import ForecastCore
import RealModule

extension FittedARIMA {
  /// A fitted model from the filter's outcome, with information criteria counting
  /// `estimated` coefficients plus σ² (`AIC = −2ℓ + 2(k + 1)`, AICc and BIC alike).
  init(
    specification: ARIMASpecification, driverNames: [String], coefficients: [Double],
    standardErrors: [Double], sigma2: Double, outcome: ARMALikelihood.Outcome, estimated k: Int,
    series: [Double], regressors: [[Double]]
  ) {
    let n = Double(outcome.count)
    let parameters = Double(k + 1)
    let aic = -2 * outcome.logLikelihood + 2 * parameters
    self.init(
      specification: specification, driverNames: driverNames, coefficients: coefficients,
      standardErrors: standardErrors, sigma2: sigma2, logLikelihood: outcome.logLikelihood,
      aic: aic,
      aicc: n - parameters - 1 > 0
        ? aic + 2 * parameters * (parameters + 1) / (n - parameters - 1) : .infinity,
      bic: -2 * outcome.logLikelihood + Double.log(n) * parameters,
      residuals: outcome.innovations, series: series, regressors: regressors,
      state: outcome.state)
  }

  /// The same model run over new data without re-estimation (R's `Arima(y, model =
  /// fit)`).
  ///
  /// Coefficients, their standard errors and σ² are kept; the filter runs over
  /// `series` (with `drivers`, the fitted drivers over it) to give its residuals,
  /// log-likelihood (σ² concentrated out, as R reports it) and the state the
  /// forecasts start from. Information criteria count σ² alone, nothing else being
  /// estimated. Typical use: a model chosen on the accounts to last year, applied to
  /// this year's closed accounts to forecast from them as they stand.
  public func applied(to series: TimeSeries, drivers: ARIMADrivers = .none) throws(ARIMAError)
    -> FittedARIMA
  {
    let y = series.values
    guard y.allSatisfy(\.isFinite) else { throw .nonFinite }
    guard drivers.names == driverNames else {
      throw .driver(
        driverNames.first { !drivers.names.contains($0) } ?? drivers.names.first ?? "?",
        "is not among the fitted model's drivers (\(driverNames.joined(separator: ", ")))")
    }
    try drivers.validate(count: y.count, what: "observations")
    let spec = specification
    guard y.count - spec.differencingLength > 1 else { throw .tooShort(spec, y.count) }
    let x = ARIMARegressors.history(spec, count: y.count) + drivers.columns
    let likelihood = ARMALikelihood(spec, data: DifferencedData(spec, y: y, x: x))
    guard let outcome = likelihood.outcome(natural: coefficients) else {
      throw .estimationFailed(spec)
    }
    return FittedARIMA(
      specification: spec, driverNames: driverNames, coefficients: coefficients,
      standardErrors: standardErrors, sigma2: sigma2, outcome: outcome, estimated: 0, series: y,
      regressors: x)
  }
}
