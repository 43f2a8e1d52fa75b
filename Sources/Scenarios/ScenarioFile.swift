import DelimitedText
import Foundation
import Yams

/// Reads scenario files (YAML), collecting every problem with its file, line and key.
///
/// Schema (every key optional but `name`; see `datasets/scenarios/`):
///
///     name: Chômage +1 pt
///     description: …
///     horizon: 5                     # years ahead, 3 to 5 (when --horizon is not given)
///     base: baseline.yaml            # inherit, path relative to this file
///     assumptions: [ "…", … ]
///     drivers:                       # change against the baseline, by year or month;
///       unemployment_rate: {2025: 1.0, 2026-07: 1.5}  # a value holds until changed
///       inflation: {levels: {2025: 1.8, 2026: 1.6}}    # or levels, or yearly growth,
///       real_estate_transactions: {growth: {2025: -0.1}}  # against the driver's forecast
///     levers:
///       rsa_revaluation: {date: 2025-04, rate: 0.046}
///       pay_index_step: {date: 2025-07, rate: 0.005}
///       dmto_rate: 0.05
///       investment_programme: {2025: 180e6, 2026: 200e6}   # equipment spending, euros
///       tax_rates:
///         - {series: chapter/I/R/10, year: 2026, current: 0.015, voted: 0.025, ceiling: 0.025}
///     shocks:
///       - {series: chapter/F/D/011, year: 2026, amount: -2000000, label: …}
///     debt: {outstanding: 850e6, residual_years: 12, rate: 0.028, new_loan_years: 15, new_loan_rate: 0.035}
///     #   or a loan table: debt: {loans: [{name: …, outstanding: 12e6, rate: 0.021,
///     #   years: 9, profile: constant|annuity|in_fine}, …], new_loan_years: 15, …}
///     elasticities: {rsa_households_per_unemployment_point: 0.09}
///     lags: {rsa_households_per_unemployment_point: 1}   # years, instead of chosen
public enum ScenarioFile {
  static let topKeys: Set<String> = [
    "name", "description", "horizon", "base", "assumptions", "drivers", "levers", "shocks",
    "debt", "elasticities", "lags",
  ]

  /// The scenario in `path` (with its bases merged in).
  public static func read(_ path: String) throws(DiagnosticReport) -> Scenario {
    try read(path, depth: 0)
  }

  static func read(_ path: String, depth: Int) throws(DiagnosticReport) -> Scenario {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw DiagnosticReport([
        Diagnostic(
          file: path, line: 1, column: 1, problem: "cannot read the scenario file",
          expected: "a readable YAML file")
      ])
    }
    let text = String(decoding: data, as: UTF8.self)
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text) else {
        throw DiagnosticReport([
          Diagnostic(
            file: path, line: 1, column: 1, problem: "empty scenario file",
            expected: "a mapping with at least 'name'")
        ])
      }
      root = node
    } catch let report as DiagnosticReport {
      throw report
    } catch let error as YamlError {
      throw DiagnosticReport([Self.diagnostic(path, error)])
    } catch {
      throw DiagnosticReport([
        Diagnostic(file: path, line: 1, column: 1, problem: "\(error)", expected: "valid YAML")
      ])
    }
    var reader = ScenarioReader(file: path)
    var scenario = try reader.scenario(root, depth: depth)
    if let base = reader.base {
      guard depth < 5 else {
        throw DiagnosticReport([
          Diagnostic(
            file: path, line: base.line, column: base.column,
            problem: "'base' chains more than five files (a cycle?)", expected: "a short chain")
        ])
      }
      // Relative to this file, unless absolute.
      let basePath =
        base.value.hasPrefix("/")
        ? base.value
        : URL(fileURLWithPath: path).deletingLastPathComponent()
          .appendingPathComponent(base.value).path
      guard FileManager.default.isReadableFile(atPath: basePath) else {
        throw DiagnosticReport([
          Diagnostic(
            file: path, line: base.line, column: base.column,
            problem: "base file '\(base.value)' cannot be read (looked for \(basePath))",
            expected: "a scenario file path relative to this file's folder, or absolute")
        ])
      }
      scenario = Self.merge(try read(basePath, depth: depth + 1), scenario)
    }
    return scenario
  }

  /// `child` over `base`: driver years and elasticities override, lists add up.
  static func merge(_ base: Scenario, _ child: Scenario) -> Scenario {
    var merged = child
    var base = base
    // APA follows one age group: the child's replaces its base's.
    let ages: [Scenario.Driver] = [.population75, .population85]
    if ages.contains(where: { child.drivers[$0] != nil || child.assumedPaths[$0] != nil }) {
      for age in ages { (base.drivers[age], base.assumedPaths[age]) = (nil, nil) }
    }
    // A driver given in another form in the child replaces the base's; the same form
    // merges year by year.
    for driver in child.assumedPaths.keys { base.drivers[driver] = nil }
    for driver in child.drivers.keys { base.assumedPaths[driver] = nil }
    for (driver, path) in base.drivers {
      merged.drivers[driver] = path.merging(child.drivers[driver] ?? [:]) { $1 }
    }
    for (driver, path) in base.assumedPaths {
      guard let mine = child.assumedPaths[driver], mine.form == path.form else {
        merged.assumedPaths[driver] = child.assumedPaths[driver] ?? path
        continue
      }
      merged.assumedPaths[driver]?.values = path.values.merging(mine.values) { $1 }
    }
    merged.horizon = child.horizon ?? base.horizon
    merged.assumptions = base.assumptions + child.assumptions
    merged.shocks = base.shocks + child.shocks
    merged.rsaRevaluation = child.rsaRevaluation ?? base.rsaRevaluation
    merged.payIndexStep = child.payIndexStep ?? base.payIndexStep
    merged.dmtoRate = child.dmtoRate ?? base.dmtoRate
    merged.pensionRate = child.pensionRate ?? base.pensionRate
    merged.investmentProgramme = base.investmentProgramme.merging(child.investmentProgramme) {
      $1
    }
    // A series' rate voted in the child replaces the base's.
    let revoted = Set(child.taxRates.map(\.node))
    merged.taxRates = base.taxRates.filter { !revoted.contains($0.node) } + child.taxRates
    merged.debt = child.debt ?? base.debt
    merged.elasticities = base.elasticities.merging(child.elasticities) { $1 }
    merged.lags = base.lags.merging(child.lags) { $1 }
    return merged
  }

  static func diagnostic(_ path: String, _ error: YamlError) -> Diagnostic {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      return Diagnostic(
        file: path, line: mark.line, column: mark.column, problem: "YAML: \(problem)",
        expected: "valid YAML (check indentation and colons)")
    default:
      return Diagnostic(
        file: path, line: 1, column: 1, problem: "YAML: \(error)", expected: "valid YAML")
    }
  }
}
