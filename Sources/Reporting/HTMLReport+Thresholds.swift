extension HTMLReport {
  /// The run's alert-threshold crossings (central figures and simulated paths).
  var thresholdCrossings: [ThresholdCrossing] { ThresholdCrossing.all(ratios, bands: bands) }

  /// The table of alert thresholds: state in the last executed year, the year the
  /// central forecast crosses each, and the probability of having crossed it by each
  /// forecast year.
  func thresholdTable(_ crossings: [ThresholdCrossing]) -> String {
    let l = language
    guard !crossings.isEmpty, let last = data.historyYears.last,
      let horizon = data.forecastYears.last
    else { return "" }
    let rows = crossings.map { crossing -> [String] in
      let executed =
        crossing.beyondInLastExecutedYear.map {
          $0 ? l.pick("franchi", "crossed") : l.pick("non franchi", "not crossed")
        } ?? "—"
      let central =
        crossing.firstForecastYear.map { l.pick("franchi en \($0)", "crossed in \($0)") }
        ?? l.pick("non franchi d'ici \(horizon)", "not crossed by \(horizon)")
      return [
        HTML.escape(crossing.threshold.label(l)), HTML.escape(executed), HTML.escape(central),
      ]
        + data.forecastYears.map { year in
          crossing.probability[year].map(l.probability) ?? "—"
        }
    }
    return HTML.table(
      caption: l.pick(
        "Seuils d'alerte : année de franchissement dans la prévision centrale et probabilité de les avoir franchis, d'après les trajectoires simulées",
        "Alert thresholds: the year the central forecast crosses them, and the probability of having crossed them, from the simulated paths"
      ),
      headers: [
        l.pick("Seuil", "Threshold"), String(last),
        l.pick("Prévision centrale", "Central forecast"),
      ]
        + data.forecastYears.map { l.pick("Probabilité d'ici \($0)", "Probability by \($0)") },
      rows: rows)
  }

  /// A clause on `measure`'s thresholds for the key messages: the most severe one the
  /// central forecast crosses, with its year and probability, else the chance of
  /// crossing the mildest (HTML-escaped text with emphasis; empty when none reads).
  func thresholdClause(_ measure: AlertThreshold.Measure, _ crossings: [ThresholdCrossing])
    -> String
  {
    let l = language
    let mine = crossings.filter { $0.threshold.measure == measure }
    guard let horizon = data.forecastYears.last, let mildest = mine.first else { return "" }
    let name = { (crossing: ThresholdCrossing) in
      HTML.escape(crossing.threshold.label(l).split(separator: "(").first.map(String.init) ?? "")
        .trimmingCharacters(in: .whitespaces)
    }
    let chance = { (crossing: ThresholdCrossing) in
      l.probability(crossing.probability[horizon] ?? 0)
    }
    if let already = mine.last(where: { $0.beyondInLastExecutedYear == true }) {
      return l.pick(" ; seuil déjà franchi : ", "; threshold already crossed: ")
        + name(already).lowercased()
    }
    if let crossed = mine.last(where: { $0.firstForecastYear != nil }),
      let year = crossed.firstForecastYear
    {
      return l.pick(" ; seuil franchi en ", "; threshold crossed in ") + "<strong>\(year)</strong>"
        + " (" + name(crossed).lowercased() + l.pick(", probabilité ", ", probability ")
        + chance(crossed) + l.pick(" d'ici \(horizon))", " by \(horizon))")
    }
    return l.pick(
      " ; probabilité de franchir le seuil (", "; probability of crossing the threshold (")
      + name(mildest).lowercased() + l.pick(") d'ici \(horizon) : ", ") by \(horizon): ")
      + chance(mildest)
  }
}
