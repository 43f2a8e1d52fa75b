import ForecastCore

/// Automatic ETS: fits every candidate structure and keeps the one with the lowest
/// information criterion (AICc by default), as R's `ets()` does.
public struct AutoETS: Sendable {
  /// The criterion that ranks candidate models.
  public enum Criterion: String, Sendable, Codable { case aic, aicc, bic }

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
    var best: FittedETS?
    var bestScore = Double.infinity
    for components in candidates(for: series) {
      guard let fit = try? ETSSpecification(components: components).fit(series) else { continue }
      let score: Double
      switch criterion {
      case .aic: score = fit.aic
      case .aicc: score = fit.aicc
      case .bic: score = fit.bic
      }
      if score < bestScore {
        bestScore = score
        best = fit
      }
    }
    guard let best else { throw .noCandidate }
    return best
  }
}
