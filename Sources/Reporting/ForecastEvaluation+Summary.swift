import RunArchive

extension ForecastEvaluation {
  /// The evaluation for other systems (`evaluate --json`, the JSON report): accuracy
  /// by level, gross savings, overrides, the `top` largest line misses and new lines.
  public struct Summary: Encodable, Sendable {
    /// One of the largest line misses.
    public struct Miss: Encodable, Sendable {
      /// The line node.
      public var node: String
      /// Its latest label.
      public var label: String?
      /// The year.
      public var year: Int
      /// Executed, forecast and forecast − executed (euros).
      public var actual, forecast, error: Double
    }
    /// The run evaluated.
    public var run: String
    /// The years compared.
    public var years: [Int]
    /// Years of the actuals outside the forecast years.
    public var ignoredYears: [Int]
    /// Accuracy by level of the hierarchy.
    public var levels: [LevelSummary]
    /// Gross savings, its rate, net savings and debt, forecast against executed.
    public var grossSavings: [RatioOutcome]
    /// Each human override against the model and the actual.
    public var overrides: [OverrideOutcome]
    /// The `top` largest line misses in euros.
    public var largestMisses: [Miss]
    /// Lines executed but never forecast.
    public var newLines: Int
    /// Their amounts by direction (`D`, `R`, euros).
    public var newLinesAmount: [String: Double]
    /// The run's lines read from the sub-accounts they were split into.
    public var splitLines: [String: [String]]
    /// A landed run's anticipated year against the actuals (absent otherwise).
    public var landings: [LandingOutcome]?

    /// The summary of an evaluation with its `top` largest misses.
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
    /// When, by whom, and the archived actuals' SHA-256.
    public var time, actor, actuals: String
    /// What the evaluation found.
    public var summary: Summary

    /// The record of a journal entry and its evaluation.
    public init(entry: JournalEntry, evaluation: ForecastEvaluation) {
      time = entry.time
      actor = entry.actor
      actuals = entry.details["actuals"] ?? ""
      summary = Summary(evaluation, top: 10)
    }
  }
}
