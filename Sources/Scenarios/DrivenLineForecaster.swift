import ARIMA
import Budget
import ForecastCore
import Foundation

/// Forecasts the driven lines (RSA, APA, PCH, personnel, general charges, DMTO) by the
/// dynamic regression of their driver model, conditional on the drivers' projected
/// values, when the driver history gives them for every forecast year.
///
/// The model is the growth regression ``ElasticityEstimator`` estimates, written on
/// levels so that its forecasts accumulate with their uncertainty:
///
/// `ln L_t = Σ_j β_j·X_{j,t} + η_t`, `(1 − φB)(1 − B)·η_t = c + ε_t`
///
/// with X_{j,t} the regressor of ``DriverModel`` summed over the years (`ln D_t` up to
/// a constant for a log growth, the price level `Σ π_s/100` for inflation): R's
/// `Arima(log(L), order = c(p, 1, 0), xreg = X, include.drift = TRUE)`. Differenced, it
/// is the estimator's regression on the same years, so β is the same elasticity; p is
/// 0, or 1 when it lowers the AICc on at least
/// ``ElasticityEstimator/minimumForAutoregression`` years. RSA spending is households ×
/// spending per household, the households by their own model, the spending per
/// household over the base amount when the history projects it (``rsaForecast``).
///
/// A line is forecast so when every elasticity of its model is estimated and used
/// (verdict ``Elasticity/Verdict/significant``, at the lag the run uses), its sample
/// ends in the accounts' last year, and the driver history gives each of its drivers
/// for every year its forecasts read: projections a finance director has (INSEE's
/// population projections, an announced pay-index rise, a consensus unemployment rate).
/// Without them the line extends its own history: forecasting the drivers from their
/// own past and the line from them was measured less accurate than the line's own
/// forecast (rolling origins 2018–2022 on the synthetic département; README, *Driven
/// lines*). Of two candidate models (APA on people aged 75+ or 85+), the one on more
/// years wins, then the lower AICc. The forecast is the median `exp(E[ln L])`, its
/// intervals the exponentiated Gaussian ones.
public struct DrivenLineForecaster: Sendable {
  /// Interval levels in percent.
  public var levels: [Double]
  /// The kind of collectivité whose lines are forecast (``DrivenLine/belongs(to:)``).
  public var entityKind: EntityKind

  /// A forecaster of a département's driven lines, or another kind's.
  public init(levels: [Double] = [80, 95], entityKind: EntityKind = .departement) {
    self.levels = levels
    self.entityKind = entityKind
  }

