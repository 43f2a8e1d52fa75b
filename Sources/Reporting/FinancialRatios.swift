import Budget
import Foundation
import Scenarios

/// The savings cascade and ratios elected officials are judged on, by year, from real
/// operations (domain brief §3).
///
/// - épargne de gestion = real operating revenue − (real operating spending − interest, chapter 66)
/// - épargne brute (EB) = real operating revenue − real operating spending
/// - épargne nette = EB − capital repayment of debt
/// - taux d'épargne brute = EB / real operating revenue
///
/// Loans and debt repayments are the credits and debits of chapter 16 as the 2018
/// decree reads them (``DebtAccounts/isBorrowing(account:)``: bonds and revolving loans
/// beside 1641, treasury movements apart). The investment financing leaves the whole of
/// chapter 16 out: its spending without the debt repaid, its revenue without the loans,
/// and neither with the treasury movements (a line of treasury drawn and repaid within
/// the year, a refinancing), which finance nothing.
///
/// Forecast years use the reconciled point forecasts. The capacité de désendettement
/// (outstanding debt / EB) needs the debt stock: executed years take it from the
/// accounts when they hold it (DGFiP balances, ``ReportData/executedDebt``); else, and
/// for forecast years, it comes from the scenario: when
/// the run's scenario gives its debt (stock at the end of the last executed year,
/// loans and new-loan terms), ``DebtSchedule`` rolls it over the forecast years and sets
/// their interest, capital repayment, new borrowing and stock; otherwise forecast
/// interest and repayment are the forecasts of chapter 66 and of the repayment lines,
/// and the stock is reported as unavailable.
public struct FinancialRatios: Sendable {
  /// One year of the cascade.
  public struct Year: Sendable, Hashable {
    /// The fiscal year.
    public var year: Int
    /// Whether the year is forecast (false: executed).
    public var forecast: Bool
    /// Real operating revenue (euros).
    public var operatingRevenue: Double
    /// Real operating spending, interest included (euros).
    public var operatingSpending: Double
    /// Interest on the debt (chapter 66; the schedule's in forecast years with a debt).
    public var interest: Double
    /// Capital repaid (chapter 16 as the 2018 decree reads it; the schedule's in forecast years).
    public var capitalRepayment: Double
    /// Investment spending without chapter 16 (the capital repaid, which net savings
    /// already pay, and treasury movements), and investment revenue without it (new
    /// loans and treasury movements); real operations.
    public var investmentSpending: Double = 0
    /// Investment revenue without chapter 16 (see ``investmentSpending``).
    public var investmentRevenueWithoutLoans: Double = 0
    /// Loans received (executed years) or forecast on the loan lines (chapter 16's
    /// credits as ``DebtAccounts/isBorrowing(account:)`` reads them).
    public var loansReceived: Double = 0
    /// New borrowing closing the financing gap (forecast years, with a debt stock).
    public var newBorrowing: Double?
    /// The borrowing of the year: the loans received in executed years, the new
    /// borrowing that closes the financing gap in forecast years (nil there without the
    /// scenario's debt).
    public var borrowing: Double? { forecast ? newBorrowing : loansReceived }
    /// Outstanding debt at 31 December (last executed year and forecast years).
    public var outstandingDebt: Double?
    /// Capacité de désendettement in years: outstanding debt / gross savings.
    public var debtPaydownYears: Double? {
      guard let outstandingDebt, grossSavings > 0 else { return nil }
      return outstandingDebt / grossSavings
    }
    /// Épargne de gestion: revenue less spending before interest.
    public var managementSavings: Double { operatingRevenue - (operatingSpending - interest) }
    /// Épargne brute: revenue less spending.
    public var grossSavings: Double { operatingRevenue - operatingSpending }
    /// Épargne nette: gross savings less the capital repaid.
    public var netSavings: Double { grossSavings - capitalRepayment }
    /// Percent.
    public var grossSavingsRate: Double {
      operatingRevenue == 0 ? .nan : 100 * grossSavings / operatingRevenue
    }
  }

  /// The years of the cascade, executed then forecast.
  public var years: [Year]
  /// The scenario's debt, when it gives one.
  public var debt: Scenario.Debt? { schedule?.debt }
  /// The scenario's debt schedule (its loans and interest-rate changes), when it gives
  /// a debt.
  var schedule: DebtSchedule?

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
    let repayment = data.lineSum { DebtAccounts.isBorrowing(node: $0, direction: "D") }
    let loans = data.lineSum { DebtAccounts.isBorrowing(node: $0, direction: "R") }
    let debtSpending = data.lineSum { DebtAccounts.isDebtLine(node: $0, direction: "D") }
    let debtRevenue = data.lineSum { DebtAccounts.isDebtLine(node: $0, direction: "R") }
    years = (data.historyYears + data.forecastYears).map { year in
      let forecast = data.forecastYears.contains(year)
      let pick = { (sums: (history: [Int: Double], forecast: [Int: Double])) in
        (forecast ? sums.forecast[year] : sums.history[year]) ?? 0
      }
      var row = Year(
        year: year, forecast: forecast, operatingRevenue: value("section/F/R", year),
        operatingSpending: value("section/F/D", year), interest: value("chapter/F/D/66", year),
        capitalRepayment: pick(repayment))
      row.investmentSpending = value("section/I/D", year) - pick(debtSpending)
      row.investmentRevenueWithoutLoans = value("section/I/R", year) - pick(debtRevenue)
      row.loansReceived = pick(loans)
      return row
    }
    // Executed years: the stock the balances give; the scenario's, when it has one,
    // replaces the last executed year's (it states the stock its schedule rolls).
    for index in years.indices where !years[index].forecast {
      years[index].outstandingDebt = data.executedDebt[years[index].year]
    }
    schedule = data.scenario?.debt.map {
      DebtSchedule(debt: $0, scenario: data.scenario, years: data.forecastYears)
    }
    schedule?.roll(&years)
  }
}
