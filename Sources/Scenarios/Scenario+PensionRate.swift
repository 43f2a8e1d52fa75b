extension Scenario {
  /// The employer contribution rate to the local civil servants' pension fund (CNRACL),
  /// by year: the pension-contribution lines (chapter 012, accounts ``accounts``) move
  /// by `rate_t / current`, contributions being the pay base × the rate.
  ///
  /// `current` is the rate the accounts' last year paid, which the forecast extends
  /// (31.65 % in 2024); the rates hold from their year until the next one given (the
  /// 2025 decree: +3 points a year to 43.65 % in 2028, domain brief §2.3).
  public struct PensionRate: Sendable, Hashable, Codable {
    /// The rate the forecast reflects (a fraction).
    public var current: Double
    /// The rate by year from which it applies (fractions).
    public var rates: [Int: Double]
    /// The account prefixes of the lines it moves (6453: cotisations aux caisses de
    /// retraite, which also hold other funds' contributions unless the accounts split
    /// them, as 64531 would).
    public var accounts: [String]

    /// The legal rate of 2024 (31.65 %, domain brief §2.3), from which a sensitivity
    /// test moves a run without the lever.
    public static let rate2024 = 0.3165

    /// The accounts moved when a file names none.
    public static let defaultAccounts = ["6453"]

    /// A rate path from the current rate, moving `accounts`.
    public init(current: Double, rates: [Int: Double], accounts: [String] = defaultAccounts) {
      (self.current, self.rates, self.accounts) = (current, rates, accounts)
    }

    /// The factor on a moved line in `year`: 1 before the first rate, then
    /// `rate / current` with the last rate given at or before `year`.
    public func factor(in year: Int) -> Double {
      Scenario.held(rates, in: year).map { $0 / current } ?? 1
    }

    /// Whether the line of `account` (chapter 012) is a pension contribution it moves.
    public func moves(account: String) -> Bool {
      accounts.contains { account.hasPrefix($0) }
    }
  }
}
