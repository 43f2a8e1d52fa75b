extension Scenario {
  /// A driver's path as a scenario states it in its own unit: levels (`unemployment at
  /// 8.4 % in 2026`) or yearly growth (`transactions −10 % in 2025`).
  ///
  /// A level holds until the next one (months averaged into their year, as for changes);
  /// a growth rate applies to the previous year's level, from its year until changed.
  /// For a driver in points (unemployment, inflation, interest rates) growth is in points
  /// a year; for the others it is a fraction.
  public struct AssumedPath: Sendable, Hashable, Codable {
    /// How the values read.
    public enum Form: String, Sendable, Hashable, Codable, CaseIterable {
      case levels, growth
    }

    /// Whether the values are levels or growth rates.
    public var form: Form
    /// Yearly values: levels, or growth rates from the previous year.
    public var values: [Int: Double]

    /// A path of `form` values by year.
    public init(form: Form, values: [Int: Double]) {
      self.form = form
      self.values = values
    }

    /// The value given for `year`: the last at or before it (nil before the first).
    public func value(in year: Int) -> Double? { Scenario.held(values, in: year) }
  }

  /// The value a yearly path holds in `year`: the last given at or before it, nil
  /// before the first (a value holds until the next one).
  public static func held(_ path: [Int: Double], in year: Int) -> Double? {
    path.filter { $0.key <= year }.max { $0.key < $1.key }?.value
  }
}
