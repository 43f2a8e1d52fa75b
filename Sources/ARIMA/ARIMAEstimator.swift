import ForecastCore
import LinearAlgebra
import RealModule

/// Why an ARIMA model could not be fitted.
public enum ARIMAError: Error, Sendable, Hashable, CustomStringConvertible {
  case tooShort(ARIMASpecification, Int)
  case nonFinite
  case estimationFailed(ARIMASpecification)
  /// A driver that cannot be used: its name and what is wrong.
  case driver(String, String)
  /// Drivers that are collinear with each other or with the constant or drift.
  case collinearDrivers([String])
  /// R's "non-stationary AR part from CSS": the unconstrained conditional-sum-of-squares
  /// minimum that starts the likelihood search has a non-stationary AR part (an
  /// automatic order search skips such a model, as `auto.arima` does).
  case nonStationaryConditionalStart(ARIMASpecification)

  public var description: String {
    switch self {
    case .tooShort(let spec, let n): return "\(n) observations are too few for \(spec)"
    case .nonFinite: return "the series holds NaN or infinite values"
    case .estimationFailed(let spec): return "the likelihood of \(spec) could not be maximised"
    case .nonStationaryConditionalStart(let spec):
      return "the conditional-sum-of-squares start of \(spec) is not stationary"
    case .driver(let name, let problem): return "driver '\(name)' \(problem)"
    case .collinearDrivers(let names):
      return
        "drivers \(names.map { "'\($0)'" }.joined(separator: ", ")) are collinear (after differencing, "
        + "with each other or with the constant or drift); drop one"
    }
  }
}

extension ARIMASpecification {
  /// Estimates the model by exact maximum likelihood.
  ///
  /// As R's `arima(method = "CSS-ML")`: the conditional sum of squares is minimised
  /// over the raw coefficients from zero ARMA coefficients and the least-squares
  /// regression coefficients of the differenced series (``conditionalStart(_:from:scale:precision:)``);
  /// from there BFGS (``QuasiNewton``, R's `optim` algorithm, `parscale` one for the
  /// ARMA part and ten standard errors for each β) minimises −ℓ/n with the regular and
  /// seasonal AR parts through the partial-autocorrelation transform (so every trial is
  /// stationary) and the MA parts as they are, made invertible at the end (R's
  /// `maInvert`), and restarts once from its optimum for the reported fit. Standard
  /// errors come from the numerical Hessian of −ℓ in the natural parameters (central
  /// differences), inverted by Cholesky.
  public func fit(_ series: TimeSeries, drivers: ARIMADrivers = .none) throws(ARIMAError)
    -> FittedARIMA
  {
    try fit(series, drivers: drivers, precision: .final)
  }

  /// How tightly to estimate: a model search compares many candidates and needs only
  /// their AICc (R's `optim` tolerance, no standard errors, and R's refusal of a
  /// non-stationary conditional start); the model reported is estimated to 10⁻¹⁰ with
  /// its standard errors.
  enum Precision {
    case search, final

    /// R's `reltol` (√ε ≈ 1.5·10⁻⁸) for the search, 10⁻¹⁰ for a reported fit.
    var tolerance: Double { self == .search ? QuasiNewton().relativeTolerance : 1e-10 }
  }

  func fit(_ series: TimeSeries, drivers: ARIMADrivers, precision: Precision) throws(ARIMAError)
    -> FittedARIMA
  {
    let y = series.values
    guard y.allSatisfy(\.isFinite) else { throw .nonFinite }
    try drivers.validate(count: y.count, what: "observations")
    let k = coefficientNames.count + drivers.names.count
    // At least two more differenced observations than coefficients (σ² keeps a degree
    // of freedom; AICc, which needs three, is infinite below that).
    guard y.count - differencingLength > k + 1 else { throw .tooShort(self, y.count) }
    let x = ARIMARegressors.history(self, count: y.count) + drivers.columns
    try checkCollinearity(x, drivers: drivers)
    let (likelihood, start, scale) = problem(y, x)
    var point = start
    if p + q + seasonalP + seasonalQ > 0 {
      point = try conditionalStart(likelihood, from: start, scale: scale, precision: precision)
    }
    // R's objective, −ℓ/n without its constant: ½·ln σ̂² + ½·Σ ln F_t / n.
    let perObservation = Double(likelihood.errors.count)
    let constant = 0.5 * (Double.log(2 * .pi) + 1)
    var best = Double.infinity
    for _ in 0..<(precision == .search ? 1 : 2) {
      let result = QuasiNewton(relativeTolerance: precision.tolerance).minimize(
        start: point, scale: scale
      ) { likelihood.negativeLogLikelihood(transformed: $0) / perObservation - constant }
      guard result.value.isFinite, result.value < best else { break }
      best = result.value
      point = result.point
    }
    let coefficients = likelihood.natural(point)
    guard best.isFinite, let outcome = likelihood.outcome(natural: coefficients) else {
      throw .estimationFailed(self)
    }
    return FittedARIMA(
      specification: self, driverNames: drivers.names, coefficients: coefficients,
      standardErrors: precision == .final
        ? standardErrors(coefficients, likelihood: likelihood)
        : [Double](repeating: .nan, count: coefficients.count),
      sigma2: outcome.sumOfSquares / Swift.max(Double(outcome.count - k), 1), outcome: outcome,
      estimated: k, series: y, regressors: x)
  }

