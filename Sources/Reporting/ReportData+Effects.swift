extension ReportData {
  /// A scenario run's effects on gross savings by cause and forecast year: the archived
  /// effects on operating revenue minus those on operating spending (euros); empty for
  /// a run without a scenario.
  func grossSavingsEffects() -> [String: [Int: Double]] {
    let revenue = effects["section/F/R"] ?? [:]
    let spending = effects["section/F/D"] ?? [:]
    var causes: Set<String> = []
    for effects in Array(revenue.values) + Array(spending.values) { causes.formUnion(effects.keys) }
    var result: [String: [Int: Double]] = [:]
    for cause in causes {
      for year in forecastYears {
        result[cause, default: [:]][year] =
          (revenue[year]?[cause] ?? 0) - (spending[year]?[cause] ?? 0)
      }
    }
    return result
  }
}
