import DelimitedText
import Foundation
import Yams

/// The `debt:` block: the stock, the terms of new loans and the loan table.
extension ScenarioReader {
  mutating func debt(_ node: Node) -> Scenario.Debt? {
    var values: [String: Double] = [:]
    var loans: [Scenario.Loan]?
    var tableHasProblems = false
    let keys = [
      "outstanding", "residual_years", "rate", "new_loan_years", "new_loan_rate",
      "new_loan_profile", "loans",
    ]
    var newLoanProfile: Scenario.Loan.Profile?
    for (field, value) in entries(node, "debt") {
      let key = field.string ?? ""
      guard keys.contains(key) else {
        problem(field, "unknown key '\(key)'", keys.joined(separator: ", "))
        continue
      }
      if key == "loans" {
        let known = problems.count
        let table = self.loans(value)
        // The sum is checked on a table without problems only.
        if problems.count == known { loans = table } else { tableHasProblems = true }
        continue
      }
      if key == "new_loan_profile" {
        newLoanProfile = profile(value)
        continue
      }
      if key.hasSuffix("years") {
        if let years = whole(value, "debt.\(key)", in: 1...50) { values[key] = Double(years) }
        continue
      }
      guard let number = number(value, "debt.\(key)") else { continue }
      guard key == "outstanding" ? number >= 0 : (0...0.2).contains(number) else {
        problem(
          value, "debt.\(key) = \(number) is impossible",
          "a non-negative stock and a rate in [0, 0.2]")
        continue
      }
      values[key] = number
    }
    let tableTotal = loans.map { $0.reduce(0) { $0 + $1.outstanding } }
    if let tableTotal, let stated = values["outstanding"], abs(tableTotal - stated) > 0.5 {
      problem(
        node, "debt.outstanding = \(stated) but the loans sum to \(tableTotal)",
        "the same stock, or 'outstanding' left out")
    }
    guard let outstanding = values["outstanding"] ?? tableTotal else {
      // A table with problems has them reported already.
      if tableHasProblems { return nil }
      problem(
        node, "debt needs 'outstanding' or 'loans'",
        "the debt at 31 December of the last executed year")
      return nil
    }
    var debt = Scenario.Debt(
      outstanding: outstanding, residualYears: Int(values["residual_years"] ?? 12),
      rate: values["rate"] ?? 0.03, newLoanYears: Int(values["new_loan_years"] ?? 15),
      newLoanRate: values["new_loan_rate"] ?? 0.035)
    debt.loans = loans
    debt.newLoanProfile = newLoanProfile
    return debt
  }

  /// The loan table: `- {name: …, outstanding: …, rate: …, years: …, profile: constant}`.
  mutating func loans(_ node: Node) -> [Scenario.Loan] {
    guard let items = node.sequence else {
      problem(node, "debt.loans is not a list", "- {name: …, outstanding: …, rate: …, years: …}")
      return []
    }
    var loans: [Scenario.Loan] = []
    let keys = ["name", "outstanding", "rate", "years", "profile", "variable"]
    for item in items {
      var loan = Scenario.Loan(name: "", outstanding: -1, rate: -1, years: 0, profile: .constant)
      var valid = true
      let known = problems.count
      for (field, value) in entries(item, "a loan") {
        switch field.string ?? "" {
        case "name": loan.name = text(value, "loan name")
        case "profile":
          guard let profile = profile(value) else {
            valid = false
            continue
          }
          loan.profile = profile
        case "outstanding": loan.outstanding = number(value, "loan outstanding") ?? -1
        case "rate": loan.rate = number(value, "loan rate") ?? -1
        case "years": loan.years = whole(value, "loan years", in: 1...50) ?? 0
        case "variable":
          guard let flag = value.bool else {
            problem(value, "variable '\(value.string ?? "")' is not true or false", "true or false")
            valid = false
            continue
          }
          loan.variable = flag
        default:
          problem(field, "unknown key '\(field.string ?? "")'", keys.joined(separator: ", "))
          valid = false
        }
      }
      guard loan.outstanding >= 0, (0...0.2).contains(loan.rate), (1...50).contains(loan.years)
      else {
        // A field already reported is not reported again as a missing one.
        guard problems.count == known else { continue }
        problem(
          item, "a loan needs outstanding ≥ 0, a rate in [0, 0.2] and 1–50 years",
          "{name: Prêt 2015, outstanding: 12e6, rate: 0.021, years: 9, profile: constant}")
        continue
      }
      if valid { loans.append(loan) }
    }
    return loans
  }

  /// A repayment profile (`constant`, `annuity`, `in_fine`), nil with a located problem.
  mutating func profile(_ value: Node) -> Scenario.Loan.Profile? {
    guard let profile = Scenario.Loan.Profile(rawValue: value.string ?? "") else {
      problem(
        value, "unknown profile '\(value.string ?? "")'", "constant, annuity or in_fine")
      return nil
    }
    return profile
  }
}
