extension Scenario.Debt {
  /// The gap between the accounts' stock and the scenario's, beyond rounding.
  ///
  /// `executed` is the stock the accounts give for the same 31 December (DGFiP
  /// balances: chapter 16's closing credit balances); rounding is 0.5 % of it, or 1 € on
  /// a zero stock. Positive when the accounts hold more (a loan table without its bonds
  /// or revolving loans, say).
  public func shortfall(against executed: Double) -> Double? {
    let gap = executed - outstanding
    return abs(gap) > Swift.max(0.005 * abs(executed), 1) ? gap : nil
  }

  /// A run note when the scenario's stock and the accounts' stock at the end of
  /// `year` differ (``shortfall(against:)``), nil otherwise.
  public func mismatchNote(executed: Double?, year: Int) -> String? {
    guard let executed, let gap = shortfall(against: executed) else { return nil }
    let millions = { (euros: Double) in String(format: "%.1f M€", euros / 1e6) }
    return
      "debt: the scenario's stock at 31 December \(year), \(millions(outstanding)), differs from the accounts' (chapter 16 closing balances), \(millions(executed)), by \(millions(gap)); the scenario's is used for the forecast years"
  }
}
