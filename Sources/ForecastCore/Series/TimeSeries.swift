/// A regularly spaced series of observations with its seasonal period.
///
/// `period` is the number of observations per seasonal cycle: 1 for annual data,
/// 4 for quarterly, 12 for monthly.
public struct TimeSeries: Sendable, Hashable, Codable {
  /// The observations, oldest first.
  public var values: [Double]
  /// Observations per seasonal cycle (≥ 1).
  public var period: Int
  /// Label of the first observation's time index (for instance a year), for reports.
  public var start: Int

  /// A series; `period` below 1 is treated as 1.
  public init(values: [Double], period: Int = 1, start: Int = 1) {
    self.values = values
    self.period = Swift.max(1, period)
    self.start = start
  }

  /// Number of observations.
  public var count: Int { values.count }

  /// Whether every observation is strictly positive (multiplicative models need it).
  public var isStrictlyPositive: Bool { values.allSatisfy { $0 > 0 } }
}
