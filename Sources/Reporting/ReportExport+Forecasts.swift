import RunArchive

extension ReportExport {
  /// One forecast cell in the JSON export: the published value (reconciled, overrides
  /// applied), the model's own, the bounds by level and who held it.
  struct ForecastRecord: Encodable {
    var node: String
    var label: String?
    var year: Int
    var value: Double
    /// The model's forecast before reconciliation.
    var base: Double
    /// By level (`"80"`, `"95"`); a non-finite bound is left out.
    var bounds: [String: RatioRecord.Interval]
    var overridden: Bool
    var model: String?
    /// The author and reason of the override, when held.
    var actor: String?
    var reason: String?
  }

  /// Every forecast cell of `data`, by node then year.
  static func forecastRecords(_ data: ReportData) -> [ForecastRecord] {
    let finite = { (value: Double) in value.isFinite ? value : nil }
    return data.forecasts.keys.sorted().flatMap { node in
      data.forecastYears.compactMap { year -> ForecastRecord? in
        guard let cell = data.forecasts[node]?[year] else { return nil }
        let override = data.manifest.overrides.last { $0.node == node && $0.year == year }
        var bounds: [String: RatioRecord.Interval] = [:]
        for (level, (lower, upper)) in cell.bounds {
          bounds[String(Int(level))] = .init(lower: finite(lower), upper: finite(upper))
        }
        return ForecastRecord(
          node: node, label: data.labels[node], year: year, value: cell.mean, base: cell.base,
          bounds: bounds, overridden: cell.overridden, model: data.models[node]?.model,
          actor: override?.actor, reason: override?.reason)
      }
    }
  }
}
