extension StatutoryRatios {
  /// One year of the statutory ratios for other systems (the report's JSON): the
  /// population and where it comes from, and each known ratio by its ``Ratio/key``
  /// (euros per inhabitant for 1 to 6, fractions for the others).
  public struct Record: Sendable, Hashable, Encodable {
    public var year: Int
    public var forecast: Bool
    public var population: Double?
    public var populationSource: PopulationPath.Source?
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
