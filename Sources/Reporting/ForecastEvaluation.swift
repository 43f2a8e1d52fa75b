import Budget
import Foundation
import RunArchive

/// An archived run's forecasts against the accounts executed since: the ex-post
/// evaluation a finance director makes each year (how far was last year's ROB from the
/// compte administratif?) and an auditor asks for (were the human overrides right?).
///
/// Nothing is re-estimated: the run's archived forecasts, intervals, overrides and
/// ratio bands are compared with the actuals, node by node and year by year, in the
/// forecast years the actuals cover (``ExecutedAccounts`` puts the actuals on the
/// run's keys). A node the run forecast but the accounts do not hold was not executed
/// (actual 0); lines executed but never forecast (new lines) are counted apart.
///
/// Measures, per level of the hierarchy (``LevelSummary``): the volume-weighted error
/// WAPE = Σ|actual − forecast| / Σ|actual| for the published (reconciled) forecast and
/// for the models' own (base) forecast, so that the reconciliation's effect shows; the
/// median absolute percentage error over node-years with a non-zero actual; the bias
/// Σ(forecast − actual) / Σ|actual| (positive: forecast too high); and the share of
/// actuals inside each archived interval.
public struct ForecastEvaluation: Sendable {
  /// One node in one year.
  public struct Comparison: Sendable, Hashable, Encodable {
    /// The node.
    public var node: String
    /// Its level: `total`, `section`, `chapter` or `line`.
    public var level: String
    /// The year.
    public var year: Int
    /// The executed amount (euros).
    public var actual: Double
    /// The published forecast (reconciled, human overrides held).
    public var forecast: Double
    /// The model's own forecast, before reconciliation.
    public var base: Double
    /// Whether a human override set the forecast.
    public var overridden: Bool
    /// By interval level (`"80"`, `"95"`): whether the actual fell inside.
    public var inside: [String: Bool]
    /// forecast − actual.
    public var error: Double { forecast - actual }
    /// (forecast − actual) / |actual|, nil for an actual of 0.
    public var percentError: Double? { actual == 0 ? nil : error / abs(actual) }
  }

  /// A human override beside the model's value and what was executed.
  public struct OverrideOutcome: Sendable, Encodable {
    /// The node overridden.
    public var node: String
    /// The year overridden.
    public var year: Int
    /// Who overrode it.
    public var actor: String
    /// Why.
    public var reason: String
    /// The model's value (euros).
    public var modelValue: Double
    /// The human value (euros).
    public var value: Double
    /// The executed amount (euros).
    public var actual: Double
    /// Whether the human value was closer to the actual than the model's.
    public var closer: Bool

    init(_ override: RunManifest.Override, actual: Double) {
      node = override.node
      year = override.year
      actor = override.actor
      reason = override.reason
      modelValue = override.modelValue
      value = override.value
      self.actual = actual
      closer = abs(value - actual) < abs(modelValue - actual)
    }
  }

  /// The run evaluated.
  public var runID: String
  /// The years compared.
  public var years: [Int]
  /// Years the actuals hold outside the run's forecast years, left out.
  public var ignoredYears: [Int]
  /// Every node and year compared.
  public var comparisons: [Comparison]
  /// Accuracy by level of the hierarchy.
  public var levels: [LevelSummary]
  /// The run's overrides against the actuals.
  public var overrides: [OverrideOutcome]
  /// The savings cascade, forecast against executed.
  public var ratios: [RatioOutcome]
  /// Lines executed in the compared years that the run did not forecast (new lines).
  public var newLines: Int
  /// Their amount summed over the compared years, by direction (`D`, `R`; euros).
  public var newLinesAmount: [String: Double]
  /// The run's lines read from the sub-accounts they were split into since (the run's
  /// line identifier, then the actuals' lines), as ``ExecutedAccounts/readSplits(runLines:)``
  /// finds them.
  public var splitLines: [String: [String]]
  /// Labels of the lines, from the run's snapshot and the actuals.
  public var labels: [String: String]
  /// A landed run: its anticipated year's landings against the actuals, when they hold
  /// that year.
  public var landings: [LandingOutcome] = []

  /// Compares run `id` of `archive` with `actuals` (any dataset `import` reads).
  public static func evaluate(run id: String, in archive: Archive, actuals: BudgetDataset)
    throws -> ForecastEvaluation
  {
    let data = try ReportData.load(id, from: archive, withEvaluations: false)
    return try ForecastEvaluation(
      data, snapshot: try ReportData.snapshot(of: data.manifest, in: archive), actuals: actuals,
      forecastRatios: RatioSummary(data).ratios)
  }

