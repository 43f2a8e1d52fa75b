import Yams

/// `levers.cnracl_rate`: the employer pension-contribution rate by year.
extension ScenarioReader {
  /// `{current: 0.3165, rates: {2025: 0.3465, 2026: 0.3765}, accounts: [6453]}`, or nil
  /// with located problems: rates are fractions in (0, 1), the current one included;
  /// `accounts` (account prefixes in chapter 012) is optional.
  mutating func pensionRate(_ node: Node) -> Scenario.PensionRate? {
    let example = "{current: 0.3165, rates: {2025: 0.3465, 2026: 0.3765}}"
    let known = problems.count
    var rate = Scenario.PensionRate(current: .nan, rates: [:])
    let fraction = { (value: Double) in value > 0 && value < 1 }
    for (field, value) in entries(node, "levers.cnracl_rate") {
      switch field.string ?? "" {
      case "current":
        guard let current = number(value, "levers.cnracl_rate.current") else { continue }
        guard fraction(current) else {
          problem(
            value, "cnracl_rate.current \(current) is not a rate", "a fraction such as 0.3165")
          continue
        }
        rate.current = current
      case "rates":
        rate.rates = yearly(value, "levers.cnracl_rate.rates") { year, value in
          fraction(value)
            ? nil
            : ("cnracl_rate.rates.\(year) = \(value) is not a rate", "a fraction such as 0.3465")
        }
      case "accounts":
        guard let items = value.sequence, !items.isEmpty else {
          problem(value, "accounts is not a list of accounts", "[6453] or [64531]")
          continue
        }
        rate.accounts = items.map { text($0, "levers.cnracl_rate.accounts") }
        for (item, account) in zip(items, rate.accounts)
        where account.isEmpty || !account.allSatisfy(\.isNumber) {
          problem(item, "'\(account)' is not an account number", "an account such as 6453")
        }
      default:
        problem(field, "unknown key '\(field.string ?? "")'", "current, rates, accounts")
      }
    }
    guard problems.count == known else { return nil }
    guard rate.current.isFinite, !rate.rates.isEmpty else {
      problem(node, "cnracl_rate needs the current rate and the rates by year", example)
      return nil
    }
    return rate
  }
}
