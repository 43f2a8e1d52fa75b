/// One year of the savings cascade for other systems (real operations, euros; rates as
/// fractions; nil when unknown).
///
/// A landed run's anticipated year is marked `provisional`. Forecast years carry
/// `bands`: by level (`"80"`, `"95"`) and measure name, the
/// interval simulated by ``RatioBands`` (a nil bound is unbounded or unknown).
public struct RatioRecord: Encodable, Sendable {
  /// An interval, simulated or a forecast's bounds (a nil bound is unbounded or not
  /// finite).
  public struct Interval: Encodable, Sendable {
    /// Lower bound.
    public var lower: Double?
    /// Upper bound.
    public var upper: Double?
  }

  /// The fiscal year.
  public var year: Int
  /// Whether the year is forecast.
  public var forecast: Bool
  /// True for a landed run's anticipated year (history estimated from its monthly
  /// execution, not executed accounts); absent otherwise.
  public var provisional: Bool?
  /// Real operating revenue and expenditure, épargne de gestion and épargne brute (euros).
  public var operatingRevenue, operatingExpenditure, managementSavings, grossSavings: Double
  /// Épargne nette (euros).
  public var netSavings: Double
  /// Capital repaid on the debt (chapter 16 as the 2018 decree reads it).
  public var capitalRepayment: Double
  /// Loans received (executed years) or the new borrowing closing the financing gap
  /// (forecast years with the scenario's debt).
  public var borrowing: Double?
  /// Taux d'épargne brute, as a fraction.
  public var grossSavingsRate: Double?
  /// Outstanding debt at 31 December (euros).
  public var outstandingDebt: Double?
  /// Capacité de désendettement (years).
  public var debtPaydownYears: Double?
  /// Forecast years: intervals by level and measure.
  public var bands: [String: [String: Interval]]?

  /// A record of one year, with its bands when simulated.
  public init(_ year: FinancialRatios.Year, bands: RatioBands? = nil, provisionalYear: Int? = nil) {
    self.year = year.year
    forecast = year.forecast
    provisional = year.year == provisionalYear ? true : nil
    operatingRevenue = year.operatingRevenue
    operatingExpenditure = year.operatingSpending
    managementSavings = year.managementSavings
    grossSavings = year.grossSavings
    netSavings = year.netSavings
    capitalRepayment = year.capitalRepayment
    borrowing = year.borrowing
    grossSavingsRate = year.grossSavingsRate.isFinite ? year.grossSavingsRate / 100 : nil
    outstandingDebt = year.outstandingDebt
    debtPaydownYears = year.debtPaydownYears.flatMap { $0.isFinite ? $0 : nil }
    if let levels = bands?.bands[year.year] {
      var encoded: [String: [String: Interval]] = [:]
      for (level, measures) in levels {
        encoded[String(Int(level))] = Dictionary(
          uniqueKeysWithValues: measures.map {
            ($0.key.rawValue, Interval(lower: $0.value.lower, upper: $0.value.upper))
          })
      }
      self.bands = encoded
    }
  }
}
