/// The compared scenarios against the accounts executed since, when `budgetcast evaluate`
/// recorded them on one of the runs.
extension ScenarioComparison {
  /// One executed year beside the scenarios.
  public struct Executed: Sendable, Hashable {
    /// The executed year.
    public var year: Int
    /// Real operations, euros.
    public var grossSavings: Double
    /// In percent of operating revenue, as ``FinancialRatios/Year/grossSavingsRate``
    /// (nil without revenue).
    public var grossSavingsRate: Double?
    /// Gross savings less the capital repaid (chapter 16, ``DebtAccounts``), euros.
    public var netSavings: Double
    /// The debt stock at 31 December and the capacité de désendettement (years), when
    /// the evaluated run's scenario gives the debt.
    public var outstandingDebt: Double?
    /// The capacité de désendettement, years (nil without a debt or with gross savings
    /// at or below zero).
    public var debtPaydownYears: Double?
    /// The run whose evaluation read these accounts.
    public var evaluatedRun: String
  }

  /// The executed savings of the forecast years, from the latest evaluation
  /// recorded on any compared run (the journal's order; the runs share one archive),
  /// in year order; empty when none was evaluated.
  public var executed: [Executed] {
    let latest = runs.flatMap { run in run.evaluations.map { (run.runID, $0) } }
      .max { $0.1.entry.sequence < $1.1.entry.sequence }
    guard let (runID, (_, evaluation)) = latest else { return [] }
    return evaluation.ratios.filter { years.contains($0.year) }.sorted { $0.year < $1.year }
      .map {
        Executed(
          year: $0.year, grossSavings: $0.actualGrossSavings,
          grossSavingsRate: $0.actualGrossSavingsRate.map { 100 * $0 },
          netSavings: $0.actualNetSavings, outstandingDebt: $0.actualOutstandingDebt,
          debtPaydownYears: $0.actualDebtPaydownYears, evaluatedRun: runID)
      }
  }

  /// The run whose gross savings in `year` came closest to the executed ones, with its
  /// gap (forecast − executed, euros); the first on a tie.
  public func closest(to executed: Executed) -> (run: Int, gap: Double)? {
    runs.indices.compactMap { i in
      ratio(executed.year, run: i).map { (i, $0.grossSavings - executed.grossSavings) }
    }.min { abs($0.1) < abs($1.1) }
  }
}
