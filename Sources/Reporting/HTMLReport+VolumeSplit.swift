import Scenarios

extension HTMLReport {
  /// A social line whose spending the driver history splits into a volume and a cost
  /// per head.
  struct VolumeSplit {
    var label: (String, String)
    var volume: (String, String)
    var lines: (String) -> Bool
    var driver: Scenario.Driver
  }

  /// The executed yearly growth of PCH and child-welfare spending, split into volume
  /// and cost per head.
  ///
  /// The volume is the driver history's (beneficiaries, children in care), and the split
  /// exact: `1 + g_spending = (1 + g_volume)·(1 + g_cost)`, over the last
  /// ``recentYears`` years where both are known. Empty without those drivers.
  func volumeSplitTable() -> String {
    let l = language
    guard let history = data.driverHistory else { return "" }
    let splits = [
      VolumeSplit(
        label: ("PCH", "PCH"), volume: ("bénéficiaires", "beneficiaries"),
        lines: { $0.hasPrefix("line/F/D/65/651121") }, driver: .pchBeneficiaries),
      VolumeSplit(
        label: ("Aide sociale à l'enfance", "Child welfare"),
        volume: ("enfants confiés", "children in care"), lines: isChildWelfare,
        driver: .aseChildren),
    ]
    var rows: [[String]] = []
    var shownYears = Set<Int>()
    var series: [(VolumeSplit, [Int: Double], [Int: Double])] = []
    for split in splits {
      let spending = data.lineSum(split.lines).history
      let counts = history.values[split.driver] ?? [:]
      let years = spending.keys.sorted().filter { year in
        [spending[year], spending[year - 1], counts[year], counts[year - 1]].allSatisfy {
          ($0 ?? 0) > 0
        }
      }
      guard !years.isEmpty else { continue }
      shownYears.formUnion(years.suffix(Self.recentYears))
      series.append((split, spending, counts))
    }
    let years = shownYears.sorted().suffix(Self.recentYears)
    guard !years.isEmpty else { return "" }
    let growth = { (values: [Int: Double], year: Int) -> Double? in
      guard let now = values[year], let before = values[year - 1], now > 0, before > 0 else {
        return nil
      }
      return now / before - 1
    }
    for (split, spending, counts) in series {
      var cost: [Int: Double] = [:]
      for (year, amount) in spending {
        if let count = counts[year], count > 0 { cost[year] = amount / count }
      }
      let cell = { (values: [Int: Double], year: Int) -> String in
        growth(values, year).map { l.percent(100 * $0, signed: true) } ?? "—"
      }
      rows.append(
        [HTML.escape(l.pick(split.label.0, split.label.1) + l.pick(" : dépense", ": spending"))]
          + years.map { cell(spending, $0) })
      rows.append(
        [
          HTML.escape(
            l.pick("dont volume (", "of which volume (") + l.pick(split.volume.0, split.volume.1)
              + ")")
        ]
          + years.map { cell(counts, $0) })
      rows.append(
        [HTML.escape(l.pick("dont coût par tête", "of which cost per head"))]
          + years.map { cell(cost, $0) })
      rows.append(
        [HTML.escape(l.pick("Coût par tête (€)", "Cost per head (€)"))]
          + years.map { year in cost[year].map { l.grouped($0, decimals: 0) } ?? "—" })
    }
    let headers = [l.pick("Évolution annuelle", "Yearly change")] + years.map { String($0) }
    return HTML.table(
      caption: l.pick(
        "Volume et coût par tête des dépenses sociales (exécuté)",
        "Volume and cost per head of social spending (executed)"),
      headers: headers, rows: rows)
      + "<p class=\"note\">"
      + HTML.escape(
        l.pick(
          "La croissance de chaque dépense se décompose exactement : (1 + dépense) = (1 + volume) × (1 + coût par tête), le volume venant de l'historique des moteurs (bénéficiaires de la PCH, enfants confiés à l'aide sociale à l'enfance) ; l'aide sociale à l'enfance est suivie par sa fonction (51 en M52) à travers les lignes raccordées.",
          "Each spending's growth splits exactly: (1 + spending) = (1 + volume) × (1 + cost per head), the volume from the driver history (PCH beneficiaries, children in child-welfare care); child welfare is followed by its function (51 in M52) through the joined lines."
        )) + "</p>"
  }
}
