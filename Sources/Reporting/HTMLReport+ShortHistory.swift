import Forecasting

extension HTMLReport {
  /// The message that tells a reader why most forecasts are flat: when most lines had
  /// too short a history for the ensemble, each carries its last executed value
  /// forward (``ForecastRemark/shortHistory(observations:minimum:)``), nil otherwise.
  ///
  /// A department importing its first few years of accounts sees every growth at
  /// 0,0 %; said once here, with the rule and where its measurement lies, rather than
  /// left for the reader to discover line by line in *Méthodologie*.
  func shortHistoryMessage() -> String? {
    let l = language
    let lines = data.models.filter { $0.key.hasPrefix("line/") }.values
    let short = lines.compactMap { record -> (Int, Int)? in
      for remark in record.remarks ?? [] {
        if case .shortHistory(let observations, let minimum) = remark {
          return (observations, minimum)
        }
      }
      return nil
    }
    guard let minimum = short.map(\.1).max(), 2 * short.count > lines.count,
      let first = data.historyYears.first, let last = data.historyYears.last
    else { return nil }
    let years = data.historyYears.count
    let (count, total) = (
      l.grouped(Double(short.count), decimals: 0), l.grouped(Double(lines.count), decimals: 0)
    )
    return l.pick(
      "<strong>Historique court</strong> : \(years) exercices exécutés (\(first)–\(last)). En deçà de \(minimum), une ligne est prolongée à son dernier montant exécuté (prévision naïve) : \(count) lignes sur \(total) le sont, les tendances estimées sur si peu d'années s'étant révélées moins fiables (voir Méthodologie). Les intervalles de prévision disent l'incertitude ; un scénario peut fixer les évolutions attendues.",
      "<strong>Short history</strong>: \(years) executed years (\(first)–\(last)). Below \(minimum), a line carries its last executed amount forward (naive forecast): \(count) lines of \(total) do, trends estimated on so few years having proved less reliable (see Methodology). The prediction intervals state the uncertainty; a scenario can set the expected changes."
    )
  }
}
