import DelimitedText
import Foundation
import Yams

/// Walks a scenario's YAML tree, reading values and collecting located problems.
struct ScenarioReader {
  let file: String
  var problems: [Diagnostic] = []
  /// The `base` key, when present: the path and where it was written.
  var base: (value: String, line: Int, column: Int)?

  init(file: String) { self.file = file }

  mutating func scenario(_ root: Node, depth: Int) throws(DiagnosticReport) -> Scenario {
    guard let mapping = root.mapping else {
      problem(root, "the file is not a mapping", "keys such as name:, drivers:, levers:")
      throw DiagnosticReport(problems)
    }
    var scenario = Scenario(name: "")
    for (keyNode, value) in mapping {
      let key = keyNode.string ?? ""
      switch key {
      case "name":
        scenario.name = text(value, key)
        if value.string?.allSatisfy(\.isWhitespace) == true {
          problem(value, "name is empty", "name: a short title shown in reports")
        }
      case "description": scenario.description = text(value, key)
      case "horizon": scenario.horizon = horizon(value)
      case "base":
        base = (text(value, key), keyNode.mark?.line ?? 1, keyNode.mark?.column ?? 1)
      case "assumptions":
        scenario.assumptions = (value.sequence.map(Array.init) ?? [value]).map { text($0, key) }
      case "drivers": drivers(value, into: &scenario)
      case "levers": levers(value, into: &scenario)
      case "shocks": scenario.shocks = shocks(value)
      case "debt": scenario.debt = debt(value)
      case "elasticities": scenario.elasticities = elasticities(value)
      case "lags": scenario.lags = lags(value)
      default:
        problem(
          keyNode, "unknown key '\(key)'",
          "one of " + ScenarioFile.topKeys.sorted().joined(separator: ", "))
      }
    }
    if depth == 0 && !mapping.keys.contains(where: { $0.string == "name" }) {
      problem(root, "no 'name'", "name: a short title shown in reports")
    }
    guard problems.isEmpty else { throw DiagnosticReport(problems) }
    return scenario
  }

  mutating func horizon(_ node: Node) -> Int? {
    let range = Scenario.horizonRange
    guard let years = node.string.flatMap(Int.init), range.contains(years) else {
      problem(
        node, "horizon '\(node.string ?? "…")' is not a multi-year horizon",
        "a whole number of years from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return years
  }

  mutating func shocks(_ node: Node) -> [Scenario.Shock] {
    guard let items = node.sequence else {
      problem(node, "shocks is not a list", "- {series: chapter/F/D/011, year: 2026, amount: -2e6}")
      return []
    }
    var result: [Scenario.Shock] = []
    for item in items {
      var shock = Scenario.Shock(node: "", year: 0, amount: .nan, label: "")
      let known = problems.count
      for (field, value) in entries(item, "shocks") {
        switch field.string ?? "" {
        case "series": shock.node = text(value, "series")
        case "year": shock.year = whole(value, "year", in: DriverStep.years) ?? 0
        case "amount": shock.amount = number(value, "amount") ?? .nan
        case "label": shock.label = text(value, "label")
        default:
          problem(field, "unknown key '\(field.string ?? "")'", "series, year, amount, label")
        }
      }
      guard !shock.node.isEmpty, shock.year > 0, shock.amount.isFinite else {
        if problems.count == known {
          problem(
            item, "a shock needs series, year and amount", "{series: …, year: 2026, amount: -2e6}")
        }
        continue
      }
      result.append(shock)
    }
    return result
  }

  mutating func elasticities(_ node: Node) -> [String: Double] {
    var result: [String: Double] = [:]
    for (field, value) in entries(node, "elasticities") {
      let key = field.string ?? ""
      guard ScenarioEffects.defaultElasticities[key] != nil else {
        problem(
          field, "unknown elasticity '\(key)'",
          ScenarioEffects.defaultElasticities.keys.sorted().joined(separator: ", "))
        continue
      }
      if let number = number(value, "elasticities.\(key)") { result[key] = number }
    }
    return result
  }

  /// `lags: {name: years}`: the lag of a relation whose driver acts through its
  /// change, fixed instead of chosen from the history.
  mutating func lags(_ node: Node) -> [String: Int] {
    var result: [String: Int] = [:]
    let lagged = ScenarioEffects.defaultElasticities.keys.filter {
      DriverModel.defaultLag(of: $0) != nil
    }
    for (field, value) in entries(node, "lags") {
      let key = field.string ?? ""
      guard lagged.contains(key) else {
        problem(
          field, "no lag to set for '\(key)'",
          "one of " + lagged.sorted().joined(separator: ", "))
        continue
      }
      guard let years = value.string.flatMap(Int.init), Scenario.lagRange.contains(years) else {
        problem(
          value, "lags.\(key) = '\(value.string ?? "…")' is not a lag in years",
          "a whole number of years from \(Scenario.lagRange.lowerBound) to \(Scenario.lagRange.upperBound)"
        )
        continue
      }
      result[key] = years
    }
    return result
  }

  // MARK: - Values

  mutating func entries(_ node: Node, _ key: String) -> [(Node, Node)] {
    guard let mapping = node.mapping else {
      problem(node, "\(key) is not a mapping", "key: value pairs under \(key)")
      return []
    }
    return mapping.map { ($0.key, $0.value) }
  }

  mutating func text(_ node: Node, _ key: String) -> String {
    guard let string = node.string else {
      problem(node, "\(key) is not text", "a string")
      return ""
    }
    return string
  }

  mutating func number(_ node: Node, _ key: String) -> Double? {
    guard let string = node.string,
      let value = Double(string.replacingOccurrences(of: "+", with: "")),
      value.isFinite
    else {
      problem(
        node, "\(key) = '\(node.string ?? "…")' is not a number", "a number such as 0.046 or -2e6")
      return nil
    }
    return value
  }

  /// A whole number within `range` (a year, a count of years), or nil with a problem.
  mutating func whole(_ node: Node, _ key: String, in range: ClosedRange<Int>) -> Int? {
    guard let value = number(node, key) else { return nil }
    guard let whole = Int(exactly: value), range.contains(whole) else {
      problem(
        node, "\(key) = \(node.string ?? "…") is not a whole number of the range",
        "a whole number from \(range.lowerBound) to \(range.upperBound)")
      return nil
    }
    return whole
  }

  mutating func problem(_ node: Node, _ problem: String, _ expected: String) {
    problems.append(
      Diagnostic(
        file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1, problem: problem,
        expected: expected))
  }
}
