/// When a run's savings ratios cross an alert threshold: in the last executed year, the
/// first forecast year of the central forecast, and how likely by each forecast year
/// over the simulated paths of ``RatioBands``.
public struct ThresholdCrossing: Sendable, Encodable {
  /// The threshold.
  public var threshold: AlertThreshold
  /// Whether the last executed year is already beyond it (nil when it cannot say).
  public var beyondInLastExecutedYear: Bool?
  /// The first forecast year beyond it in the central forecast (nil: not crossed).
  public var firstForecastYear: Int?
  /// The share of simulated paths beyond it at least once by each forecast year.
  public var probability: [Int: Double]

  /// Every threshold the central figures can read (the capacité de désendettement
  /// needs a debt stock), in the order of the bands' thresholds
  /// (``AlertThreshold/all(for:)``).
  public static func all(_ ratios: FinancialRatios, bands: RatioBands) -> [ThresholdCrossing] {
    let executed = ratios.years.last { !$0.forecast }
    let forecast = ratios.years.filter(\.forecast)
    return bands.thresholds.compactMap { threshold in
      let readings = forecast.map { ($0.year, threshold.isBeyond($0)) }
      guard readings.contains(where: { $0.1 != nil }) else { return nil }
      return ThresholdCrossing(
        threshold: threshold, beyondInLastExecutedYear: executed.flatMap(threshold.isBeyond),
        firstForecastYear: readings.first { $0.1 == true }?.0,
        probability: bands.crossingShares[threshold] ?? [:])
    }
  }

  enum CodingKeys: String, CodingKey {
    case key, measure, value, beyondInLastExecutedYear, firstForecastYear, probability
  }

  /// `{key, measure, value, beyondInLastExecutedYear, firstForecastYear, probability:
  /// {"2025": 0.12, …}}`; the savings-rate threshold as a fraction, like the ratios.
  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(threshold.key, forKey: .key)
    try c.encode(threshold.measure.rawValue, forKey: .measure)
    try c.encode(
      threshold.measure == .grossSavingsRate ? threshold.value / 100 : threshold.value,
      forKey: .value)
    try c.encodeIfPresent(beyondInLastExecutedYear, forKey: .beyondInLastExecutedYear)
    try c.encodeIfPresent(firstForecastYear, forKey: .firstForecastYear)
    try c.encode(
      Dictionary(uniqueKeysWithValues: probability.map { (String($0.key), $0.value) }),
      forKey: .probability)
  }
}