  /// The driven lines that can be forecast from their drivers, and, for the others
  /// with an estimated model, why not.
  public func forecasts(
    dataset: BudgetDataset, history: DriverHistory?, elasticities: [Elasticity], horizon: Int
  ) -> (forecasts: [DrivenLineForecast], notes: [String]) {
    guard let history, horizon > 0, let lastYear = dataset.lines.map(\.year).max() else {
      return ([], [])
    }
    let used = Dictionary(
      elasticities.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    let lines = ElasticityEstimator.lineTotals(dataset, kind: entityKind)
    var forecasts: [DrivenLineForecast] = []
    var notes: [String] = []
    let bases = Self.baseAmounts(history, lastYear: lastYear, horizon: horizon)
    for line in DrivenLine.allCases {
      // RSA spending is households × spending per household: its model is the
      // households' (``rsaForecast``).
      let response: DriverModel.Response =
        line == .rsa ? .driver(.rsaHouseholds) : .line(line)
      let models = DriverModel.library.filter { model in
        model.response == response
          && model.regressors.allSatisfy { used[$0.elasticity]?.verdict == .significant }
      }
      var candidates: [DrivenLineForecast] = []
      for model in models {
        let lags = Dictionary(
          model.regressors.compactMap { r in used[r.elasticity]?.lag.map { (r.elasticity, $0) } },
          uniquingKeysWith: { first, _ in first })
        let estimate = model.regressors.first.flatMap { used[$0.elasticity]?.estimate }
        let sampleYears = estimate.map { $0.firstYear...$0.lastYear }
        let result =
          line == .rsa
          ? rsaForecast(
            model.fixing(lags: lags), spending: lines[.rsa] ?? [:], bases: try? bases.get(),
            history: history, lastYear: lastYear, horizon: horizon, sampleYears: sampleYears)
          : forecast(
            model.fixing(lags: lags), line: line, levels: lines[line] ?? [:], history: history,
            lastYear: lastYear, horizon: horizon, sampleYears: sampleYears)
        switch result {
        case .success(let forecast): candidates.append(forecast)
        case .failure(let problem):
          notes.append("\(line.rawValue) stays univariate: \(problem.reason)")
        }
      }
      let best = candidates.min { a, b in
        let (yearsA, yearsB) = (a.lastYear - a.firstYear, b.lastYear - b.firstYear)
        return yearsA != yearsB ? yearsA > yearsB : a.aicc < b.aicc
      }
      if let best { forecasts.append(best) }
      if line == .rsa, !candidates.isEmpty, case .failure(let missing) = bases,
        !missing.years.isEmpty
      {
        notes.append(
          "rsa keeps its base amount in the spending per household's trend: the driver history gives no rsa_base_amount for \(missing.years.map(String.init).joined(separator: ", "))"
        )
      }
    }
    return (forecasts, notes)
  }

  /// Why a model gives no forecast.
  struct Problem: Error {
    var reason: String
  }

  /// A driver model fitted on log levels and forecast along its drivers' projections.
  struct LogFit {
    var model: DriverModel
    var fitted: FittedARIMA
    /// The forecast of the log level, with Gaussian intervals.
    var logForecast: Forecast
    /// The summed regressors over the sample's levels, and their values along the path.
    var summed: [[Double]]
    var path: [[Double]]
    /// The sample's years of levels (the first without its growth).
    var years: [Int]

    /// Each regressor's summed value along the path, from the last executed year's.
    var summedFuture: [[Double]] {
      zip(summed, path).map { column, values in
        DrivenLineForecaster.runningSum(values, from: column.last ?? 0)
      }
    }
  }

  /// The model's forecast of the line whose yearly totals are `levels`.
  func forecast(
    _ model: DriverModel, line: DrivenLine, levels: [Int: Double], history: DriverHistory,
    lastYear: Int, horizon: Int, sampleYears: ClosedRange<Int>?
  ) -> Result<DrivenLineForecast, Problem> {
    logFit(
      model, levels: levels, history: history, lastYear: lastYear, horizon: horizon,
      sampleYears: sampleYears
    ).flatMap { fit in
      let described = describe(fit, line: line, levels: levels)
      return described.forecast.isFinite
        ? .success(described) : .failure(Problem(reason: "the forecast is not finite"))
    }
  }

  /// Fits `model` on the log of `levels` over its estimate's growth years
  /// (`sampleYears`, else the longest consecutive run) and forecasts it along the
  /// drivers' projections in `history`.
  func logFit(
    _ model: DriverModel, levels: [Int: Double], history: DriverHistory, lastYear: Int,
    horizon: Int, sampleYears: ClosedRange<Int>?
  ) -> Result<LogFit, Problem> {
    let names = model.regressors.map(\.elasticity)
    let rows = ElasticityEstimator.rows(model, levels: levels, history: history.through(lastYear))
      .filter { sampleYears?.contains($0.year) ?? true }
    let sample = ElasticityEstimator.sample(rows, regressors: names.count)
    guard let first = sample.years.first, let last = sample.years.last,
      sample.years.count >= ElasticityEstimator.minimumObservations
    else { return .failure(Problem(reason: "too few consecutive years of data")) }
    guard last == lastYear else {
      return .failure(
        Problem(reason: "its data with the drivers end in \(last), the accounts in \(lastYear)"))
    }
    let path: [[Double]]
    switch projectedPath(model, history: history, lastYear: lastYear, horizon: horizon) {
    case .success(let values): path = values
    case .failure(let problem): return .failure(problem)
    }
    // Levels from the year before the first growth: ln L and the summed regressors.
    guard let start = levels[first - 1], start > 0 else {
      return .failure(Problem(reason: "the line is not positive in \(first - 1)"))
    }
    let logLevels = [log(start)] + sample.years.compactMap { levels[$0].map(log) }
    let summed = sample.columns.map { [0] + Self.runningSum($0) }
    do {
      let fitted = try Self.fit(logLevels, drivers: ARIMADrivers(names: names, columns: summed))
      var fit = LogFit(
        model: model, fitted: fitted, logForecast: Forecast(mean: [], intervals: []),
        summed: summed, path: path, years: [first - 1] + sample.years)
      fit.logForecast = try fitted.forecast(
        horizon: horizon, levels: self.levels,
        drivers: ARIMADrivers(names: names, columns: fit.summedFuture))
      return .success(fit)
    } catch {
      return .failure(Problem(reason: "the regression on levels could not be fitted: \(error)"))
    }
  }

  /// Each regressor's values over the forecast years, from the drivers' values the
  /// history gives (projections), or which are missing; a lagged change needs the
  /// driver up to `horizon − lag` years ahead only.
  func projectedPath(_ model: DriverModel, history: DriverHistory, lastYear: Int, horizon: Int)
    -> Result<[[Double]], Problem>
  {
    let futureYears = (1...horizon).map { lastYear + $0 }
    // In the model's order, each driver once: the note is the same in every run.
    var missing: [String] = []
    for (j, regressor) in model.regressors.enumerated()
    where !model.regressors[..<j].contains(where: { $0.driver == regressor.driver }) {
      let needed = futureYears.flatMap { DriverModel.years(regressor, for: $0) }
      let absent = Set(needed.filter { history.value(regressor.driver, $0) == nil }).sorted()
      if !absent.isEmpty {
        missing.append(
          "\(regressor.driver.rawValue) for \(absent.map(String.init).joined(separator: ", "))")
      }
    }
    guard missing.isEmpty else {
      return .failure(
        Problem(
          reason:
            "the driver history gives no \(missing.joined(separator: "; no ")): projected values of its drivers for the forecast years are needed"
        ))
    }
    let path = model.regressors.map { regressor in
      futureYears.compactMap { DriverModel.value(regressor, year: $0, history: history) }
    }
    guard path.allSatisfy({ $0.count == horizon && $0.allSatisfy(\.isFinite) }) else {
      return .failure(Problem(reason: "a driver's projected path is not usable"))
    }
    return .success(path)
  }

  /// The record of a fitted model: its coefficients by name, its one-step errors in
  /// euros (`L_t·(1 − e^{−e_t})` for the log error e_t) and each driver's contribution.
  func describe(_ fit: LogFit, line: DrivenLine, levels: [Int: Double]) -> DrivenLineForecast {
    let (model, fitted) = (fit.model, fit.fitted)
    let names = fitted.coefficientNames
    let coefficients = Dictionary(
      zip(names, fitted.coefficients).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
    let standardErrors = Dictionary(
      zip(names, fitted.standardErrors).map { ($0, $1) }, uniquingKeysWith: { a, _ in a })
    var errors: [Int: Double] = [:]
    for (year, error) in zip(fit.years.dropFirst(), fitted.residuals) {
      if let level = levels[year] { errors[year] = level * (1 - exp(-error)) }
    }
    return DrivenLineForecast(
      line: line, forecast: Self.exponentiated(fit.logForecast), errors: errors,
      model: "ln \(line.rawValue) ~ \(Self.terms(model)), \(fitted.specification)",
      coefficients: coefficients, standardErrors: standardErrors, aicc: fitted.aicc,
      logLikelihood: fitted.logLikelihood, sigma2: fitted.sigma2,
      drivers: model.regressors.map(\.driver),
      contributions: contributions(fit, logMean: fit.logForecast.mean),
      firstYear: fit.years.first ?? 0, lastYear: fit.years.last ?? 0,
      pathRegressors: fit.path, elasticityNames: model.regressors.map(\.elasticity))
  }

  /// Each driver's contribution to the forecast whose log is `logMean`: the forecast
  /// less the one with that driver held at its last executed level.
  func contributions(_ fit: LogFit, logMean: [Double]) -> [Scenario.Driver: [Double]] {
    var contributions: [Scenario.Driver: [Double]] = [:]
    let future = fit.summedFuture
    // The drivers' coefficients come last, in the regressors' order.
    let offset = fit.fitted.coefficients.count - fit.model.regressors.count
    for (j, regressor) in fit.model.regressors.enumerated() {
      let beta = fit.fitted.coefficients[offset + j]
      let now = fit.summed[j].last ?? 0
      contributions[regressor.driver] = zip(logMean, future[j]).map { mean, x in
        exp(mean) - exp(mean - beta * (x - now))
      }
    }
    return contributions
  }

  /// The regressors as the model's notation writes them: `ln pay_index`.
  static func terms(_ model: DriverModel) -> String {
    model.regressors.map { regressor -> String in
      switch regressor.transform {
      case .logGrowth: return "ln \(regressor.driver.rawValue)"
      case .percent: return "Σ \(regressor.driver.rawValue)/100"
      case .change(let lag): return "\(regressor.driver.rawValue)[t−\(lag)]"
      }
    }.joined(separator: " + ")
  }
}
