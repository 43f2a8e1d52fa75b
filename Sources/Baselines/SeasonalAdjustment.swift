import ForecastCore

/// The M4 benchmarks' seasonal adjustment: when the 90 % autocorrelation test finds
/// seasonality, divide by the multiplicative classical decomposition's figure,
/// forecast the adjusted series, and multiply the forecasts back.
///
/// As in R's `thetaf`, a figure with an index below ``minimumIndex`` (a month that is
/// almost always zero) leaves the series unadjusted; zeros elsewhere are adjusted like
/// any value (tourism series with closed seasons: requiring strictly positive values
/// left 61 of the 366 monthly tourism series unadjusted, and Theta's MASE there at
/// 1.752 against R's 1.649). A series with a negative value is not adjusted: a
/// multiplicative figure has no meaning there.
public struct SeasonalAdjustment: Sendable {
  /// The smallest seasonal index that still adjusts, R's `thetaf` threshold.
  public static let minimumIndex = 1e-4

  /// The decomposition, or nil when the series is not (testably) seasonal.
  public let decomposition: ClassicalDecomposition?
  /// The series to model: adjusted when seasonal, unchanged otherwise.
  public let adjusted: TimeSeries

  /// Tests and, if seasonal and never negative, adjusts `series`.
  public init(_ series: TimeSeries) {
    if series.values.allSatisfy({ $0 >= 0 }), SeasonalityTest.isSeasonal(series),
      let decomposition = ClassicalDecomposition(series, kind: .multiplicative),
      decomposition.figure.allSatisfy({ $0 >= Self.minimumIndex })
    {
      self.decomposition = decomposition
      adjusted = TimeSeries(
        values: decomposition.adjust(series.values), period: 1, start: series.start)
    } else {
      decomposition = nil
      adjusted = TimeSeries(values: series.values, period: series.period, start: series.start)
    }
  }

  /// Whether the series was adjusted.
  public var isSeasonal: Bool { decomposition != nil }

  /// Re-seasonalises a forecast of the adjusted series whose history had `count` points.
  public func reseasonalize(_ forecast: Forecast, historyCount count: Int) -> Forecast {
    guard let decomposition else { return forecast }
    let restore = { (values: [Double]) in decomposition.reseasonalize(values, offset: count) }
    return forecast.mapValues(restore)
  }
}
