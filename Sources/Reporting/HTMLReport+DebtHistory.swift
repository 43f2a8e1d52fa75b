extension HTMLReport {
  /// The outstanding debt at 31 December over the executed years the accounts give it
  /// (DGFiP balances, ``ReportData/executedDebt``), followed by the scenario's schedule
  /// over the forecast years when it has one; empty with fewer than two such years.
  func debtHistoryFigure() -> String {
    let l = language
    let history = data.executedDebt.sorted { $0.key < $1.key }
      .map { FanChart.Point(year: $0.key, value: $0.value) }
    guard history.count >= 2 else { return "" }
    let forecast = ratios.years.filter(\.forecast).compactMap { year in
      year.outstandingDebt.map { FanChart.Point(year: year.year, value: $0) }
    }
    return figure(
      title: l.pick("Encours de la dette au 31 décembre", "Outstanding debt at 31 December"),
      history: history, forecast: forecast.count == data.forecastYears.count ? forecast : [])
  }
}
