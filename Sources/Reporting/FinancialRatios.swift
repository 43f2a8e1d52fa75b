import Foundation

/// The savings cascade and ratios elected officials are judged on, by year, from real
/// operations (domain brief §3).
///
/// - épargne de gestion = real operating revenue − (real operating spending − interest, chapter 66)
/// - épargne brute (EB) = real operating revenue − real operating spending
/// - épargne nette = EB − capital repayment of debt (account 1641, investment spending)
/// - taux d'épargne brute = EB / real operating revenue
///
/// Forecast years use the reconciled point forecasts. The capacité de désendettement
/// (outstanding debt / EB) needs the debt stock, which the accounts do not hold: when
/// the run's scenario gives it (`debt.outstanding` at the end of the last executed
/// year), the stock follows `D_t = D_{t−1} − repayment_t + borrowing_t`, where new
/// borrowing closes the investment financing gap,
/// `borrowing_t = max(0, investment spending − (investment revenue without loans,
/// account 1641) − net savings)`; otherwise it is reported as unavailable.
public struct FinancialRatios: Sendable {
  /// One year of the cascade.
  public struct Year: Sendable, Hashable {
    public var year: Int
    public var forecast: Bool
    public var operatingRevenue: Double
    public var operatingSpending: Double
    public var interest: Double
    public var capitalRepayment: Double
    /// Investment spending and revenue without new loans (real operations).
    public var investmentSpending: Double = 0
    public var investmentRevenueWithoutLoans: Double = 0
    /// New borrowing closing the financing gap (forecast years, with a debt stock).
    public var newBorrowing: Double?
    /// Outstanding debt at 31 December (last executed year and forecast years).
    public var outstandingDebt: Double?
    /// Capacité de désendettement in years: outstanding debt / gross savings.
    public var debtPaydownYears: Double? {
      guard let outstandingDebt, grossSavings > 0 else { return nil }
      return outstandingDebt / grossSavings
    }
    public var managementSavings: Double { operatingRevenue - (operatingSpending - interest) }
    public var grossSavings: Double { operatingRevenue - operatingSpending }
    public var netSavings: Double { grossSavings - capitalRepayment }
    /// Percent.
    public var grossSavingsRate: Double {
      operatingRevenue == 0 ? .nan : 100 * grossSavings / operatingRevenue
    }
  }

  public var years: [Year]

  /// How a taux d'épargne brute reads against the usual thresholds (> 15 % comfortable,
  /// 8–15 % fair, < 8 % weak, < 0 deficit).
  public enum Reading: String, Sendable {
    case comfortable, fair, weak, deficit, unknown
  }

  /// The reading of `rate` (percent).
  public static func reading(_ rate: Double) -> Reading {
    guard rate.isFinite else { return .unknown }
    if rate < 0 { return .deficit }
    if rate < 8 { return .weak }
    if rate <= 15 { return .fair }
    return .comfortable
  }

  /// The cascade of `data`, history then forecast.
  public init(_ data: ReportData) {
    let value = { (node: String, year: Int) -> Double in
      data.history[node]?[year] ?? data.forecasts[node]?[year]?.mean ?? 0
    }
    let repayment = data.lineSum { $0.hasPrefix("line/I/D/16/1641") }
    let loans = data.lineSum { $0.hasPrefix("line/I/R/16/1641") }
    years = (data.historyYears + data.forecastYears).map { year in
      let forecast = data.forecastYears.contains(year)
      var row = Year(
        year: year, forecast: forecast, operatingRevenue: value("section/F/R", year),
        operatingSpending: value("section/F/D", year), interest: value("chapter/F/D/66", year),
        capitalRepayment: (forecast ? repayment.forecast[year] : repayment.history[year]) ?? 0)
      row.investmentSpending = value("section/I/D", year)
      row.investmentRevenueWithoutLoans =
        value("section/I/R", year) - ((forecast ? loans.forecast[year] : loans.history[year]) ?? 0)
      return row
    }
    if let debt = data.scenario?.debt {
      Self.scheduleDebt(&years, opening: debt.outstanding)
    }
  }

  /// Sets the outstanding debt of the last executed year to `opening` and rolls it
  /// forward over the forecast years: `borrowing = max(0, investment spending −
  /// investment revenue without loans − net savings)`, `D_t = D_{t−1} − repayment_t +
  /// borrowing_t`.
  static func scheduleDebt(_ years: inout [Year], opening: Double) {
    guard let last = years.lastIndex(where: { !$0.forecast }) else { return }
    years[last].outstandingDebt = opening
    var stock = opening
    for i in years.indices where years[i].forecast {
      let gap =
        years[i].investmentSpending - years[i].investmentRevenueWithoutLoans - years[i].netSavings
      let borrowing = Swift.max(0, gap)
      stock = stock - years[i].capitalRepayment + borrowing
      years[i].newBorrowing = borrowing
      years[i].outstandingDebt = stock
    }
  }
}
