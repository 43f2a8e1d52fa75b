import Yams

/// The `drivers:` block: for each driver, changes against the baseline by year or
/// month, or an assumed path in levels or growth rates (`{levels: {…}}`, `{growth: {…}}`).
extension ScenarioReader {
  mutating func drivers(_ node: Node, into scenario: inout Scenario) {
    var given: Set<Scenario.Driver> = []
    for (keyNode, path) in entries(node, "drivers") {
      let name = keyNode.string ?? ""
      guard let driver = Scenario.Driver(rawValue: name) else {
        problem(
          keyNode, "unknown driver '\(name)'",
          "one of "
            + Scenario.Driver.allCases.map(\.rawValue).joined(separator: ", "))
        continue
      }
      given.insert(driver)
      if let only = path.mapping?.first, path.mapping?.count == 1,
        let form = Scenario.AssumedPath.Form(rawValue: only.key.string ?? "")
      {
        if let assumed = assumedPath(only.value, driver, form) {
          scenario.assumedPaths[driver] = assumed
        }
      } else {
        scenario.drivers[driver] = changes(path, driver)
      }
    }
    if given.contains(.population75) && given.contains(.population85) {
      problem(
        node, "drivers give both population_75 and population_85",
        "one age group for APA (each acts through its own elasticity; both would count the ageing twice)"
      )
    }
  }

  /// Changes against the baseline: `{2025: 1.0, 2026-07: 1.5}`.
  mutating func changes(_ path: Node, _ driver: Scenario.Driver) -> [Int: Double] {
    let name = driver.rawValue
    let steps = self.steps(path, "drivers.\(name)") { value in
      driver.isInPoints || value > -1
        ? nil
        : ("would make \(name) zero or negative", "a relative change above −1 (−0.15 for −15 %)")
    }
    let years = steps.filter { $0.month == nil }.map(\.year).sorted()
    if steps.allSatisfy({ $0.month == nil }), let first = years.first, let last = years.last,
      years.count != last - first + 1
    {
      let missing = (first...last).filter { !years.contains($0) }
      problem(
        path, "drivers.\(name) skips \(missing.map(String.init).joined(separator: ", "))",
        "consecutive years (a value holds for the following years, so give each change)")
    }
    return DriverStep.yearly(steps)
  }

  /// A path in levels (from a whole year; months averaged) or yearly growth rates.
  mutating func assumedPath(
    _ node: Node, _ driver: Scenario.Driver, _ form: Scenario.AssumedPath.Form
  ) -> Scenario.AssumedPath? {
    let key = "drivers.\(driver.rawValue).\(form.rawValue)"
    let known = problems.count
    let steps = self.steps(node, key) { value in
      Self.implausible(value, driver, form)
    }
    let first = steps.min { ($0.year, $0.month ?? 1) < ($1.year, $1.month ?? 1) }
    if form == .levels, let first, (first.month ?? 1) != 1 {
      problem(
        node, "\(key) starts in month \(first.month ?? 1) of \(first.year)",
        "a first level for a whole year (2025: …), then months if needed")
    }
    if form == .growth, steps.contains(where: { $0.month != nil }) {
      problem(node, "\(key) gives a month", "yearly growth rates, by year (2025: -0.1)")
    }
    guard problems.count == known, !steps.isEmpty else { return nil }
    return Scenario.AssumedPath(form: form, values: DriverStep.yearly(steps))
  }

  /// Why `value` cannot be a level or growth of `driver`, if it cannot.
  static func implausible(
    _ value: Double, _ driver: Scenario.Driver, _ form: Scenario.AssumedPath.Form
  ) -> (problem: String, expected: String)? {
    switch (form, driver.isInPoints) {
    case (.levels, false) where value <= 0:
      return ("is not a positive level", "the driver's level in its unit (households, an index…)")
    case (.levels, true) where driver == .unemploymentRate && !(0...100).contains(value):
      return ("is not an unemployment rate", "a rate in percent, such as 7.4")
    case (.levels, true) where !(-20...100).contains(value):
      return ("is not a rate in percent", "a yearly rate in percent, such as 2.1")
    case (.growth, false) where value <= -1:
      return ("would make the level zero or negative", "a growth rate above −1 (−0.1 for −10 %)")
    case (.growth, true) where abs(value) > 20:
      return ("is not a yearly change in points", "points a year, such as 0.3")
    default: return nil
    }
  }

  /// Dated values `{2025: x, 2026-07: y}`, each checked by `check`.
  mutating func steps(
    _ path: Node, _ key: String, check: (Double) -> (problem: String, expected: String)?
  ) -> [DriverStep] {
    var steps: [DriverStep] = []
    for (dateNode, valueNode) in entries(path, key) {
      let date = dateNode.string ?? ""
      guard let parsed = DriverStep.date(date) else {
        problem(
          dateNode, "'\(date)' is not a year or a month",
          "a year such as 2026 or a month such as 2026-07")
        continue
      }
      guard let value = number(valueNode, "\(key).\(date)") else { continue }
      if let (what, expected) = check(value) {
        problem(valueNode, "\(key).\(date) = \(value) \(what)", expected)
        continue
      }
      steps.append(DriverStep(year: parsed.year, month: parsed.month, value: value))
    }
    return steps
  }
}
