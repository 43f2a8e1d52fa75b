import ForecastCore
import LinearAlgebra
import RealModule

/// A fitted ARIMA model: coefficients with standard errors, σ², likelihood,
/// information criteria and the state needed to forecast.
///
/// Definitions as R's `Arima` (method ML): ℓ the exact Gaussian log-likelihood of the
/// differenced series, AIC = −2ℓ + 2(k + 1), AICc = AIC + 2(k + 1)(k + 2)/(n − k − 2),
/// BIC = −2ℓ + (k + 1)·ln n, k coefficients, n the differenced length; σ² is
/// `Σ v_t²/F_t / (n − k)` as `forecast::Arima` reports and uses for intervals (the
/// maximum-likelihood value, `/ n`, is what `stats::arima` shows). The likelihood is
/// that of the differenced series; R's `arima` approximates the same diffuse
/// likelihood with a prior variance of 10⁶ on the differencing states, which moves
/// ℓ by about 0.003 on the airline model.
public struct FittedARIMA: Sendable {
  /// The specification fitted.
  public let specification: ARIMASpecification
  /// The drivers' names (regression with ARIMA errors), in coefficient order.
  public let driverNames: [String]
  /// Coefficients in R's order (`ar…`, `ma…`, `sar…`, `sma…`, `intercept`/`drift`,
  /// then one per driver).
  public let coefficients: [Double]
  /// Their standard errors, from the inverse Hessian of −ℓ (NaN when not computable).
  public let standardErrors: [Double]
  /// Innovation variance σ², `Σ v_t²/F_t / (n − k)` (see the type).
  public let sigma2: Double
  /// Maximised Gaussian log-likelihood ℓ of the differenced series.
  public let logLikelihood: Double
  /// AIC = −2ℓ + 2(k + 1).
  public let aic: Double
  /// AICc, AIC corrected for the sample size; what model selection compares.
  public let aicc: Double
  /// BIC = −2ℓ + (k + 1)·ln n.
  public let bic: Double
  /// Standardised one-step innovations `v_t/√F_t` of the differenced regression errors
  /// (R's `residuals(Arima)`, less R's d + mD leading ones on the undifferenced scale).
  public let residuals: [Double]
  let series: [Double]
  let regressors: [[Double]]
  let state: [Double]

  /// Names of the coefficients.
  public var coefficientNames: [String] { specification.coefficientNames + driverNames }

  /// The Ljung–Box test of the residuals, on R's `checkresiduals` default lag and
  /// `h − (p + q + P + Q)` degrees of freedom (nil when the series is too short).
  public var ljungBox: LjungBoxTest? {
    let s = specification
    return LjungBoxTest(
      residuals: residuals, period: s.period, fitted: s.p + s.q + s.seasonalP + s.seasonalQ)
  }

  var parts: ARIMAParameters { ARIMAParameters(specification, coefficients) }

  /// Point forecasts with Gaussian intervals at `levels` (percent).
  ///
  /// The differenced series is forecast from the filter's last state and integrated
  /// back; the variance at horizon h is `σ²·Σ_{j<h} ψ_j²`, ψ the weights of
  /// `θ(B)Θ(Bᵐ)/(φ(B)Φ(Bᵐ)(1 − B)ᵈ(1 − Bᵐ)ᴰ)`.
  ///
  /// - Parameter drivers: the drivers' future paths, one value per horizon (required
  ///   when the model has drivers; the forecast is conditional on them).
  public func forecast(horizon: Int, levels: [Double] = [80, 95], drivers: ARIMADrivers = .none)
    throws(ARIMAError) -> Forecast
  {
    try checkFuture(drivers, horizon: horizon)
    let spec = specification
    let parts = parts
    let differencedForecast = Self.forecast(ar: parts.ar, from: state, horizon: horizon)
    let n = series.count
    let z = (0..<n).map { series[$0] - parts.regression(regressors, at: $0) }
    var mean = ARIMAIntegration.integrate(
      differencedForecast, history: z, d: spec.d, seasonalD: spec.seasonalD, period: spec.period)
    let future = ARIMARegressors.future(spec, count: n, horizon: horizon) + drivers.columns
    for h in 0..<horizon { mean[h] += parts.regression(future, at: h) }
    var cumulative = 0.0
    let deviations = psiWeights(horizon).map { weight -> Double in
      cumulative += weight * weight
      return (sigma2 * cumulative).squareRoot()
    }
    return Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
  }

  /// Forecasts w_{n+1} … w_{n+h} of the differenced errors from the filter's predicted
  /// state a_{n+1|n}, by the transition `a ← T·a`.
  static func forecast(ar: [Double], from state: [Double], horizon: Int) -> [Double] {
    var a = state
    let r = a.count
    return (0..<horizon).map { _ in
      let first = a[0]
      for i in 0..<r { a[i] = (i < ar.count ? ar[i] * first : 0) + (i + 1 < r ? a[i + 1] : 0) }
      return first
    }
  }

