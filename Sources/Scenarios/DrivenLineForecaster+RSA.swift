import ARIMA
import ForecastCore
import Foundation

extension DrivenLineForecaster {
  /// RSA spending from its households, when they follow unemployment.
  ///
  /// `ln RSA_t = ln H_t + ln B_t + ln S_t`: the households H by their regression on the
  /// unemployment change (the estimator's model at the run's lag, on log levels); the
  /// base amount B (the yearly mean of the amounts in force, with each April
  /// revaluation's timing) as the driver history gives it, when it gives it for the last
  /// executed year and every forecast year (legal amounts, announced or assumed
  /// revaluations); the base amounts paid per household S = RSA / (H·B) (the households'
  /// mix, their other income, the payment calendar) by ARIMA(p,1,0) with drift. Without
  /// projected base amounts B is 1: S is the spending per household, and carries the
  /// revaluations in its trend. The log forecasts add; the variance of the sum is H's
  /// and S's plus twice their covariance, from their one-step errors' correlation over
  /// their common years (``combinedDeviations(_:_:correlation:horizon:)``; B's path is
  /// given, without variance). With the usual one-year
  /// lag, next year's households follow this year's unemployment change, already known;
  /// later years need projected unemployment in the history. `bases` is B by year
  /// (``baseAmounts(_:lastYear:horizon:)``), nil when the history does not give it.
  func rsaForecast(
    _ households: DriverModel, spending: [Int: Double], bases: [Int: Double]?,
    history: DriverHistory, lastYear: Int, horizon: Int, sampleYears: ClosedRange<Int>?
  ) -> Result<DrivenLineForecast, Problem> {
    let counts = history.through(lastYear).values[.rsaHouseholds] ?? [:]
    let fit: LogFit
    switch logFit(
      households, levels: counts, history: history, lastYear: lastYear, horizon: horizon,
      sampleYears: sampleYears)
    {
    case .success(let value): fit = value
    case .failure(let problem): return .failure(problem)
    }
    // Spending per household (in base amounts) over the consecutive years ending in the last.
    var perHousehold: [Double] = []
    var year = lastYear
    while let amount = spending[year], let count = counts[year], amount > 0, count > 0,
      let base = bases == nil ? 1 : bases?[year], base > 0
    {
      perHousehold.insert(log(amount / (count * base)), at: 0)
      year -= 1
    }
    guard perHousehold.count > ElasticityEstimator.minimumObservations else {
      return .failure(
        Problem(
          reason:
            "\(perHousehold.count) consecutive years of spending per household, more than \(ElasticityEstimator.minimumObservations) needed"
        ))
    }
    // The base amount's log path (zeros without it), and its growth since the last year.
    let lastBase = bases?[lastYear].map(log) ?? 0
    let baseLogs = (1...horizon).map { h in bases?[lastYear + h].map(log) ?? 0 }
    let baseGrowth = baseLogs.map { $0 - lastBase }
    let perFit: FittedARIMA
    let perForecast: Forecast
    do {
      perFit = try Self.fit(perHousehold, drivers: .none)
      perForecast = try perFit.forecast(horizon: horizon, levels: levels)
    } catch {
      return .failure(Problem(reason: "spending per household could not be fitted: \(error)"))
    }
    let mean = (0..<horizon).map { fit.logForecast.mean[$0] + perForecast.mean[$0] + baseLogs[$0] }
    // One-step errors by year: their correlation enters the variance of the sum, and
    // the two log errors add, in the years both have.
    let householdErrors = Dictionary(
      zip(fit.years.dropFirst(), fit.fitted.residuals).map { ($0, $1) },
      uniquingKeysWith: { a, _ in a })
    let perErrors = Dictionary(
      zip((year + 2)...lastYear, perFit.residuals).map { ($0, $1) },
      uniquingKeysWith: { a, _ in a })
    let correlation = Self.errorCorrelation(householdErrors, perErrors)
    let deviations = Self.combinedDeviations(
      fit.fitted, perFit, correlation: correlation, horizon: horizon)
    let logForecast = Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
    var errors: [Int: Double] = [:]
    for (year, error) in householdErrors {
      guard let other = perErrors[year], let amount = spending[year] else { continue }
      errors[year] = amount * (1 - exp(-(error + other)))
    }
    let elasticities = Set(households.regressors.map(\.elasticity))
    let (per, perPrefix) =
      bases == nil
      ? ("per household", "per_household.")
      : ("base amounts per household", "base_amounts_per_household.")
    var coefficients: [String: Double] = [:]
    var standardErrors: [String: Double] = [:]
    let prefixes = [("households.", fit.fitted), (perPrefix, perFit)]
    for (prefix, model) in prefixes {
      for (j, name) in model.coefficientNames.enumerated() {
        let key = elasticities.contains(name) ? name : prefix + name
        (coefficients[key], standardErrors[key]) = (model.coefficients[j], model.standardErrors[j])
      }
    }
    coefficients["error_correlation"] = correlation
    var forecast = DrivenLineForecast(
      line: .rsa, forecast: Self.exponentiated(logForecast), errors: errors,
      model:
        "ln rsa = ln households + \(bases == nil ? "" : "ln rsa_base_amount + ")ln \(per); ln households ~ \(Self.terms(households)), \(fit.fitted.specification); ln \(per) ~ \(perFit.specification)",
      coefficients: coefficients, standardErrors: standardErrors, aicc: fit.fitted.aicc,
      logLikelihood: fit.fitted.logLikelihood + perFit.logLikelihood,
      sigma2: fit.fitted.sigma2, drivers: households.regressors.map(\.driver),
      contributions: contributions(fit, logMean: mean), firstYear: fit.years.first ?? 0,
      lastYear: fit.years.last ?? 0, pathRegressors: fit.path,
      elasticityNames: households.regressors.map(\.elasticity))
    forecast.projectedDrivers[.rsaHouseholds] = fit.logForecast.mean.map(exp)
    if bases != nil {
      // The base amount enters with elasticity 1 by construction (no standard error);
      // its regressor is its log growth, its contribution the forecast less the one at
      // the last executed year's amount.
      let name = Scenario.Driver.rsaBaseAmount.rawValue
      (forecast.coefficients[name], forecast.standardErrors[name]) = (1, 0)
      forecast.drivers.append(.rsaBaseAmount)
      forecast.elasticityNames.append(name)
      forecast.pathRegressors.append(zip([0] + baseGrowth, baseGrowth).map { $1 - $0 })
      forecast.contributions[.rsaBaseAmount] = zip(mean, baseGrowth).map { exp($0) - exp($0 - $1) }
    }
    return .success(forecast)
  }

  /// The RSA base amount by year, when the driver history gives it for the last
  /// executed year and every forecast year; else the years it lacks (none when it gives
  /// no base amount at all).
  static func baseAmounts(_ history: DriverHistory, lastYear: Int, horizon: Int)
    -> Result<[Int: Double], MissingYears>
  {
    let values = history.values[.rsaBaseAmount] ?? [:]
    let missing = (lastYear...(lastYear + horizon)).filter { values[$0] == nil }
    return missing.isEmpty
      ? .success(values) : .failure(MissingYears(years: values.isEmpty ? [] : missing))
  }

  /// The years a driver's path lacks.
  struct MissingYears: Error {
    var years: [Int]
  }
}
