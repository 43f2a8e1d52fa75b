import Scenarios

extension HTMLReport {
  /// The drivers the scenario states in levels or growth: by year, the driver's own
  /// forecast (the reference the central forecast carries), the level assumed, and the
  /// change that moves the lines; empty when the run has none.
  func driverPathTable() -> String {
    let l = language
    guard !data.driverPaths.isEmpty else { return "" }
    let rows = data.driverPaths.map { row -> [String] in
      let points = row.driver.isInPoints
      let level = { (value: Double) in l.grouped(value, decimals: points ? 2 : 1) }
      let change =
        points
        ? (row.change > 0 ? "+" : "") + l.grouped(row.change, decimals: 2)
          + l.pick("\u{00A0}pt", " pt")
        : l.percent(100 * row.change, signed: true)
      return [
        HTML.escape(l.driverTitle(row.driver)), String(row.year),
        level(row.reference), level(row.assumed), change, HTML.escape(row.model),
      ]
    }
    return HTML.table(
      caption: l.pick(
        "Trajectoires des moteurs retenues par le scénario, comparées à leur prolongement tendanciel (la référence que porte la prévision centrale)",
        "Driver paths the scenario assumes, against their own trend (the reference the central forecast carries)"
      ),
      headers: [
        l.pick("Moteur", "Driver"), l.pick("Année", "Year"), l.pick("Tendance", "Trend"),
        l.pick("Hypothèse", "Assumed"), l.pick("Écart", "Difference"),
        l.pick("Modèle de la tendance", "Trend model"),
      ], rows: rows)
  }

  /// One line per driver stated in levels or growth: its assumed levels by year beside
  /// its trend, `Taux de chômage : 7,60 / 7,90 / 8,00 (tendance 7,40 / 7,40 / 7,40)`.
  static func driverPathSummaries(_ rows: [DriverPathResolver.Row], _ l: ReportLanguage)
    -> [String]
  {
    let drivers = Array(Set(rows.map(\.driver))).sorted { $0.rawValue < $1.rawValue }
    return drivers.map { driver in
      let mine = rows.filter { $0.driver == driver }.sorted { $0.year < $1.year }
      let decimals = driver.isInPoints ? 2 : 1
      let list = { (values: [Double]) in
        values.map { l.grouped($0, decimals: decimals) }.joined(separator: " / ")
      }
      let years = "\(mine.first?.year ?? 0)–\(mine.last?.year ?? 0)"
      return l.driverTitle(driver) + " " + years
        + l.pick("\u{00A0}: ", ": ")
        + list(mine.map(\.assumed)) + l.pick(" (tendance ", " (trend ")
        + list(mine.map(\.reference))
        + ")"
    }
  }
}
