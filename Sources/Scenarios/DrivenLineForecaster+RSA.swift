import ARIMA
import ForecastCore
import Foundation

extension DrivenLineForecaster {
  /// RSA spending from its households, when they follow unemployment.
  ///
  /// `ln RSA_t = ln H_t + ln S_t`: the households H by their regression on the
  /// unemployment change (the estimator's model at the run's lag, on log levels), the
  /// spending per household S = RSA / H (the base amount, its revaluations, the
  /// households' mix) by ARIMA(p,1,0) with drift; the two log forecasts add, and so do
  /// their variances (their errors taken as independent). With the usual one-year lag,
  /// next year's households follow this year's unemployment change, already known;
  /// later years need projected unemployment in the history.
  func rsaForecast(
    _ households: DriverModel, spending: [Int: Double], history: DriverHistory, lastYear: Int,
    horizon: Int, sampleYears: ClosedRange<Int>?
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
    // Spending per household over the consecutive years ending in the last.
    var perHousehold: [Double] = []
    var year = lastYear
    while let amount = spending[year], let count = counts[year], amount > 0, count > 0 {
      perHousehold.insert(log(amount / count), at: 0)
      year -= 1
    }
    guard perHousehold.count > ElasticityEstimator.minimumObservations else {
      return .failure(
        Problem(
          reason:
            "\(perHousehold.count) consecutive years of spending per household, more than \(ElasticityEstimator.minimumObservations) needed"
        ))
    }
    let perFit: FittedARIMA
    let perForecast: Forecast
    do {
      perFit = try Self.fit(perHousehold, drivers: .none)
      perForecast = try perFit.forecast(horizon: horizon, levels: levels)
    } catch {
      return .failure(Problem(reason: "spending per household could not be fitted: \(error)"))
    }
    let mean = zip(fit.logForecast.mean, perForecast.mean).map(+)
    let deviations = (0..<horizon).map { h in
      let (a, b) = (Self.deviation(fit.logForecast, h), Self.deviation(perForecast, h))
      return (a * a + b * b).squareRoot()
    }
    let logForecast = Forecast.gaussian(mean: mean, standardDeviations: deviations, levels: levels)
    // One-step errors: the two models' log errors added, in the years both have.
    let perErrors = Dictionary(
      zip((year + 2)...lastYear, perFit.residuals).map { ($0, $1) },
      uniquingKeysWith: { a, _ in a })
    var errors: [Int: Double] = [:]
    for (year, error) in zip(fit.years.dropFirst(), fit.fitted.residuals) {
      guard let other = perErrors[year], let amount = spending[year] else { continue }
      errors[year] = amount * (1 - exp(-(error + other)))
    }
    let elasticities = Set(households.regressors.map(\.elasticity))
    var coefficients: [String: Double] = [:]
    var standardErrors: [String: Double] = [:]
    for (prefix, model) in [("households.", fit.fitted), ("per_household.", perFit)] {
      for (j, name) in model.coefficientNames.enumerated() {
        let key = elasticities.contains(name) ? name : prefix + name
        (coefficients[key], standardErrors[key]) = (model.coefficients[j], model.standardErrors[j])
      }
    }
    return .success(
      DrivenLineForecast(
        line: .rsa, forecast: Self.exponentiated(logForecast), errors: errors,
        model:
          "ln rsa = ln households + ln per household; ln households ~ \(Self.terms(households)), \(fit.fitted.specification); ln per household ~ \(perFit.specification)",
        coefficients: coefficients, standardErrors: standardErrors, aicc: fit.fitted.aicc,
        logLikelihood: fit.fitted.logLikelihood + perFit.logLikelihood,
        sigma2: fit.fitted.sigma2, drivers: households.regressors.map(\.driver),
        contributions: contributions(fit, logMean: mean), firstYear: fit.years.first ?? 0,
        lastYear: fit.years.last ?? 0, pathRegressors: fit.path,
        elasticityNames: households.regressors.map(\.elasticity)))
  }

  /// The standard deviation of a Gaussian forecast at horizon index `h`, from its
  /// first interval.
  static func deviation(_ forecast: Forecast, _ h: Int) -> Double {
    guard let interval = forecast.intervals.first else { return 0 }
    let z = NormalDistribution.quantile(0.5 + interval.level / 200)
    return (interval.upper[h] - forecast.mean[h]) / z
  }
}
