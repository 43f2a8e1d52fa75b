import Foundation
import Scenarios

/// The central forecast read through the driver models: how much of each driven
/// line's forecast growth its drivers explain, along their paths for a line forecast by
/// its regression (``NodeModelRecord/Driven``), at their recent pace for the others.
extension HTMLReport {
  /// A driven line (its lines: ``ReportData/drivenLine(of:)``) and the elasticities that
  /// link it to its drivers.
  struct DrivenLineReading: Sendable {
    var line: DrivenLine
    var label: (String, String)
    /// The drivers, each a list of alternatives of which the first the history holds
    /// is read (APA follows one age group: 85+, else 75+).
    var drivers: [[(elasticity: String, driver: Scenario.Driver)]]
  }

  static let drivenLines: [DrivenLineReading] = [
    // Read only when forecast from its households: unemployment in points has no pace
    // to read as a growth rate.
    DrivenLineReading(
      line: .rsa, label: ("RSA (chapitre 017)", "RSA (chapter 017)"), drivers: []),
    DrivenLineReading(
      line: .apa, label: ("APA (chapitre 016)", "APA (chapter 016)"),
      drivers: [
        [("apa_per_population_85", .population85), ("apa_per_population_75", .population75)]
      ]),
    DrivenLineReading(
      line: .pch, label: ("PCH (natures 6511211/2)", "PCH (accounts 6511211/2)"),
      drivers: [[("pch_per_beneficiaries", .pchBeneficiaries)]]),
    DrivenLineReading(
      line: .childWelfare,
      label: ("Aide sociale à l'enfance (chapitre 65)", "Child welfare (chapter 65)"),
      drivers: [[("child_welfare_per_children", .aseChildren)]]),
    DrivenLineReading(
      line: .personnel, label: ("Personnel (chapitre 012)", "Personnel (chapter 012)"),
      drivers: [[("personnel_per_pay_index", .payIndex)]]),
    DrivenLineReading(
      line: .generalCharges, label: ("Charges à caractère général (011)", "General charges (011)"),
      drivers: [[("charges_per_inflation_point", .inflation)]]),
    DrivenLineReading(
      line: .dmto, label: ("DMTO (7321, 7322)", "DMTO (7321, 7322)"),
      drivers: [
        [("dmto_per_transactions", .realEstateTransactions)],
        [("dmto_per_prices", .realEstatePrices)],
      ]),
  ]

  /// Yearly changes of driver history whose pace is read (the last ones up to the last
  /// executed year).
  static let recentYears = 5

  /// The driver's mean yearly change over the ``recentYears`` changes up to `lastYear`,
  /// as it enters its model: log growth, or the rate as a fraction for inflation, with
  /// the first and last years read; nil when the history has too few of those years.
  func recentPace(of driver: Scenario.Driver, through lastYear: Int) -> (Double, Int, Int)? {
    guard let history = data.driverHistory else { return nil }
    let years = ((lastYear - Self.recentYears)...lastYear).filter {
      history.value(driver, $0) != nil
    }
    guard let first = years.first, let last = years.last else { return nil }
    if driver == .inflation {
      let rates = years.dropFirst().compactMap { history.value(driver, $0) }
      guard !rates.isEmpty else { return nil }
      return (rates.reduce(0, +) / Double(rates.count) / 100, years[1], last)
    }
    guard last > first, let start = history.value(driver, first),
      let end = history.value(driver, last), start > 0, end > 0
    else { return nil }
    return (log(end / start) / Double(last - first), first, last)
  }