  /// Compares the run of `data`, whose input snapshot is `snapshot` and savings cascade
  /// `forecastRatios` (``RatioSummary``, simulated once for every evaluation of a run),
  /// with `actuals`.
  init(
    _ data: ReportData, snapshot: BudgetDataset, actuals: BudgetDataset,
    forecastRatios: [RatioRecord]
  ) throws(NoCommonYear) {
    let parameters = data.manifest.parameters
    self.init(
      data,
      executed: try ExecutedAccounts(
        actuals, snapshot: snapshot, forecastYears: data.forecastYears,
        includeOrder: parameters.includeOrder,
        bridgesNomenclatures: parameters.bridgesNomenclatures),
      forecastRatios: forecastRatios)
    landings = Self.landingOutcomes(data, snapshot: snapshot, actuals: actuals)
  }

  init(_ data: ReportData, executed: ExecutedAccounts, forecastRatios: [RatioRecord]) {
    var executed = executed
    splitLines = executed.readSplits(
      runLines: Set(data.forecasts.keys.filter { $0.hasPrefix("line/") }))
    runID = data.runID
    years = executed.years
    ignoredYears = executed.ignoredYears
    var comparisons: [Comparison] = []
    var forecastLines: Set<String> = []
    for node in data.forecasts.keys.sorted() {
      guard let cells = data.forecasts[node] else { continue }
      if node.hasPrefix("line/") { forecastLines.formUnion(executed.counterparts[node] ?? [node]) }
      for year in executed.years {
        guard let cell = cells[year], cell.mean.isFinite else { continue }
        let actual = executed.actual(node, year)
        var inside: [String: Bool] = [:]
        for (level, (lower, upper)) in cell.bounds where lower.isFinite && upper.isFinite {
          inside[String(Int(level))] = lower <= actual && actual <= upper
        }
        comparisons.append(
          Comparison(
            node: node, level: String(node.prefix { $0 != "/" }), year: year, actual: actual,
            forecast: cell.mean, base: cell.base, overridden: cell.overridden, inside: inside))
      }
    }
    self.comparisons = comparisons
    levels = LevelSummary.all(comparisons)
    overrides = data.manifest.overrides.filter { executed.years.contains($0.year) }.map {
      OverrideOutcome($0, actual: executed.actual($0.node, $0.year))
    }
    ratios = RatioOutcome.all(data, executed: executed, forecast: forecastRatios)
    let unforecast = executed.values.filter {
      $0.key.hasPrefix("line/") && !forecastLines.contains($0.key)
    }
    newLines = unforecast.count
    newLinesAmount = [:]
    // Summed in node and year order, so that the same evaluation gives the same bits.
    for node in unforecast.keys.sorted() {
      let direction = node.split(separator: "/").dropFirst(2).first.map(String.init) ?? ""
      let amounts = unforecast[node] ?? [:]
      newLinesAmount[direction, default: 0] += amounts.keys.sorted().reduce(0) {
        $0 + (amounts[$1] ?? 0)
      }
    }
    labels = executed.labels.merging(data.labels) { _, archived in archived }
  }

  /// The accuracy of `level` (`total`, `section`, `chapter`, `line`), when compared.
  public func summary(of level: String) -> LevelSummary? {
    levels.first { $0.level == level }
  }

  /// The comparisons of `level` (`line`, `chapter`, …) with the largest absolute
  /// errors in euros, largest first (ties by node and year, so the list is stable).
  public func largestMisses(_ count: Int, level: String = "line") -> [Comparison] {
    let lines = comparisons.filter { $0.level == level }
    return Array(
      lines.sorted {
        abs($0.error) != abs($1.error)
          ? abs($0.error) > abs($1.error) : ($0.node, $0.year) < ($1.node, $1.year)
      }.prefix(count))
  }

  /// Why no comparison is possible.
  public struct NoCommonYear: Error, CustomStringConvertible {
    /// The years the run forecasts.
    public var forecastYears: [Int]
    /// The years the actuals hold.
    public var actualYears: [Int]
    public var description: String {
      "the actuals cover \(Self.span(actualYears)), the run forecasts \(Self.span(forecastYears)): "
        + "no year to compare; give the accounts executed in the forecast years"
    }
    static func span(_ years: [Int]) -> String {
      guard let first = years.first, let last = years.last else { return "no year" }
      return first == last ? "\(first)" : "\(first)–\(last)"
    }
  }
}
