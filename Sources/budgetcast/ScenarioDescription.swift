import Foundation
import Scenarios

/// A scenario in plain text, for `scenario check`.
struct ScenarioDescription {
  var scenario: Scenario

  func lines(file: String) -> [String] {
    let s = scenario
    var lines = ["Scenario: \(s.name) (\(file), bases merged)"]
    if !s.description.isEmpty { lines.append("  \(s.description)") }
    lines.append(
      "  horizon: " + (s.horizon.map { "\($0) years" } ?? "not set (forecast's --horizon, else 3)"))
    for assumption in s.assumptions { lines.append("  assumption: \(assumption)") }
    for driver in s.drivers.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      let path = (s.drivers[driver] ?? [:]).sorted { $0.key < $1.key }
        .map { "\($0.key): \(Self.change($0.value, driver))" }
      lines.append("  change of \(driver.rawValue): " + path.joined(separator: ", "))
    }
    for driver in s.assumedPaths.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      guard let path = s.assumedPaths[driver] else { continue }
      let values = path.values.sorted { $0.key < $1.key }.map {
        "\($0.key): \(Self.number($0.value))"
      }
      lines.append(
        "  \(driver.rawValue) in \(path.form.rawValue): " + values.joined(separator: ", "))
    }
    for (name, dated) in [
      ("RSA revaluation", s.rsaRevaluation), ("pay-index step", s.payIndexStep),
    ] {
      guard let dated else { continue }
      lines.append(
        String(
          format: "  %@: %+.2f %% from %04d-%02d", name, 100 * dated.rate, dated.year, dated.month))
    }
    if let rate = s.dmtoRate { lines.append(String(format: "  DMTO rate: %.2f %%", 100 * rate)) }
    if let pension = s.pensionRate {
      let years = pension.rates.sorted { $0.key < $1.key }
        .map { String(format: "%d: %.2f %%", $0.key, 100 * $0.value) }
      lines.append(
        String(format: "  CNRACL employer rate (from %.2f %%): ", 100 * pension.current)
          + years.joined(separator: ", ") + " on accounts "
          + pension.accounts.joined(separator: ", "))
    }
    if !s.investmentProgramme.isEmpty {
      let years = s.investmentProgramme.sorted { $0.key < $1.key }
        .map { "\($0.key): \(Self.millions($0.value))" }
      lines.append("  investment programme: " + years.joined(separator: ", "))
    }
    for rate in s.taxRates {
      lines.append(
        String(
          format: "  tax rate on %@ from %d: %.2f %% → %.2f %%%@", rate.node, rate.year,
          100 * rate.current, 100 * rate.voted, rate.label.isEmpty ? "" : " (\(rate.label))"))
    }
    for shock in s.shocks {
      lines.append(
        "  shock on \(shock.node) in \(shock.year): \(Self.millions(shock.amount))"
          + (shock.label.isEmpty ? "" : " (\(shock.label))"))
    }
    if let debt = s.debt {
      lines.append(
        "  debt: \(Self.millions(debt.outstanding)) in \(debt.existingLoans.count) loan(s); "
          + String(
            format: "new loans %d years at %.2f %%", debt.newLoanYears, 100 * debt.newLoanRate)
          + ", \((debt.newLoanProfile ?? .constant).rawValue)")
    }
    for (name, value) in s.elasticities.sorted(by: { $0.key < $1.key }) {
      lines.append("  elasticity \(name): \(Self.number(value))")
    }
    for (name, lag) in s.lags.sorted(by: { $0.key < $1.key }) {
      lines.append("  lag of \(name): \(lag) year(s)")
    }
    return lines + ["No problem found."]
  }

  /// The resolved paths: driver, year, trend, assumed level, change.
  static func pathTable(_ rows: [DriverPathResolver.Row]) -> [String] {
    let widths = [26, 6, 12, 12, 12, 0]
    let line = { (cells: [String]) in
      "  "
        + zip(cells, widths).map {
          $1 == 0 ? $0 : $0.padding(toLength: $1, withPad: " ", startingAt: 0)
        }
        .joined()
    }
    var lines = [
      "Driver paths against their trend (archived as driver-paths.csv):",
      line(["driver", "year", "trend", "assumed", "change", "trend model"]),
    ]
    for row in rows {
      let level = { (value: Double) in
        row.driver.isInPoints ? String(format: "%.2f", value) : String(format: "%.6g", value)
      }
      lines.append(
        line([
          row.driver.rawValue, String(row.year), level(row.reference), level(row.assumed),
          change(row.change, row.driver), row.model,
        ]))
    }
    return lines
  }

  static func number(_ value: Double) -> String { String(format: "%.4g", value) }

  static func millions(_ euros: Double) -> String { String(format: "%.1f M€", euros / 1e6) }

  /// A change as the driver reads it: points, or a percentage.
  static func change(_ value: Double, _ driver: Scenario.Driver) -> String {
    driver.isInPoints ? String(format: "%+.2f pt", value) : String(format: "%+.2f %%", 100 * value)
  }
}