  /// The ψ weights of `θ(B)Θ(Bᵐ)/(φ(B)Φ(Bᵐ)(1 − B)ᵈ(1 − Bᵐ)ᴰ)`, ψ₀ = 1, up to `horizon`:
  /// the h-step forecast error is `Σ_{j<h} ψ_j·ε_{n+h−j}`.
  public func psiWeights(_ horizon: Int) -> [Double] {
    let spec = specification
    let integrated = ARMAPolynomials.integratedAR(
      parts.ar, d: spec.d, seasonalD: spec.seasonalD, period: spec.period)
    return ARMAPolynomials.psiWeights(ar: integrated, ma: parts.ma, count: horizon)
  }

  /// Each driver's contribution to each forecast, `β_j·x_{j,T+h}`, by driver name: the
  /// part of the forecast the driver's path accounts for (the rest is the constant or
  /// drift and the ARIMA errors).
  public func contributions(_ drivers: ARIMADrivers, horizon: Int) throws(ARIMAError)
    -> [String: [Double]]
  {
    try checkFuture(drivers, horizon: horizon)
    let offset = coefficients.count - driverNames.count
    var result: [String: [Double]] = [:]
    for (j, name) in driverNames.enumerated() {
      result[name] = drivers.columns[j].prefix(horizon).map { coefficients[offset + j] * $0 }
    }
    return result
  }

  /// The future paths must name the fitted drivers, in order, over the horizon.
  func checkFuture(_ drivers: ARIMADrivers, horizon: Int) throws(ARIMAError) {
    guard drivers.names == driverNames else {
      let missing = driverNames.filter { !drivers.names.contains($0) }
      throw .driver(
        missing.first ?? drivers.names.first ?? "?",
        "has no future path (the model was fitted with \(driverNames.joined(separator: ", ")))")
    }
    try drivers.validate(count: horizon, what: "forecast periods")
  }
}

/// The coefficient vector split into its parts, polynomials expanded.
struct ARIMAParameters {
  var ar: [Double]
  var ma: [Double]
  var beta: [Double]

  init(_ spec: ARIMASpecification, _ coefficients: [Double]) {
    var index = 0
    func take(_ count: Int) -> [Double] {
      defer { index += count }
      return Array(coefficients[index..<(index + count)])
    }
    let phi = take(spec.p)
    let theta = take(spec.q)
    let seasonalPhi = take(spec.seasonalP)
    let seasonalTheta = take(spec.seasonalQ)
    beta = Array(coefficients[index...])
    ar = ARMAPolynomials.expandAR(phi, seasonalPhi, period: spec.period)
    ma = ARMAPolynomials.expandMA(theta, seasonalTheta, period: spec.period)
  }

  /// x_tᵀβ for regressor rows `x`.
  func regression(_ x: [[Double]], at t: Int) -> Double {
    zip(beta, x).reduce(0) { $0 + $1.0 * $1.1[t] }
  }
}

/// The regressors of the mean and drift terms.
enum ARIMARegressors {
  /// One array per regressor over t = 1…n.
  static func history(_ spec: ARIMASpecification, count n: Int) -> [[Double]] {
    (spec.includesMean ? [[Double](repeating: 1, count: n)] : [])
      + (spec.includesDrift ? [(1...Swift.max(n, 1)).prefix(n).map(Double.init)] : [])
  }

  /// Their values at t = n+1…n+h.
  static func future(_ spec: ARIMASpecification, count n: Int, horizon h: Int) -> [[Double]] {
    (spec.includesMean ? [[Double](repeating: 1, count: h)] : [])
      + (spec.includesDrift ? [(1...Swift.max(h, 1)).prefix(h).map { Double(n + $0) }] : [])
  }
}

/// Undoing the differencing of a forecast.
enum ARIMAIntegration {
  /// The forecasts of z from the forecasts of w = (1 − B)ᵈ(1 − Bᵐ)ᴰz and z's history.
  static func integrate(
    _ forecasts: [Double], history z: [Double], d: Int, seasonalD: Int, period m: Int
  ) -> [Double] {
    // The series at each differencing stage: z, then seasonal differences, then regular ones.
    var stages = [z]
    var lags: [Int] = []
    for _ in 0..<seasonalD {
      stages.append(
        ARMAPolynomials.difference(stages[stages.count - 1], d: 0, seasonalD: 1, period: m))
      lags.append(m)
    }
    for _ in 0..<d {
      stages.append(
        ARMAPolynomials.difference(stages[stages.count - 1], d: 1, seasonalD: 0, period: m))
      lags.append(1)
    }
    var current = forecasts
    for stage in stride(from: lags.count - 1, through: 0, by: -1) {
      let lag = lags[stage]
      var extended = stages[stage]
      for value in current { extended.append(value + extended[extended.count - lag]) }
      current = Array(extended.suffix(forecasts.count))
    }
    return current
  }
}