  /// The table, or nothing without a driver history.
  func drivenGrowthTable() -> String {
    let l = language
    guard data.driverHistory != nil, let lastExecuted = data.historyYears.last,
      let lastForecast = data.forecastYears.last, lastForecast > lastExecuted
    else { return "" }
    let horizon = Double(lastForecast - lastExecuted)
    let percent = { (value: Double) in l.percent(100 * value, signed: true) }
    var rows: [[String]] = []
    for line in Self.drivenLines where line.line.belongs(to: data.entityKind) {
      let (history, forecast) = data.lineSum { data.drivenLine(of: $0) == line.line }
      guard let start = history[lastExecuted], let end = forecast[lastForecast], start > 0, end > 0
      else { continue }
      let growth = log(end / start) / horizon
      var described: [String] = []
      var explained = 0.0
      let regression = data.models.values.first {
        $0.driven?.role == .total && $0.driven?.line == line.line.rawValue
      }?.driven
      if let regression {
        // The forecast is the regression's: its drivers' paths × their elasticities.
        for (j, name) in regression.drivers.enumerated() {
          let (elasticity, pace) = (regression.elasticities[j], regression.pathPace[j])
          explained += elasticity * pace
          let driver = Scenario.Driver(rawValue: name)
          let title = driver.map(l.driverTitle) ?? name
          let shown =
            driver?.isInPoints == true
            ? (pace > 0 ? "+" : "") + l.grouped(pace, decimals: 2) + l.pick("\u{00A0}pt", " pt")
            : percent(pace)
          described.append(
            "\(title) \(shown) \(l.pick("par an", "a year")) (\(l.pick("projections", "projections")) \(lastExecuted + 1)–\(lastForecast)) × \(l.grouped(elasticity, decimals: 2))"
          )
        }
      }
      for alternatives in line.drivers where regression == nil {
        let read = alternatives.lazy.compactMap { name, driver in
          self.data.elasticities.first { $0.name == name }.flatMap { elasticity in
            self.recentPace(of: driver, through: lastExecuted).map { (elasticity, driver, $0) }
          }
        }.first
        guard let (elasticity, driver, (pace, first, last)) = read else { continue }
        explained += elasticity.used * pace
        described.append(
          "\(l.driverTitle(driver)) \(percent(pace)) \(l.pick("par an", "a year")) (\(first)–\(last)) × \(l.grouped(elasticity.used, decimals: 2))"
        )
      }
      guard !described.isEmpty else { continue }
      rows.append([
        HTML.escape(l.pick(line.label.0, line.label.1)),
        regression == nil
          ? l.pick("histoire propre, lue au rythme récent", "own history, read at the recent pace")
          : l.pick("régression sur les moteurs", "regression on the drivers"),
        percent(growth),
        HTML.escape(described.joined(separator: l.pick("\u{00A0}; ", "; "))), percent(explained),
        percent(growth - explained),
      ])
    }
    guard !rows.isEmpty else { return "" }
    return "<p>"
      + HTML.escape(
        l.pick(
          "Un poste dont l'élasticité est estimée et significative, et dont les moteurs sont projetés pour les années prévues (projections de population, revalorisations annoncées), est prévu par sa régression sur ses moteurs : sa croissance suit leurs projections multipliées par l'élasticité, plus sa tendance propre (la dérive estimée). Les autres postes prolongent leur histoire ; on les lit par leurs moteurs à leur rythme récent. Dans les deux cas : croissance logarithmique annuelle moyenne × élasticité ; le reste est la tendance propre (revalorisations, glissement, décisions).",
          "A line whose elasticity is estimated and significant, and whose drivers are projected for the forecast years (population projections, announced rises), is forecast by its regression on its drivers: its growth follows their projections times the elasticity, plus its own trend (the estimated drift). The other lines extend their history; they are read through their drivers at their recent pace. Either way: mean yearly log growth × elasticity; the rest is the line's own trend (revaluations, drift, decisions)."
        )) + "</p>"
      + HTML.table(
        caption: l.pick(
          "Croissance prévue \(lastExecuted)–\(lastForecast) et part des moteurs (par an)",
          "Forecast growth \(lastExecuted)–\(lastForecast) and the drivers' share (a year)"),
        headers: [
          l.pick("Poste", "Line"), l.pick("Prévision", "Forecast"),
          l.pick("Croissance prévue", "Forecast growth"),
          l.pick("Moteur : rythme × élasticité", "Driver: pace × elasticity"),
          l.pick("Part des moteurs", "Drivers' share"),
          l.pick("Tendance propre", "Own trend"),
        ], rows: rows, numericColumns: [2, 4, 5])
  }
}
