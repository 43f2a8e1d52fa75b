import Budget
import BudgetForecast
import Scenarios

/// The levers that need the hierarchy: the investment programme and voted tax rates,
/// as factors on lines; and the lines a scenario's series stands for.
extension ScenarioApplication {
  /// The cause names of these levers in `effects.csv`.
  static let programmeCause = "investment_programme"
  static let taxRatesCause = "tax_rates"

  /// The lines (bottom indices) under the series `id`, for the scenario key `key`.
  ///
  /// - Throws: ``ArchiveError/invalidRequest(_:)`` when the data hold no such series:
  ///   a scenario that names a series the accounts do not have is refused, not ignored.
  static func lines(of id: String, ids: [String], members: [[Int]], key: String)
    throws(ArchiveError) -> [Int]
  {
    guard let index = ids.firstIndex(of: id) else {
      throw .invalidRequest(
        "the scenario's \(key) names \(id), which the data do not have; use a series of the run, such as chapter/F/D/011 or a line/… of `runs show`"
      )
    }
    return members[index]
  }

  /// The factors the levers set on each line in forecast year `year` (column `h`), by
  /// line (bottom index) and cause.
  ///
  /// The investment programme scales every equipment line (real investment spending
  /// outside chapter 16) by `P_t / Σ forecasts`, so that they sum to the programme; a
  /// tax rate scales the revenue lines of its series, DMTO lines apart, by
  /// `voted / current` from its year.
  func leverFactors(
    _ result: HierarchicalBudgetForecaster.Result, ids: [String], members: [[Int]],
    aggregates k: Int, h: Int, year: Int
  ) throws(ArchiveError) -> [Int: [String: Double]] {
    var factors: [Int: [String: Double]] = [:]
    if let programme = scenario.investmentProgramme[year] {
      let equipment = (0..<(ids.count - k)).filter {
        ids[k + $0].hasPrefix("line/I/D/") && !ids[k + $0].hasPrefix("line/I/D/16/")
      }
      let forecast = equipment.reduce(0) { $0 + result.nodes[k + $1].reconciled.mean[h] }
      guard forecast > 0 else {
        throw .invalidRequest(
          "the investment programme sets \(year) but the forecast has no equipment spending to scale (\(forecast) €)"
        )
      }
      for line in equipment {
        factors[line, default: [:]][Self.programmeCause] = programme / forecast
      }
    }
    for rate in scenario.taxRates where year >= rate.year {
      for line in try Self.lines(of: rate.node, ids: ids, members: members, key: "tax rate")
      where DrivenLine.classify(node: ids[k + line], kind: entityKind, plan: nil) != .dmto {
        factors[line, default: [:]][Self.taxRatesCause, default: 1] *= rate.factor(in: year)
      }
    }
    return factors
  }
}
