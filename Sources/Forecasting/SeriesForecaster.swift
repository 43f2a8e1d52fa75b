import ARIMA
import Baselines
import ExponentialSmoothing
import ForecastCore
import Theta

/// Forecasts one series with one method, falling back to a named simpler method
/// whenever the requested one fails or produces a non-finite number.
public struct SeriesForecaster: Sendable {
  /// Whether and how series are Box–Cox transformed before modelling.
  public enum Transformation: Sendable, Hashable {
    case none
    /// λ by Guerrero's method per series (positive series only; others untransformed).
    case guerrero
    case lambda(Double)
  }

  /// The order fitted by the `arima` method.
  public struct ARIMAOrder: Sendable, Hashable {
    /// Non-seasonal orders.
    public var p: Int, d: Int, q: Int
    /// Seasonal orders (used when the period is above 1).
    public var seasonalP: Int, seasonalD: Int, seasonalQ: Int
    /// A constant: a mean when undifferenced, a drift when differenced once.
    public var constant: Bool
    /// A drift (when d + D = 1).
    public var drift: Bool

    /// An order; seasonal parts default to none.
    public init(
      p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0,
      constant: Bool = false, drift: Bool = false
    ) {
      (self.p, self.d, self.q) = (p, d, q)
      (self.seasonalP, self.seasonalD, self.seasonalQ) = (seasonalP, seasonalD, seasonalQ)
      (self.constant, self.drift) = (constant, drift)
    }

    /// The specification for a series of period m (the seasonal part only when m > 1).
    func specification(period m: Int) -> ARIMASpecification {
      let seasonal = m > 1
      return ARIMASpecification(
        p: p, d: d, q: q, seasonalP: seasonal ? seasonalP : 0, seasonalD: seasonal ? seasonalD : 0,
        seasonalQ: seasonal ? seasonalQ : 0, period: m,
        includesMean: constant && d + (seasonal ? seasonalD : 0) == 0,
        includesDrift: (constant || drift) && d + (seasonal ? seasonalD : 0) == 1)
    }
  }

  /// Interval levels in percent, such as 80 and 95.
  public var levels: [Double]
  /// Base seed; each series derives its own stream from it and its identifier.
  public var seed: UInt64
  /// Box–Cox transformation applied before fitting.
  public var transformation: Transformation
  /// The order of the `arima` method.
  public var arimaOrder: ARIMAOrder = ARIMAOrder(p: 0, d: 1, q: 1)

  /// A forecaster producing intervals at `levels` (percent).
  public init(
    levels: [Double] = [80, 95], seed: UInt64 = 20_241_130, transformation: Transformation = .none
  ) {
    self.levels = levels
    self.seed = seed
    self.transformation = transformation
  }

  /// The longest horizon forecast, in periods of the series.
  ///
  /// Beyond it no model here says anything (a thousand years, or 83 years of months),
  /// and the simulated intervals would take memory in proportion: a horizon of ten
  /// billion, a typing slip, asked 80 GB.
  public static let maximumHorizon = 1_000

  /// Forecasts `series` `horizon` steps ahead with `method` (or its fallbacks), on
  /// the Box–Cox scale when asked: the forecast is made on the transformed series and
  /// its mean and bounds are transformed back (the mean becomes the median).
  ///
  /// - Returns: nil when every method and fallback failed, or when `horizon` is not
  ///   within 1...``maximumHorizon``.
  public func forecast(
    id: String, series: TimeSeries, horizon: Int, method: ForecastMethod,
    drivers: SeriesDrivers? = nil
  ) -> SeriesOutcome? {
    guard (1...Self.maximumHorizon).contains(horizon) else { return nil }
    let untransformed = { (series: TimeSeries) in
      self.untransformed(
        id: id, series: series, horizon: horizon, method: method, drivers: drivers)
    }
    guard let boxCox = boxCox(for: series) else { return untransformed(series) }
    var transformed = series
    transformed.values = series.values.map(boxCox.transform)
    guard transformed.values.allSatisfy(\.isFinite),
      var outcome = untransformed(transformed)
    else {
      var outcome = untransformed(series)
      outcome?.fallbacks.append(
        "Box–Cox λ = \(boxCox.lambda) not applicable to this series; untransformed")
      return outcome
    }
    let back = { (values: [Double]) in values.map(boxCox.inverse) }
    outcome.forecast = outcome.forecast.mapValues(back)
    outcome.parameters["lambda"] = boxCox.lambda
    outcome.fitted = outcome.fitted.map(back)
    guard outcome.forecast.isFinite else {
      var plain = untransformed(series)
      plain?.fallbacks.append(
        "back-transformed forecast not finite with λ = \(boxCox.lambda); untransformed")
      return plain
    }
    return outcome
  }

