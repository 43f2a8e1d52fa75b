/// An alert threshold of the savings ratios (domain brief §3): the taux d'épargne brute
/// below 8 % (weak), 7 % (very degraded, the stress-test reading) or 0 (deficit); the
/// capacité de désendettement beyond 10 years (vigilance), 12 (critical) or 15 (the
/// term of a typical loan).
public struct AlertThreshold: Sendable, Hashable {
  /// The ratio a threshold reads.
  public enum Measure: String, Sendable, Hashable {
    case grossSavingsRate, debtPaydownYears
  }

  public var measure: Measure
  /// Percent for the savings rate, years for the capacité de désendettement.
  public var value: Double

  /// The thresholds reports follow, most usual first.
  public static let all: [AlertThreshold] = [
    AlertThreshold(measure: .grossSavingsRate, value: 8),
    AlertThreshold(measure: .grossSavingsRate, value: 7),
    AlertThreshold(measure: .grossSavingsRate, value: 0),
    AlertThreshold(measure: .debtPaydownYears, value: 10),
    AlertThreshold(measure: .debtPaydownYears, value: 12),
    AlertThreshold(measure: .debtPaydownYears, value: 15),
  ]

  /// A name for other systems: `gross_savings_rate_below_8`, `debt_paydown_years_above_12`.
  public var key: String {
    let number = value == value.rounded() ? String(Int(value)) : String(value)
    return measure == .grossSavingsRate
      ? "gross_savings_rate_below_\(number)" : "debt_paydown_years_above_\(number)"
  }

  /// Whether `year` is beyond the threshold, nil when the year does not say.
  ///
  /// Beyond means a savings rate below it; a capacité de désendettement above it, or
  /// gross savings zero or negative with debt outstanding (the ratio is then unbounded).
  /// The year does not say without a debt stock, or without revenue.
  public func isBeyond(_ year: FinancialRatios.Year) -> Bool? {
    switch measure {
    case .grossSavingsRate:
      let rate = year.grossSavingsRate
      return rate.isFinite ? rate < value : nil
    case .debtPaydownYears:
      guard let debt = year.outstandingDebt else { return nil }
      guard year.grossSavings > 0 else { return debt > 0 }
      return debt / year.grossSavings > value
    }
  }

  /// The threshold in words: `taux d'épargne brute sous 8 %`.
  func label(_ l: ReportLanguage) -> String {
    switch measure {
    case .grossSavingsRate:
      let rate = l.grouped(value, decimals: 0) + l.pick("\u{00A0}%", "%")
      let reading =
        value == 0
        ? l.pick(" (déficit)", " (deficit)")
        : value >= 8 ? l.pick(" (faible)", " (weak)") : l.pick(" (très dégradé)", " (very weak)")
      return l.pick("Taux d'épargne brute sous ", "Gross savings rate below ") + rate + reading
    case .debtPaydownYears:
      let reading =
        value <= 10
        ? l.pick(" (vigilance)", " (watch)")
        : value <= 12
          ? l.pick(" (critique)", " (critical)")
          : l.pick(" (durée d'un emprunt)", " (a loan's term)")
      return l.pick("Capacité de désendettement au-delà de ", "Debt-to-savings ratio beyond ")
        + l.grouped(value, decimals: 0) + l.pick("\u{00A0}ans", " years") + reading
    }
  }
}