  /// Refuses drivers whose differenced columns are collinear (QR rank, relative
  /// tolerance 10⁻⁹ of the largest diagonal element of R), naming them.
  func checkCollinearity(_ x: [[Double]], drivers: ARIMADrivers) throws(ARIMAError) {
    guard !drivers.isEmpty else { return }
    let columns = x.map {
      ARMAPolynomials.difference($0, d: d, seasonalD: seasonalD, period: period)
    }
    let rank =
      (try? SingularValueDecomposition(Matrix(columns: columns)))
      .map { svd in
        let largest = svd.values.first ?? 0
        return svd.values.filter { $0 > 1e-9 * largest }.count
      } ?? 0
    if rank < columns.count { throw .collinearDrivers(drivers.names) }
  }

  /// The likelihood of `y` on regressors `x`, with R's starting point (zero ARMA
  /// coefficients, the least-squares β) and `parscale` (one for each ARMA coefficient,
  /// ten standard errors for each β).
  func problem(_ y: [Double], _ x: [[Double]]) -> (
    likelihood: ARMALikelihood, start: [Double], scale: [Double]
  ) {
    let (beta, errors) = startingBeta(y, x)
    let armaCount = p + q + seasonalP + seasonalQ
    return (
      ARMALikelihood(self, data: DifferencedData(self, y: y, x: x)),
      [Double](repeating: 0, count: armaCount) + beta,
      [Double](repeating: 1, count: armaCount) + errors.map { 10 * $0 }
    )
  }

  /// Least-squares coefficients of the differenced series on the differenced regressors,
  /// with their standard errors.
  func startingBeta(_ y: [Double], _ x: [[Double]]) -> (beta: [Double], errors: [Double]) {
    guard !x.isEmpty else { return ([], []) }
    let w = ARMAPolynomials.difference(y, d: d, seasonalD: seasonalD, period: period)
    let columns = x.map {
      ARMAPolynomials.difference($0, d: d, seasonalD: seasonalD, period: period)
    }
    let design = Matrix(columns: columns)
    guard let qr = try? LeastSquaresQR(design), let beta = try? qr.solve(w),
      let inverse = try? qr.inverseGram()
    else {
      return ([Double](repeating: 0, count: x.count), [Double](repeating: 1, count: x.count))
    }
    let residuals = LeastSquares.residual(design, beta, w)
    let variance =
      residuals.reduce(0) { $0 + $1 * $1 } / Double(Swift.max(w.count - x.count, 1))
    let errors = inverse.diagonal.map { ($0 * variance).squareRoot() }
    return (beta, errors.map { $0.isFinite && $0 > 0 ? $0 : 1 })
  }

  /// `fit` (of this specification) with the standard errors a search fit leaves out.
  func withStandardErrors(_ fit: FittedARIMA) -> FittedARIMA {
    let likelihood = ARMALikelihood(
      self, data: DifferencedData(self, y: fit.series, x: fit.regressors))
    return FittedARIMA(
      specification: self, driverNames: fit.driverNames, coefficients: fit.coefficients,
      standardErrors: standardErrors(fit.coefficients, likelihood: likelihood),
      sigma2: fit.sigma2, logLikelihood: fit.logLikelihood, aic: fit.aic, aicc: fit.aicc,
      bic: fit.bic, residuals: fit.residuals, series: fit.series, regressors: fit.regressors,
      state: fit.state)
  }

  /// Square roots of the diagonal of the inverse Hessian of −ℓ (NaN if not positive definite).
  func standardErrors(_ coefficients: [Double], likelihood: ARMALikelihood) -> [Double] {
    let k = coefficients.count
    let f = { (c: [Double]) -> Double in
      let value = likelihood.negativeLogLikelihood(natural: c)
      return value.isFinite ? value : .nan
    }
    let steps = coefficients.map { 1e-4 * Swift.max(abs($0), 1e-2) }
    var hessian = Matrix(rows: k, columns: k)
    let center = f(coefficients)
    for i in 0..<k {
      for j in i..<k {
        var value: Double
        if i == j {
          var plus = coefficients
          var minus = coefficients
          plus[i] += steps[i]
          minus[i] -= steps[i]
          value = (f(plus) - 2 * center + f(minus)) / (steps[i] * steps[i])
        } else {
          var corners = [Double]()
          for (si, sj) in [(1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (-1.0, -1.0)] {
            var c = coefficients
            c[i] += si * steps[i]
            c[j] += sj * steps[j]
            corners.append(f(c))
          }
          value = (corners[0] - corners[1] - corners[2] + corners[3]) / (4 * steps[i] * steps[j])
        }
        hessian[i, j] = value
        hessian[j, i] = value
      }
    }
    guard hessian.isFinite, let inverse = try? CholeskyFactorization(hessian).inverse() else {
      return [Double](repeating: .nan, count: k)
    }
    return (0..<k).map { inverse[$0, $0].squareRoot() }
  }
}

/// The series and regressors differenced once per fit: differencing is linear, so the
/// differenced regression errors of every trial β are `w_y − Σ βⱼ·w_xⱼ`.
struct DifferencedData {
  let series: [Double]
  let columns: [[Double]]

  init(_ specification: ARIMASpecification, y: [Double], x: [[Double]]) {
    let difference = { (values: [Double]) in
      ARMAPolynomials.difference(
        values, d: specification.d, seasonalD: specification.seasonalD,
        period: specification.period)
    }
    series = difference(y)
    columns = x.map(difference)
  }

}
