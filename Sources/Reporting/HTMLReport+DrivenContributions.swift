import RunArchive
import Scenarios

extension HTMLReport {
  /// The driven lines' forecasts in euros by driver: for each total forecast by its
  /// regression (``NodeModelRecord/Driven``), what each driver's projected path adds to
  /// it year by year, the forecast less the one with that driver held at its last
  /// executed level (before reconciliation); empty when no line was driven.
  func drivenContributionTable() -> String {
    let l = language
    let years = data.forecastYears
    var rows: [[String]] = []
    for reading in Self.drivenLines {
      let record = data.models.values.first {
        $0.driven?.role == .total && $0.driven?.line == reading.line.rawValue
      }
      guard let record, let driven = record.driven, let contributions = driven.contributions
      else { continue }
      let base = data.forecasts[record.node]
      for (name, amounts) in zip(driven.drivers, contributions) where amounts.count == years.count {
        let title = Scenario.Driver(rawValue: name).map(l.driverTitle) ?? name
        rows.append(
          [HTML.escape(l.pick(reading.label.0, reading.label.1)), HTML.escape(title)]
            + years.indices.map { h in
              let share = base?[years[h]].map { amounts[h] / $0.base }
              return l.signedMillions(amounts[h])
                + (share.map { " (\(l.percent(100 * $0, signed: true)))" } ?? "")
            })
      }
    }
    guard !rows.isEmpty, let last = data.historyYears.last else { return "" }
    return HTML.table(
      caption: l.pick(
        "Apport de chaque moteur aux postes prévus par leurs moteurs : prévision moins la prévision au niveau de \(last) du moteur (prévision de base, avant réconciliation, et part de celle-ci)",
        "What each driver adds to the lines forecast from their drivers: the forecast less the one with the driver at its \(last) level (base forecast, before reconciliation, and share of it)"
      ),
      headers: [l.pick("Poste", "Line"), l.pick("Moteur", "Driver")] + years.map(String.init),
      rows: rows, numericColumns: Set(2..<(2 + years.count)))
  }
}
