import Foundation
import Scenarios

/// The population of each year a report shows, for the per-inhabitant ratios.
///
/// Executed years read the run's driver history (`population`, INSEE's legal
/// population). A forecast year takes, in order: the level a scenario assumes for it
/// (`driver-paths.csv`, read against the driver's reference as every scenario level
/// is); the projection the driver history gives for it, moved by the scenario's
/// relative change when there is one; otherwise the last given level extended at its
/// mean yearly growth over the last ``trendYears`` given years (the geometric mean),
/// marked as extended. Without a population in the driver history there is no path,
/// and the per-inhabitant ratios are not shown.
public struct PopulationPath: Sendable, Hashable {
  /// How a year's population was obtained.
  public enum Source: String, Sendable, Hashable, Codable {
    /// Given in the driver history for that year (executed or projected).
    case given
    /// Assumed by the scenario (a level, or a change on the given projection).
    case scenario
    /// Extended at the mean growth of the last given years.
    case extended
  }

  /// Inhabitants by year.
  public var values: [Int: Double]
  /// Where each year's value comes from.
  public var sources: [Int: Source]
  /// The mean yearly growth used for extended years (a fraction), nil when none is.
  public var trendGrowth: Double?

  /// Given years the extension's mean growth spans (at most; fewer when fewer are given).
  public static let trendYears = 5

  /// The path over `years`, or nil when the driver history has no population.
  public init?(_ data: ReportData, years: [Int]) {
    guard let given = data.driverHistory?.values[.population], !given.isEmpty else {
      return nil
    }
    let known = given.keys.sorted()
    let recent = Array(known.suffix(Self.trendYears + 1))
    var growth: Double? = nil
    if let first = recent.first, let last = recent.last, last > first,
      let start = given[first], let end = given[last]
    {
      growth = pow(end / start, 1 / Double(last - first)) - 1
    }
    let assumed = Dictionary(
      data.driverPaths.filter { $0.driver == .population }.map { ($0.year, $0) },
      uniquingKeysWith: { first, _ in first })
    let changes = data.scenario?.drivers[.population] ?? [:]
    var values: [Int: Double] = [:]
    var sources: [Int: Source] = [:]
    var usedGrowth = false
    for year in years.sorted() {
      if let row = assumed[year], data.forecastYears.contains(year) {
        // Before a scenario's first level its path is the reference: the given
        // projection where there is one.
        values[year] = row.assumed
        sources[year] = given[year] != nil && row.change == 0 ? .given : .scenario
      } else if let level = given[year] {
        let change = data.forecastYears.contains(year) ? changes[year] : nil
        values[year] = level * (1 + (change ?? 0))
        sources[year] = change == nil ? .given : .scenario
      } else if let last = known.last, year > last, let base = given[last], let growth {
        let change = changes[year] ?? 0
        values[year] = base * pow(1 + growth, Double(year - last)) * (1 + change)
        sources[year] = .extended
        usedGrowth = true
      }
    }
    self.values = values
    self.sources = sources
    trendGrowth = usedGrowth ? growth : nil
  }
}
