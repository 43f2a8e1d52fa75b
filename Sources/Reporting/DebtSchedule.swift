import Scenarios

/// The multi-year debt schedule of a scenario, rolled over the forecast years.
///
/// Existing loans come from the scenario's loan table (or one loan of its aggregate
/// terms: the stock repaid in constant capital over its residual years at its average
/// rate). Each loan pays, every year, interest on its capital at the start of the year,
/// and capital: `C₀/n` for constant capital, `A − interest` for an annuity
/// `A = C₀·r / (1 − (1 + r)^−n)`, nothing until its last year then all of it for a loan
/// repaid in fine (a bond). New borrowing closes the investment financing gap,
///
///     borrowing_t = max(0, investment spending − investment revenue without loans − net savings),
///
/// and is repaid over the scenario's new-loan years at its new-loan rate from the
/// following year, in constant capital unless the scenario names another profile
/// (`new_loan_profile`). Forecast years take their interest (chapter 66, which
/// moves real operating spending by the difference) and capital repayment from the
/// schedule, and the stock follows `D_t = D_{t−1} − repayment_t + borrowing_t` exactly.
///
/// A scenario's `interest_rate` change δ_t (points) sets the rate of the year's new loan,
/// `new-loan rate + δ_t`, fixed for its life, and the rate of variable-rate loans in
/// year t, `rate + δ_t`; their capital is repaid as contracted (the amortisation of the
/// rate they were signed at), only their interest moves. Rates do not go below zero.
struct DebtSchedule: Sendable {
  var debt: Scenario.Debt
  /// The interest-rate change by forecast year, as a fraction (δ_t / 100).
  var rateChanges: [Int: Double] = [:]

  /// The schedule of `debt` under the `interest_rate` changes `scenario` gives in `years`.
  init(debt: Scenario.Debt, scenario: Scenario? = nil, years: [Int] = []) {
    self.debt = debt
    if let scenario { rateChanges = Self.rateChanges(of: scenario, years: years) }
  }

  /// The `interest_rate` changes `scenario` gives in `years`, as fractions.
  static func rateChanges(of scenario: Scenario, years: [Int]) -> [Int: Double] {
    let effects = ScenarioEffects(scenario: scenario, years: years)
    var changes: [Int: Double] = [:]
    for year in years {
      let change = effects.change(.interestRate, year)
      if change != 0 { changes[year] = change / 100 }
    }
    return changes
  }

  /// One loan being repaid.
  struct Repayment {
    var capital: Double
    var rate: Double
    /// The capital due each year (constant) or the payment (annuity; an annuity at a
    /// zero rate is constant capital); unused in fine.
    var instalment: Double
    var profile: Scenario.Loan.Profile
    /// Years left to repay, this one included.
    var yearsLeft: Int
    /// Whether the interest follows the year's rate change.
    var variable = false

    init(
      capital: Double, rate: Double, years: Int, profile: Scenario.Loan.Profile,
      variable: Bool = false
    ) {
      self.capital = capital
      self.rate = rate
      self.profile = profile
      self.variable = variable
      yearsLeft = Swift.max(years, 1)
      let n = Double(yearsLeft)
      instalment =
        profile == .annuity && rate > 0
        ? capital * rate / (1 - Double.pow(1 + rate, -n)) : capital / n
    }

    /// This year's interest and capital, `change` the year's rate change (a variable
    /// loan's only); the capital left is updated.
    mutating func pay(change: Double = 0) -> (interest: Double, capital: Double) {
      let interest = Swift.max(0, rate + (variable ? change : 0)) * capital
      let due: Double
      switch profile {
      case .constant: due = instalment
      case .annuity: due = rate > 0 ? instalment - rate * capital : instalment
      case .inFine: due = yearsLeft <= 1 ? capital : 0
      }
      yearsLeft -= 1
      let paid = Swift.min(Swift.max(due, 0), capital)
      capital -= paid
      return (interest, paid)
    }
  }

  /// The existing loans (the table, or one loan of the aggregate terms), unpaid.
  var existingRepayments: [Repayment] {
    debt.existingLoans.map {
      Repayment(
        capital: $0.outstanding, rate: $0.rate, years: $0.years, profile: $0.profile,
        variable: $0.variable ?? false)
    }
  }

  /// One year of every loan in `loans`: the interest and capital paid in total.
  static func payYear(_ loans: inout [Repayment], change: Double = 0) -> (
    interest: Double, capital: Double
  ) {
    var interest = 0.0
    var capital = 0.0
    for j in loans.indices {
      let payment = loans[j].pay(change: change)
      interest += payment.interest
      capital += payment.capital
    }
    return (interest, capital)
  }

  /// Rolls the schedule over the forecast years of `years` (after the last executed one).
  func roll(_ years: inout [FinancialRatios.Year]) {
    guard let last = years.lastIndex(where: { !$0.forecast }) else { return }
    var loans = existingRepayments
    var stock = debt.outstanding
    years[last].outstandingDebt = stock
    for i in years.indices where years[i].forecast {
      let change = rateChanges[years[i].year] ?? 0
      let (interest, capital) = Self.payYear(&loans, change: change)
      years[i].operatingSpending += interest - years[i].interest
      years[i].interest = interest
      years[i].capitalRepayment = capital
      let gap =
        years[i].investmentSpending - years[i].investmentRevenueWithoutLoans - years[i].netSavings
      let borrowing = Swift.max(0, gap)
      if borrowing > 0 {
        loans.append(
          Repayment(
            capital: borrowing, rate: Swift.max(0, debt.newLoanRate + change),
            years: debt.newLoanYears, profile: debt.newLoanProfile ?? .constant))
      }
      stock = stock - capital + borrowing
      years[i].newBorrowing = borrowing
      years[i].outstandingDebt = stock
    }
  }
}
