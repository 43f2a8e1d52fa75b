import RunArchive

extension ForecastEvaluation {
  /// The evaluation for other systems (`evaluate --json`, the JSON report): accuracy
  /// by level, gross savings, overrides, the `top` largest line misses and new lines.
  public struct Summary: Encodable, Sendable {
    public struct Miss: Encodable, Sendable {
      public var node: String
      public var label: String?
      public var year: Int
      public var actual, forecast, error: Double
    }
    public var run: String
    public var years: [Int]
    public var ignoredYears: [Int]
    public var levels: [LevelSummary]
    public var grossSavings: [RatioOutcome]
    public var overrides: [OverrideOutcome]
    public var largestMisses: [Miss]
    public var newLines: Int
    public var newLinesAmount: [String: Double]
    /// The run's lines read from the sub-accounts they were split into.
    public var splitLines: [String: [String]]
    /// A landed run's anticipated year against the actuals (absent otherwise).
    public var landings: [LandingOutcome]?

    public init(_ e: ForecastEvaluation, top: Int) {
      run = e.runID
      years = e.years
      ignoredYears = e.ignoredYears
      levels = e.levels
      grossSavings = e.ratios
      overrides = e.overrides
      largestMisses = e.largestMisses(top).map {
        Miss(
          node: $0.node, label: e.labels[$0.node], year: $0.year, actual: $0.actual,
          forecast: $0.forecast, error: $0.error)
      }
      newLines = e.newLines
      newLinesAmount = e.newLinesAmount
      splitLines = e.splitLines
      landings = e.landings.isEmpty ? nil : e.landings
    }
  }

  /// A recorded evaluation for other systems: when, by whom, the archived actuals'
  /// hash and the summary (the JSON report and `runs show --json`).
  public struct Record: Encodable, Sendable {
    public var time, actor, actuals: String
    public var summary: Summary

    public init(entry: JournalEntry, evaluation: ForecastEvaluation) {
      time = entry.time
      actor = entry.actor
      actuals = entry.details["actuals"] ?? ""
      summary = Summary(evaluation, top: 10)
    }
  }
}
