import Scenarios

extension HTMLReport {
  /// A social line whose spending the driver history splits into a volume and a cost
  /// per head, with its executed amounts by year.
  struct VolumeSplit {
    var label: (String, String)
    /// The label as a sentence's subject (« la PCH », « child welfare »).
    var subject: (String, String)
    var volume: (String, String)
    /// Its cost per head in words (« coût par enfant »).
    var perHead: (String, String)
    var spending: [Int: Double]
    var counts: [Int: Double]

    /// Spending per head by year, where both are known.
    var cost: [Int: Double] {
      var cost: [Int: Double] = [:]
      for (year, amount) in spending {
        if let count = counts[year], count > 0 { cost[year] = amount / count }
      }
      return cost
    }

    /// The years whose growth from the year before is known for spending and volume.
    var years: [Int] {
      spending.keys.sorted().filter { year in
        [spending[year], spending[year - 1], counts[year], counts[year - 1]].allSatisfy {
          ($0 ?? 0) > 0
        }
      }
    }

    /// The yearly growth of `values` into `year` (a fraction), nil when not known.
    static func growth(_ values: [Int: Double], _ year: Int) -> Double? {
      guard let now = values[year], let before = values[year - 1], now > 0, before > 0 else {
        return nil
      }
      return now / before - 1
    }
  }

  /// PCH and child welfare with their executed spending and the driver history's
  /// volume (beneficiaries, children in care), those with at least one year to split.
  func volumeSplits() -> [VolumeSplit] {
    guard let history = data.driverHistory else { return [] }
    let splits = [
      VolumeSplit(
        label: ("PCH", "PCH"), subject: ("la PCH", "PCH"),
        volume: ("bénéficiaires", "beneficiaries"),
        perHead: ("coût par bénéficiaire", "cost per beneficiary"),
        spending: data.lineSum { data.drivenLine(of: $0) == .pch }.history,
        counts: history.values[.pchBeneficiaries] ?? [:]),
      VolumeSplit(
        label: ("Aide sociale à l'enfance", "Child welfare"),
        subject: ("l'aide sociale à l'enfance", "child welfare"),
        volume: ("enfants confiés", "children in care"),
        perHead: ("coût par enfant", "cost per child"),
        spending: data.lineSum(isChildWelfare).history,
        counts: history.values[.aseChildren] ?? [:]),
    ]
    return splits.filter { !$0.years.isEmpty }
  }

  /// The executed yearly growth of PCH and child-welfare spending, split into volume
  /// and cost per head.
  ///
  /// The split is exact, `1 + g_spending = (1 + g_volume)·(1 + g_cost)`, over the last
  /// ``recentYears`` years where both are known. Empty without those drivers.
  func volumeSplitTable() -> String {
    let l = language
    let splits = volumeSplits()
    let years = Set(splits.flatMap { $0.years.suffix(Self.recentYears) }).sorted()
      .suffix(Self.recentYears)
    guard !years.isEmpty else { return "" }
    var rows: [[String]] = []
    for split in splits {
      let cell = { (values: [Int: Double], year: Int) -> String in
        VolumeSplit.growth(values, year).map { l.percent(100 * $0, signed: true) } ?? "—"
      }
      let cost = split.cost
      rows.append(
        [HTML.escape(l.pick(split.label.0, split.label.1) + l.pick(" : dépense", ": spending"))]
          + years.map { cell(split.spending, $0) })
      rows.append(
        [
          HTML.escape(
            l.pick("dont volume (", "of which volume (") + l.pick(split.volume.0, split.volume.1)
              + ")")
        ]
          + years.map { cell(split.counts, $0) })
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
          "La croissance de chaque dépense se décompose exactement : (1 + dépense) = (1 + volume) × (1 + coût par tête), le volume venant de l'historique des moteurs (bénéficiaires de la PCH, enfants confiés à l'aide sociale à l'enfance) ; l'aide sociale à l'enfance est suivie par sa fonction Famille et enfance (51 en M52, 421 en M57).",
          "Each spending's growth splits exactly: (1 + spending) = (1 + volume) × (1 + cost per head), the volume from the driver history (PCH beneficiaries, children in child-welfare care); child welfare is followed by its function Famille et enfance (51 in M52, 421 in M57)."
        )) + "</p>"
  }

  /// The synthesis' message on the last executed year of PCH and child welfare: how much
  /// of each one's growth came from volume and how much from cost per head (nil without
  /// those drivers).
  func volumeSplitMessage() -> String? {
    let l = language
    let parts = volumeSplits().compactMap { split -> (year: Int, text: String)? in
      guard let year = split.years.last,
        let spending = VolumeSplit.growth(split.spending, year),
        let volume = VolumeSplit.growth(split.counts, year),
        let cost = VolumeSplit.growth(split.cost, year)
      else { return nil }
      let text =
        l.pick(split.subject.0, split.subject.1) + " " + l.percent(100 * spending, signed: true)
        + " (" + l.pick(split.volume.0, split.volume.1) + " "
        + l.percent(100 * volume, signed: true)
        + ", " + l.pick(split.perHead.0, split.perHead.1) + " "
        + l.percent(100 * cost, signed: true) + ")"
      return (year, text)
    }
    guard let year = parts.first?.year else { return nil }
    // One year for all, said once; else each part says its own.
    let sameYear = parts.allSatisfy { $0.year == year }
    let texts = parts.map {
      sameYear ? $0.text : l.pick("en \($0.year), ", "in \($0.year), ") + $0.text
    }
    return HTML.escape(
      l.pick("Dépenses sociales", "Social spending")
        + (sameYear ? l.pick(" en \(year)", " in \(year)") : "")
        + l.pick(" : ", ": ") + texts.joined(separator: l.pick(" ; ", "; ")) + ".")
  }
}