  func boxCox(for series: TimeSeries) -> BoxCox? {
    switch transformation {
    case .none: return nil
    case .guerrero: return BoxCox.guerrero(series)
    case .lambda(let value): return BoxCox(lambda: value)
    }
  }

  func untransformed(
    id: String, series: TimeSeries, horizon: Int, method: ForecastMethod, drivers: SeriesDrivers?
  ) -> SeriesOutcome? {
    var fallbacks: [String] = []
    var current: ForecastMethod? = method
    while let attempt = current {
      do {
        var outcome = try run(
          attempt, id: id, series: series, horizon: horizon, drivers: drivers)
        guard outcome.forecast.isFinite else { throw ForecastFailure.nonFinite }
        outcome.fallbacks = fallbacks + outcome.notes
        return outcome
      } catch {
        fallbacks.append("\(attempt.rawValue) failed: \(error)")
        current = attempt.fallback
      }
    }
    return nil
  }

  enum ForecastFailure: Error, CustomStringConvertible {
    case nonFinite, empty
    /// Observations, the model, and the fewest it needs.
    case tooShort(Int, String, Int)
    var description: String {
      switch self {
      case .nonFinite: return "the forecast was not finite"
      case .empty: return "the series has no observations"
      case .tooShort(let count, let model, let minimum):
        return "\(count) observations are too few for \(model) (at least \(minimum))"
      }
    }
  }

  func outcome(
    _ id: String, _ method: ForecastMethod, _ forecast: Forecast, model: String,
    parameters: [String: Double] = [:], aicc: Double? = nil
  ) -> SeriesOutcome {
    SeriesOutcome(
      id: id, forecast: forecast, requested: method, used: method, model: model,
      parameters: parameters,
      aicc: aicc, fallbacks: [])
  }

  func run(
    _ method: ForecastMethod, id: String, series: TimeSeries, horizon: Int,
    drivers: SeriesDrivers? = nil
  ) throws -> SeriesOutcome {
    guard series.count > 0 else { throw ForecastFailure.empty }
    let streamSeed = SeededRandom.seed(seed, key: id)
    switch method {
    case .auto, .ets:
      return try bestETS(id: id, series: series, horizon: horizon, method: method, seed: streamSeed)
    case .ensemble:
      return try EnsembleForecaster(levels: levels, seed: streamSeed).forecast(
        id: id, series: series, horizon: horizon)
    case .theta:
      return outcome(
        id, method, try ThetaMethod().forecast(series, horizon: horizon, levels: levels),
        model: "Theta")
    case .arima, .autoArima:
      let history = drivers?.history ?? .none
      let future = drivers?.future ?? .none
      let fit =
        method == .arima
        ? try arimaOrder.specification(period: series.period).fit(series, drivers: history)
        : try AutoARIMA().fit(series, drivers: history)
      let specification = fit.specification
      var result = outcome(
        id, method, try fit.forecast(horizon: horizon, levels: levels, drivers: future),
        model: specification.description,
        parameters: Dictionary(uniqueKeysWithValues: zip(fit.coefficientNames, fit.coefficients)),
        aicc: fit.aicc)
      result.statistics = [
        "logLik": fit.logLikelihood, "sigma2": fit.sigma2, "aic": fit.aic, "bic": fit.bic,
      ]
      for (name, error) in zip(fit.coefficientNames, fit.standardErrors) where error.isFinite {
        result.statistics["se.\(name)"] = error
      }
      if let test = fit.ljungBox {
        result.statistics["ljungBox.Q"] = test.statistic
        result.statistics["ljungBox.lags"] = Double(test.lags)
        result.statistics["ljungBox.pValue"] = test.pValue
      }
      if !future.isEmpty {
        result.contributions = try fit.contributions(future, horizon: horizon)
      }
      return result
    case .otm, .dotm:
      let model = OptimizedTheta(dynamic: method == .dotm)
      guard series.count >= model.minimumCount else {
        throw ForecastFailure.tooShort(
          series.count, method.rawValue.uppercased(), model.minimumCount)
      }
      guard let (forecast, fit) = model.forecast(series, horizon: horizon, levels: levels)
      else { throw ForecastFailure.nonFinite }
      return outcome(
        id, method, forecast, model: method.rawValue.uppercased(),
        parameters: ["alpha": fit.alpha, "theta": fit.theta, "level0": fit.initialLevel])
    case .naive, .snaive, .drift, .mean:
      let naive = NaiveMethod(rawValue: method.rawValue) ?? .naive
      guard let forecast = naive.forecast(series, horizon: horizon, levels: levels) else {
        throw ForecastFailure.nonFinite
      }
      return outcome(id, method, forecast, model: method.rawValue)
    case .ses, .holt, .damped:
      let benchmark = SmoothingBenchmark(rawValue: method.rawValue) ?? .ses
      let fit = try benchmark.fit(series)
      var result = outcome(
        id, method, fit.forecast(horizon: horizon, levels: levels, seed: streamSeed),
        model: fit.name,
        parameters: fit.namedParameters, aicc: fit.aicc)
      result.fitted = fit.fitted
      return result
    case .comb:
      return outcome(
        id, method, try SmoothingBenchmark.comb.forecast(series, horizon: horizon, levels: levels),
        model: "Comb")
    }
  }
}

