import ARIMA
import Baselines
import ExponentialSmoothing
import ForecastCore
import Theta

/// The ensemble: the mean of the automatic-ETS, Theta, DOTM and automatic-ARIMA
/// point forecasts, in the spirit of the "EAT" benchmark of Hyndman (2018), with the
/// intervals of the members' equally weighted mixture (``Forecast/mixture(of:degreesOfFreedom:)``:
/// the members' disagreement widens them), read with Student's t on n − 1 degrees
/// of freedom (``degreesOfFreedom(observations:)``).
///
/// Measured on M3 (`make bench-accuracy`) among means and medians of every subset of
/// {ETS, Theta, DOTM, OTM, Comb}: the mean of ETS, Theta and DOTM had the lowest
/// overall sMAPE (12.40); automatic ARIMA as a fourth member lowers it further (see
/// the README's *Ensemble*). A member that fails is left out and named in the
/// fallbacks; each member's parameters are kept, prefixed `ets.` or `arima.`.
struct EnsembleForecaster {
  var levels: [Double]
  var seed: UInt64

  /// Below this many observations automatic ARIMA stays out of the ensemble.
  ///
  /// AICc's penalty then dominates the search, which picks degenerate models (R's
  /// auto.arima picks ARIMA(0,0,0) with zero mean on 5, 7, 9, 11 and forecasts 0). Measured on
  /// Gironde's accounts with three and four years of history: including it took the
  /// total's backtest MAPE from 1.2 % to 33 %. Every M3 series and the synthetic
  /// département's 15 years are above it.
  static let shortestForARIMA = 10

  /// The degrees of freedom of the mixture's quantiles: n − 1 for n observations.
  ///
  /// Each member's scale is estimated from the series' own n observations, so its
  /// predictive quantiles are Student's, not the normal's; the members estimate from
  /// three quantities (Theta: α, ℓ₀ and the drift) to over a dozen (seasonal ETS with
  /// its initial seasonal states), and n − 1, the correction for a scale estimated
  /// alone, is the smallest. Measured on M3 (`make
  /// bench-accuracy`): 95 % coverage of yearly series 88.8 → 90.5 % and MSIS 23.5 →
  /// 22.6, quarterly 90.8 → 91.7 % and 9.81 → 9.71, monthly 94.1 → 94.3 % and "other"
  /// 96.2 → 96.3 % (n ≈ 70–130, where t and normal nearly agree); n − 4 would give
  /// yearly series 90.8 %.
  static func degreesOfFreedom(observations: Int) -> Double {
    Double(observations - 1)
  }

  func forecast(id: String, series: TimeSeries, horizon: Int) throws -> SeriesOutcome {
    if ShortSeriesETS.isShort(series.count, trend: .none) {
      return try naive(id: id, series: series, horizon: horizon)
    }
    var members: [Forecast] = []
    var names: [String] = []
    var failures: [String] = []
    // The ETS member's parameters, statistics and point forecast are kept (prefixed
    // `ets.`) so that an auditor can re-run that member independently.
    var parameters: [String: Double] = [:]
    var statistics: [String: Double] = [:]
    do {
      let (ets, forecast, skipped) = try AutoETS().firstFinite(
        series, horizon: horizon, levels: levels, seed: seed)
      failures += skipped
      members.append(forecast)
      names.append(ets.name)
      for (name, value) in ets.namedParameters { parameters["ets.\(name)"] = value }
      for (name, value) in ets.statistics { statistics["ets.\(name)"] = value }
      statistics["ets.aicc"] = ets.aicc
      for (h, value) in forecast.mean.enumerated() { statistics["ets.forecast.h\(h + 1)"] = value }
    } catch {
      failures.append("ETS failed: \(error)")
    }
    do {
      members.append(try ThetaMethod().forecast(series, horizon: horizon, levels: levels))
      names.append("Theta")
    } catch {
      failures.append("Theta failed: \(error)")
    }
    if let (dotm, _) = OptimizedTheta(dynamic: true).forecast(
      series, horizon: horizon, levels: levels),
      dotm.isFinite
    {
      members.append(dotm)
      names.append("DOTM")
    } else {
      failures.append("DOTM failed: the series is too short or the fit did not converge")
    }
    var remarks: [ForecastRemark] = []
    if series.count < Self.shortestForARIMA {
      remarks.append(.arimaLeftOut(observations: series.count, minimum: Self.shortestForARIMA))
    } else {
      do {
        let arima = try AutoARIMA().fit(series)
        let forecast = try arima.forecast(horizon: horizon, levels: levels)
        guard forecast.isFinite else { throw SeriesForecaster.ForecastFailure.nonFinite }
        members.append(forecast)
        names.append(arima.specification.description)
        for (name, value) in zip(arima.coefficientNames, arima.coefficients) {
          parameters["arima.\(name)"] = value
        }
        statistics["arima.aicc"] = arima.aicc
        statistics["arima.logLik"] = arima.logLikelihood
        statistics["arima.sigma2"] = arima.sigma2
      } catch {
        failures.append("ARIMA failed: \(error)")
      }
    }
    guard
      let combined = Forecast.mixture(
        of: members, degreesOfFreedom: Self.degreesOfFreedom(observations: series.count))
    else {
      throw EnsembleFailure(reasons: failures)
    }
    var outcome = SeriesOutcome(
      id: id, forecast: combined, requested: .ensemble, used: .ensemble,
      model: "mean(" + names.joined(separator: ", ") + ")", parameters: parameters, aicc: nil,
      fallbacks: [])
    // Members left out are notes: the forecaster reports them with its own fallbacks.
    outcome.notes = failures
    outcome.remarks = remarks
    outcome.statistics = statistics
    return outcome
  }

  /// The ensemble of a series too short to estimate its members by likelihood (six
  /// points or fewer, R's threshold for simple exponential smoothing): the naive
  /// forecast, said so in the notes.
  ///
  /// The members would be fitted by least squares on about as many points as they
  /// have parameters (``ShortSeriesETS``). Measured with `evaluate` on Gironde's real
  /// accounts, a run on 2009–2011 against the executed 2012–2013: the naive forecast
  /// missed the totals by 0.7 % (chapters 9.6 %), the least-squares ensemble by 4.3 %
  /// (11.2 %), extrapolating the jump of the RSA's first years; on the synthetic
  /// département's three- to six-year histories the two were even (totals 2.7 % and
  /// 2.3 % MAPE, lines 13.6 % and 14.1 %).
  func naive(id: String, series: TimeSeries, horizon: Int) throws -> SeriesOutcome {
    guard let forecast = NaiveMethod.naive.forecast(series, horizon: horizon, levels: levels)
    else {
      throw EnsembleFailure(reasons: ["the series has no observations"])
    }
    var outcome = SeriesOutcome(
      id: id, forecast: forecast, requested: .ensemble, used: .naive, model: "naive",
      parameters: [:], aicc: nil, fallbacks: [])
    outcome.remarks = [.shortHistory(observations: series.count, minimum: 7)]
    return outcome
  }

  struct EnsembleFailure: Error, CustomStringConvertible {
    var reasons: [String]
    var description: String { reasons.joined(separator: "; ") }
  }
}
