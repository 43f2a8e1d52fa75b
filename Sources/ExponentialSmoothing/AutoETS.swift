import ForecastCore

/// Automatic ETS: fits every candidate structure and keeps the one with the lowest
/// information criterion (AICc by default), as R's `ets()` does.
public struct AutoETS: Sendable {
  /// The criterion that ranks candidate models.
  public enum Criterion: String, Sendable, Codable { case aic, aicc, bic }

  /// The information criterion that chooses the structure (AICc by default).
  public var criterion: Criterion
  /// Whether damped trends are considered.
  public var allowsDamped: Bool

  /// An automatic selector.
  public init(criterion: Criterion = .aicc, allowsDamped: Bool = true) {
    self.criterion = criterion
    self.allowsDamped = allowsDamped
  }

  /// The candidate structures for `series`.
  public func candidates(for series: TimeSeries) -> [ETSComponents] {
    ETSComponents.candidates(
      period: series.period, count: series.count, strictlyPositive: series.isStrictlyPositive
    ).filter { allowsDamped || $0.trend != .damped }
  }

  /// Fits all candidates and returns the best by the criterion.
  public func fit(_ series: TimeSeries) throws(ETSError) -> FittedETS {
    guard let best = rankedFits(series).first else { throw .noCandidate }
    return best
  }

  /// Every candidate that could be fitted, best first by the criterion (ties keep
  /// the candidate order, so the ranking is deterministic).
  ///
  /// A series too short for the likelihood of the simplest model (six points or
  /// fewer) gets R's short-series fit instead, Holt or simple smoothing by least
  /// squares (``ShortSeriesETS/automatic(_:)``), its only candidate.
  public func rankedFits(_ series: TimeSeries) -> [FittedETS] {
    if ShortSeriesETS.isShort(series.count, trend: .none) {
      return (try? ShortSeriesETS.automatic(series)).map { [$0] } ?? []
    }
    let fits = candidates(for: series).compactMap {
      try? ETSSpecification(components: $0).fit(series)
    }
    return fits.enumerated().sorted { a, b in
      let (x, y) = (score(a.element), score(b.element))
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }

  func score(_ fit: FittedETS) -> Double {
    let value: Double
    switch criterion {
    case .aic: value = fit.aic
    case .aicc: value = fit.aicc
    case .bic: value = fit.bic
    }
    return value.isNaN ? .infinity : value
  }
}
