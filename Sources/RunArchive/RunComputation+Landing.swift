import Budget
import BudgetForecast
import ForecastCore
import Forecasting
import Foundation
import Scenarios

/// A landed series as a run archives it (`landings.json`).
public struct LandingRecord: Codable, Sendable, Hashable {
  /// One estimate of the year's total.
  public struct Estimate: Codable, Sendable, Hashable {
    /// `profile` or `model` (``YearEndLanding/Method``).
    public var method: String
    /// The year's estimated total, euros.
    public var landing: Double
    /// Its prediction intervals.
    public var intervals: [Forecast.Interval]
    /// What the estimate rests on, in English (the past years or the model).
    public var basis: String
    /// The profile's mean share of the year executed by the month.
    public var share: Double?
    /// The past years the profile was measured on.
    public var pastYears: [Int]?
    /// The model's name (`ETS(M,N,M)`).
    public var model: String?
  }

  /// The node the series lands (`chapter/F/D/017`).
  public var node: String
  /// The year landed.
  public var year: Int
  /// The last executed month (1–12).
  public var throughMonth: Int
  /// Executed from January through `throughMonth`.
  public var executed: Double
  /// The method held in the completed year, nil when no estimate could be made.
  public var retained: String?
  /// Every method's estimate.
  public var estimates: [Estimate]
  /// Why an estimate is missing or was set aside, in English.
  public var notes: [String]
}

extension RunComputation {
  /// The current year landed and completed (``ProvisionalYear``).
  struct Completion {
    /// The accounts with the completed year as their last.
    var dataset: BudgetDataset
    var records: [LandingRecord]
    var provisional: ProvisionalYear
  }

  /// Lands the year after `dataset`'s last through ``RunParameters/landingThrough`` from
  /// `execution`, whose series are nodes of the run, and completes that year with the
  /// landings and the human `overrides` of that year held (an override replaces the
  /// landing of its node).
  ///
  /// - Throws: ``ArchiveError/invalidRequest(_:)`` when the month is not the year after
  ///   the accounts, a series is not a node of the run, or the landings contradict each
  ///   other.
  func complete(
    _ dataset: BudgetDataset, execution: MonthlyExecution, forecaster: HierarchicalBudgetForecaster,
    holding overrides: [RunManifest.Override] = [], driverHistory: DriverHistory? = nil,
    scenario: Scenario? = nil
  ) throws(ArchiveError) -> Completion {
    guard let through = parameters.landingThrough, let month = parameters.landingMonth else {
      throw .invalidRequest("the landing month '\(parameters.landingThrough ?? "")' is not YYYY-MM")
    }
    let (year, last) = (month / 12, month % 12 + 1)
    let lastYear = dataset.years.last ?? 0
    guard year == lastYear + 1 else {
      throw .invalidRequest(
        "the monthly execution is landed in \(year) (through \(through)) but the accounts end in \(lastYear); give the accounts through \(year - 1), or --through a month of \(lastYear + 1)"
      )
    }
    let hierarchy = BudgetHierarchy(dataset, includingOrder: parameters.includeOrder)
    let nodes = Set(hierarchy.nodes.map(NodeLabel.identifier))
    let unknown = execution.series.filter { !nodes.contains($0.id) }
    guard unknown.isEmpty else {
      throw .invalidRequest(
        unknown.prefix(5).map {
          "\(execution.path):\($0.line):1: series '\($0.id)' is not a node of the run; expected a node identifier such as chapter/F/D/017 or line/F/D/017/65171/567"
        }.joined(separator: "\n"))
    }
    let short = execution.series.filter { $0.lastMonth < month }
    guard short.isEmpty else {
      throw .invalidRequest(
        short.prefix(5).map {
          "\(execution.path):\($0.line):1: series '\($0.id)' is executed through \(MonthlyExecution.text($0.lastMonth)) only; expected every month through \(through) (or an earlier --through)"
        }.joined(separator: "\n"))
    }
    let estimator = YearEndLanding(levels: parameters.levels, seed: parameters.seed)
    var records: [LandingRecord] = []
    var held: [String: Double] = [:]
    for series in execution.series.sorted(by: { $0.id < $1.id }) {
      guard let landing = estimator.land(series.years, year: year, through: last) else {
        records.append(
          LandingRecord(
            node: series.id, year: year, throughMonth: last, executed: 0, retained: nil,
            estimates: [], notes: ["no execution from January to \(through)"]))
        continue
      }
      if let retained = landing.retained, let value = retained.total.mean.first {
        held[series.id] = value
      }
      records.append(
        LandingRecord(
          node: series.id, year: year, throughMonth: last, executed: landing.executed,
          retained: landing.retained?.method.rawValue,
          estimates: landing.estimates.compactMap { estimate in
            estimate.total.mean.first.map {
              .init(
                method: estimate.method.rawValue, landing: $0, intervals: estimate.total.intervals,
                basis: estimate.basis, share: estimate.share,
                pastYears: estimate.pastYears.isEmpty ? nil : estimate.pastYears,
                model: estimate.model)
            }
          }, notes: landing.notes))
    }
    for override in overrides {
      guard nodes.contains(override.node) else {
        throw .invalidRequest("no series '\(override.node)' in this run")
      }
      held[override.node] = override.value
    }
    // The one-year forecasts, driven lines from their drivers as in the run's own pass.
    var bases = forecaster.baseForecasts(hierarchy, horizon: 1)
    let elasticities = ElasticityEstimator(entityKind: entityKind).elasticities(
      dataset: dataset, history: driverHistory, overrides: scenario?.elasticities ?? [:],
      lags: scenario?.lags ?? [:])
    _ = anchor(
      &bases, dataset: dataset, history: driverHistory, elasticities: elasticities,
      requested: forecaster.model)
    let provisional: ProvisionalYear
    do {
      provisional = try ProvisionalYear.complete(
        dataset, bases: bases, landings: held, forecaster: forecaster,
        includingOrder: parameters.includeOrder)
    } catch {
      throw .invalidRequest("the landings cannot all hold: \(error)")
    }
    return Completion(
      dataset: BudgetDataset(lines: dataset.lines + provisional.lines, warnings: dataset.warnings),
      records: records, provisional: provisional)
  }
}
