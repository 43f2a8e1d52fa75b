import Budget

extension ForecastEvaluation.RatioOutcome {
  /// The debt stock at 31 December of each executed year: the stock the run's scenario
  /// gives at the end of the run's last executed year, moved by the borrowing and the
  /// capital repayment executed since (chapter 16 as the 2018 decree reads it,
  /// ``DebtAccounts/isBorrowing(account:)``; real operations), the definitions of the
  /// forecast's ``DebtSchedule``: `D_t = D_{t−1} + borrowed_t − repaid_t`.
  ///
  /// Empty when the scenario gives no debt; it stops at the first year the actuals do
  /// not follow on from the previous one, since the stock cannot be rolled past a
  /// missing year.
  static func executedDebt(
    _ data: ReportData, actuals: ReportData, cascade: [FinancialRatios.Year]
  ) -> [Int: Double] {
    guard var stock = data.scenario?.debt?.outstanding, var previous = data.historyYears.last
    else { return [:] }
    let borrowed = actuals.lineSum { DebtAccounts.isBorrowing(node: $0, direction: "R") }.history
    var stocks: [Int: Double] = [:]
    for done in cascade.sorted(by: { $0.year < $1.year }) {
      guard done.year == previous + 1 else { break }
      stock += (borrowed[done.year] ?? 0) - done.capitalRepayment
      stocks[done.year] = stock
      previous = done.year
    }
    return stocks
  }
}