extension SeriesForecaster {
  /// The best ETS model by AICc whose forecast is finite; a model whose recursion
  /// leaves its domain over the horizon gives way to the next best, and says so.
  func bestETS(id: String, series: TimeSeries, horizon: Int, method: ForecastMethod, seed: UInt64)
    throws
    -> SeriesOutcome
  {
    let (fit, forecast, skipped) = try AutoETS().firstFinite(
      series, horizon: horizon, levels: levels, seed: seed)
    var result = outcome(
      id, method, forecast, model: fit.name, parameters: fit.namedParameters, aicc: fit.aicc)
    result.notes = skipped
    result.fitted = fit.fitted
    result.statistics = fit.statistics
    return result
  }
}

extension AutoETS {
  /// The best fit by the criterion whose forecast is finite, its forecast, and a note
  /// for each better fit passed over because its recursion left its domain over the
  /// horizon.
  func firstFinite(_ series: TimeSeries, horizon: Int, levels: [Double], seed: UInt64)
    throws(ETSError) -> (FittedETS, Forecast, [String])
  {
    var skipped: [String] = []
    for fit in rankedFits(series) {
      let forecast = fit.forecast(horizon: horizon, levels: levels, seed: seed)
      guard forecast.isFinite else {
        skipped.append("\(fit.name) had the lowest AICc but a non-finite forecast; next best used")
        continue
      }
      return (fit, forecast, skipped)
    }
    throw .noCandidate
  }
}

extension FittedETS {
  /// α, β, γ, φ as estimated (only those the model has) and the initial states
  /// `level0`, `trend0`, `season0.1`…`season0.m` (oldest season first), enough to re-run
  /// the model's recursion anywhere.
  public var namedParameters: [String: Double] {
    var result = ["alpha": parameters.alpha, "level0": parameters.level]
    if components.hasTrend {
      result["beta"] = parameters.beta
      result["trend0"] = parameters.trend
    }
    if components.hasSeason {
      result["gamma"] = parameters.gamma
      for (index, season) in parameters.seasons.enumerated() {
        result["season0.\(index + 1)"] = season
      }
    }
    if components.trend == .damped { result["phi"] = parameters.phi }
    return result
  }

  /// The fit's log-likelihood, innovation variance, AIC and BIC.
  public var statistics: [String: Double] {
    ["logLik": logLikelihood, "sigma2": sigma2, "aic": aic, "bic": bic]
  }
}
