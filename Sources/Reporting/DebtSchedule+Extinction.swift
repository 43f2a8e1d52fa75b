extension DebtSchedule {
  /// One year of the existing stock's extinction.
  struct ExtinctionYear: Equatable, Encodable {
    var year: Int
    var interest: Double
    var capital: Double
    /// Capital left at 31 December.
    var outstanding: Double
  }

  /// The longest extinction shown; a loan table with longer terms is cut there.
  static let longestExtinction = 60

  /// The existing loans' schedule from `firstYear` until they are repaid: the
  /// *profil d'extinction* a ROB presents (no new borrowing).
  ///
  /// Each loan pays as in ``roll(_:)``, at today's rates (variable-rate loans without
  /// the scenario's changes); the capital repaid over the years sums to the stock and the
  /// last year ends at zero (up to rounding).
  func extinction(from firstYear: Int) -> [ExtinctionYear] {
    var loans = existingRepayments
    var profile: [ExtinctionYear] = []
    var outstanding = loans.reduce(0) { $0 + $1.capital }
    for offset in 0..<Self.longestExtinction where outstanding > 0.005 {
      let (interest, capital) = Self.payYear(&loans)
      outstanding = loans.reduce(0) { $0 + $1.capital }
      profile.append(
        ExtinctionYear(
          year: firstYear + offset, interest: interest, capital: capital,
          outstanding: outstanding))
    }
    return profile
  }
}
