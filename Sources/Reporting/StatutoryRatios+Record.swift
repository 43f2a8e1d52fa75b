extension StatutoryRatios {
  /// One year of the statutory ratios for other systems (the report's JSON): the
  /// population and where it comes from, and each known ratio by its ``Ratio/key``
  /// (euros per inhabitant for 1 to 6, fractions for the others).
  public struct Record: Sendable, Hashable, Encodable {
    /// The fiscal year.
    public var year: Int
    /// Whether the year is forecast rather than executed.
    public var forecast: Bool
    /// The population the per-inhabitant ratios divide by (nil when unknown).
    public var population: Double?
    /// Where that population comes from.
    public var populationSource: PopulationPath.Source?
    /// Each known ratio by its key.
    public var ratios: [String: Double]
  }

  /// The records, one per year, history then forecast.
  public var records: [Record] {
    years.map { year in
      Record(
        year: year.year, forecast: year.forecast, population: year.population,
        populationSource: year.populationSource,
        ratios: Dictionary(
          year.values.filter { $0.value.isFinite }.map { ($0.key.key, $0.value) },
          uniquingKeysWith: { first, _ in first }))
    }
  }
}
