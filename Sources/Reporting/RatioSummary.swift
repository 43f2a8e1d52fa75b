/// A run's savings cascade for other systems: each year with its simulated bands, and
/// the alert thresholds it crosses, from one simulation.
public struct RatioSummary: Sendable {
  /// Each year of the cascade.
  public var ratios: [RatioRecord]
  /// The alert thresholds and when they are crossed.
  public var thresholds: [ThresholdCrossing]
  /// The cascade and its simulated bands, for the reports that show them.
  public let cascade: FinancialRatios
  let bands: RatioBands

  /// The summary of an archived run.
  public init(_ data: ReportData) {
    let cascade = FinancialRatios(data)
    let bands = RatioBands(data, ratios: cascade)
    (self.cascade, self.bands) = (cascade, bands)
    ratios = cascade.years.map {
      RatioRecord($0, bands: bands, provisionalYear: data.provisionalYear)
    }
    thresholds = ThresholdCrossing.all(cascade, bands: bands)
  }
}
