import Yams

/// The `levers:` block: dated revaluations, the DMTO rate, the employer pension rate,
/// the investment programme and voted tax rates.
extension ScenarioReader {
  mutating func levers(_ node: Node, into scenario: inout Scenario) {
    for (keyNode, value) in entries(node, "levers") {
      switch keyNode.string ?? "" {
      case "rsa_revaluation":
        scenario.rsaRevaluation = dated(value, "rsa_revaluation", example: "0.046")
      case "pay_index_step":
        scenario.payIndexStep = dated(value, "pay_index_step", example: "0.005")
      case "dmto_rate":
        guard let rate = number(value, "levers.dmto_rate") else { continue }
        guard rate > 0, rate <= Scenario.dmtoCeiling else {
          problem(
            value, "dmto_rate \(rate) is above its legal ceiling or not positive",
            "a rate in (0, \(Scenario.dmtoCeiling)] (5 % since April 2025)")
          continue
        }
        scenario.dmtoRate = rate
      case "cnracl_rate": scenario.pensionRate = pensionRate(value)
      case "investment_programme": scenario.investmentProgramme = programme(value)
      case "tax_rates": scenario.taxRates = taxRates(value)
      default:
        problem(
          keyNode, "unknown lever '\(keyNode.string ?? "")'",
          "rsa_revaluation, pay_index_step, dmto_rate, cnracl_rate, investment_programme, tax_rates"
        )
      }
    }
  }

  /// A dated rate, `{date: 2025-04, rate: 0.046}`, or nil with located problems.
  mutating func dated(_ node: Node, _ name: String, example: String) -> Scenario.Revaluation? {
    var dated = Scenario.Revaluation(year: 0, month: 1, rate: .nan)
    for (field, fieldValue) in entries(node, "levers.\(name)") {
      switch field.string ?? "" {
      case "date":
        let parts = text(fieldValue, "date").split(separator: "-").compactMap { Int($0) }
        guard parts.count >= 2, DriverStep.years.contains(parts[0]), (1...12).contains(parts[1])
        else {
          problem(
            fieldValue, "date '\(fieldValue.string ?? "")' is not a month",
            "YYYY-MM such as 2025-04")
          continue
        }
        (dated.year, dated.month) = (parts[0], parts[1])
      case "rate":
        guard let rate = number(fieldValue, "levers.\(name).rate") else { continue }
        guard (-0.5...0.5).contains(rate) else {
          problem(
            fieldValue, "rate \(rate) is not a plausible \(name)", "a fraction such as \(example)")
          continue
        }
        dated.rate = rate
      default: problem(field, "unknown key '\(field.string ?? "")'", "date, rate")
      }
    }
    guard dated.year != 0, dated.rate.isFinite else {
      problem(node, "\(name) needs a date and a rate", "{date: 2025-04, rate: \(example)}")
      return nil
    }
    return dated
  }

  /// `investment_programme: {2025: 180e6, …}`: equipment spending by year, in euros.
  mutating func programme(_ node: Node) -> [Int: Double] {
    yearly(node, "levers.investment_programme") { year, amount in
      amount >= 0
        ? nil
        : (
          "investment_programme.\(year) = \(amount) is negative",
          "the year's equipment spending in euros, such as 180e6"
        )
    }
  }

  /// Values by year, `{2025: …, 2026: …}`, each checked by `invalid` (a problem and what
  /// was expected, or nil); located problems for what is not a year or not valid.
  mutating func yearly(
    _ node: Node, _ key: String, invalid: (Int, Double) -> (String, String)?
  ) -> [Int: Double] {
    var result: [Int: Double] = [:]
    for (yearNode, valueNode) in entries(node, key) {
      guard let year = yearNode.string.flatMap(Int.init), DriverStep.years.contains(year) else {
        problem(yearNode, "'\(yearNode.string ?? "")' is not a year", "a year such as 2026")
        continue
      }
      guard let value = number(valueNode, "\(key).\(year)") else { continue }
      if let (problem, expected) = invalid(year, value) {
        self.problem(valueNode, problem, expected)
        continue
      }
      result[year] = value
    }
    return result
  }

  /// `tax_rates: - {series, year, current, voted, ceiling?, label?}`.
  mutating func taxRates(_ node: Node) -> [Scenario.TaxRate] {
    let example =
      "{series: chapter/I/R/10, year: 2026, current: 0.015, voted: 0.025, ceiling: 0.025}"
    guard let items = node.sequence else {
      problem(node, "tax_rates is not a list", "- " + example)
      return []
    }
    var result: [Scenario.TaxRate] = []
    for item in items {
      var rate = Scenario.TaxRate(node: "", year: 0, current: .nan, voted: .nan, label: "")
      var ceiling = 1.0
      let known = problems.count
      for (field, value) in entries(item, "a tax rate") {
        switch field.string ?? "" {
        case "series": rate.node = text(value, "series")
        case "year": rate.year = whole(value, "year", in: DriverStep.years) ?? 0
        case "current": rate.current = number(value, "current") ?? .nan
        case "voted": rate.voted = number(value, "voted") ?? .nan
        case "ceiling": ceiling = number(value, "ceiling") ?? .nan
        case "label": rate.label = text(value, "label")
        default:
          problem(
            field, "unknown key '\(field.string ?? "")'",
            "series, year, current, voted, ceiling, label")
        }
      }
      guard problems.count == known else { continue }
      guard rate.node.split(separator: "/").dropFirst(2).first == "R",
        DriverStep.years.contains(rate.year)
      else {
        problem(item, "a tax rate needs a revenue series and a year", example)
        continue
      }
      guard rate.current > 0, rate.current <= 1, rate.voted >= 0, ceiling <= 1 else {
        problem(item, "the rates must be fractions, the current one above zero", example)
        continue
      }
      guard rate.voted <= ceiling + 1e-12 else {
        problem(
          item, "voted rate \(rate.voted) is above its ceiling \(ceiling)",
          "a rate within the legal ceiling")
        continue
      }
      result.append(rate)
    }
    return result
  }
}
