import Budget
import BudgetForecast
import Forecasting

extension DrivenAnchoring {
  /// Forecasts the driven lines of `dataset` from `history` and anchors them in `bases`.
  ///
  /// The lines are forecast by ``DrivenLineForecaster``; the notes say which could not
  /// be anchored. `entityKind` says which lines are driven (``DrivenLine/belongs(to:)``).
  public static func anchor(
    _ bases: inout HierarchicalBudgetForecaster.BaseForecasts, dataset: BudgetDataset,
    history: DriverHistory, elasticities: [Elasticity], levels: [Double],
    requested: ForecastMethod, entityKind: EntityKind
  ) -> DrivenAnchoring {
    let driven = DrivenLineForecaster(levels: levels, entityKind: entityKind).forecasts(
      dataset: dataset, history: history, elasticities: elasticities, horizon: bases.horizon)
    var anchoring = apply(
      driven.forecasts, to: &bases, requested: requested, plan: dataset.lastFunctionalPlan)
    anchoring.notes = driven.notes + anchoring.notes
    return anchoring
  }

  /// The same on the lines of `dataset` up to `origin`, for a backtest.
  ///
  /// The elasticities are estimated again on those lines, and the forecast is conditional
  /// on the drivers' actual values for the years forecast (the driver history cut at
  /// `origin` + the horizon): the accuracy the regression has when its drivers'
  /// projections are right. `overrides` and `lags` are a scenario file's.
  public static func anchor(
    _ bases: inout HierarchicalBudgetForecaster.BaseForecasts, asOf origin: Int,
    dataset: BudgetDataset, history: DriverHistory, levels: [Double], requested: ForecastMethod,
    entityKind: EntityKind, overrides: [String: Double] = [:], lags: [String: Int] = [:]
  ) -> DrivenAnchoring {
    let known = history.through(origin + bases.horizon)
    let training = BudgetDataset(lines: dataset.lines.filter { $0.year <= origin })
    let elasticities = ElasticityEstimator(entityKind: entityKind).elasticities(
      dataset: training, history: known, overrides: overrides, lags: lags)
    return anchor(
      &bases, dataset: training, history: known, elasticities: elasticities, levels: levels,
      requested: requested, entityKind: entityKind)
  }
}
