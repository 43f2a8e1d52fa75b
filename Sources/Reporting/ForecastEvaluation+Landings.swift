import Budget
import RunArchive

extension ForecastEvaluation {
  /// A landed series of the run's anticipated year against what was executed in it.
  public struct LandingOutcome: Sendable, Encodable {
    /// The landed series (a node of the run).
    public var node: String
    /// The anticipated year.
    public var year: Int
    /// The retained estimate's method (`profile`, `model`) and value.
    public var method: String
    /// The retained estimate of the year's total (euros).
    public var landing: Double
    /// The value the run's completed year held (the landing, or a human override).
    public var anticipated: Double
    /// The amount executed in the year (euros).
    public var actual: Double
    /// By interval level (`"80"`, `"95"`): whether the actual fell inside the landing's.
    public var inside: [String: Bool]

    /// (anticipated − actual) / |actual|, nil for an actual of 0.
    public var percentError: Double? { actual == 0 ? nil : (anticipated - actual) / abs(actual) }
  }

  /// The landings of a landed run's anticipated year against `actuals`, read on the
  /// run's keys as the forecast years are; empty when the run lands no year or the
  /// actuals do not hold it.
  static func landingOutcomes(_ data: ReportData, snapshot: BudgetDataset, actuals: BudgetDataset)
    -> [LandingOutcome]
  {
    let parameters = data.manifest.parameters
    guard let year = data.provisionalYear, actuals.years.contains(year),
      let executed = try? ExecutedAccounts(
        actuals, snapshot: snapshot, forecastYears: [year], includeOrder: parameters.includeOrder,
        bridgesNomenclatures: parameters.bridgesNomenclatures)
    else { return [] }
    return data.landings.compactMap { record in
      guard let retained = record.estimates.first(where: { $0.method == record.retained }) else {
        return nil
      }
      let actual = executed.actual(record.node, year)
      var inside: [String: Bool] = [:]
      for interval in retained.intervals {
        guard let lower = interval.lower.first, let upper = interval.upper.first else { continue }
        inside[String(Int(interval.level))] = lower <= actual && actual <= upper
      }
      return LandingOutcome(
        node: record.node, year: year, method: retained.method, landing: retained.landing,
        anticipated: data.history[record.node]?[year] ?? retained.landing, actual: actual,
        inside: inside)
    }
  }
}
