import Budget

/// An alert threshold of the savings ratios (domain brief §3): the taux d'épargne brute
/// below 8 % (weak), 7 % (very degraded, the stress-test reading) or 0 (deficit); the
/// capacité de désendettement beyond the kind's watch and critical levels (départements
/// 10 and 12 years, as practice reads them; communes 11 and 13, régions 8 and 10, the
/// bounds of their national reference ceilings, ``EntityKind/debtCeilingRange``) or
/// 15 (the term of a typical loan).
public struct AlertThreshold: Sendable, Hashable {
  /// The ratio a threshold reads.
  public enum Measure: String, Sendable, Hashable {
    case grossSavingsRate, debtPaydownYears
  }

  /// How serious crossing it is, in words.
  public enum Severity: String, Sendable {
    case weak, veryWeak, deficit, watch, critical, loanTerm
  }

  /// The ratio it applies to.
  public var measure: Measure
  /// Percent for the savings rate, years for the capacité de désendettement.
  public var value: Double
  /// How serious crossing it is.
  public var severity: Severity

  /// A threshold.
  public init(measure: Measure, value: Double, severity: Severity) {
    self.measure = measure
    self.value = value
    self.severity = severity
  }

  /// A threshold is its measure and value (the severity only names it).
  public static func == (a: Self, b: Self) -> Bool { (a.measure, a.value) == (b.measure, b.value) }
  public func hash(into hasher: inout Hasher) {
    hasher.combine(measure)
    hasher.combine(value)
  }

  /// The thresholds reports follow for `kind`, most usual first.
  public static func all(for kind: EntityKind) -> [AlertThreshold] {
    let (watch, critical) = paydownLevels(for: kind)
    return [
      AlertThreshold(measure: .grossSavingsRate, value: 8, severity: .weak),
      AlertThreshold(measure: .grossSavingsRate, value: 7, severity: .veryWeak),
      AlertThreshold(measure: .grossSavingsRate, value: 0, severity: .deficit),
      AlertThreshold(measure: .debtPaydownYears, value: watch, severity: .watch),
      AlertThreshold(measure: .debtPaydownYears, value: critical, severity: .critical),
      AlertThreshold(measure: .debtPaydownYears, value: 15, severity: .loanTerm),
    ]
  }

  /// The capacité de désendettement's watch and critical levels for `kind`, in years.
  public static func paydownLevels(for kind: EntityKind) -> (watch: Double, critical: Double) {
    kind == .departement
      ? (10, 12) : (kind.debtCeilingRange.lowerBound, kind.debtCeilingRange.upperBound)
  }

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
        severity == .deficit
        ? l.pick(" (déficit)", " (deficit)")
        : severity == .weak
          ? l.pick(" (faible)", " (weak)") : l.pick(" (très dégradé)", " (very weak)")
      return l.pick("Taux d'épargne brute sous ", "Gross savings rate below ") + rate + reading
    case .debtPaydownYears:
      let reading =
        severity == .watch
        ? l.pick(" (vigilance)", " (watch)")
        : severity == .critical
          ? l.pick(" (critique)", " (critical)")
          : l.pick(" (durée d'un emprunt)", " (a loan's term)")
      return l.pick("Capacité de désendettement au-delà de ", "Debt-to-savings ratio beyond ")
        + l.grouped(value, decimals: 0) + l.pick("\u{00A0}ans", " years") + reading
    }
  }
}
