/// The functional classification a line's function code belongs to: M52's or M57's.
///
/// The two plans reuse codes for different things (M52's 51 is *Famille et enfance*,
/// M57's 51 *Aménagement et services urbains*), so a function code is read in the plan
/// of the accounts that last used it: a line is read in the plan of the last year it was
/// executed in (``BudgetDataset/functionalPlans``), which is M57 for a line joined
/// across the switch (``NomenclatureBridge``) and M52 for one that ended before it.
public enum FunctionalPlan: String, Sendable, Hashable, Codable {
  case m52 = "M52"
  case m57 = "M57"

  /// The plan a nomenclature name (`M52`, `M57-2024`, `m57`) gives, nil for another
  /// (M14, or no name).
  public init?(nomenclature: String) {
    self.init(rawValue: String(nomenclature.uppercased().prefix(3)))
  }

  /// The plan of a line whose data end in `lastYear`, by the plans of the years.
  public static func of(lastYear: Int?, in plans: [Int: FunctionalPlan]) -> FunctionalPlan? {
    lastYear.flatMap { plans[$0] }
  }
}

extension BudgetDataset {
  /// The functional plan of each year whose lines all name one (M52 or M57); a year
  /// with both, or with lines that name neither, has none.
  public var functionalPlans: [Int: FunctionalPlan] {
    var found: [Int: Set<FunctionalPlan?>] = [:]
    for line in lines {
      found[line.year, default: []].insert(FunctionalPlan(nomenclature: line.nomenclature))
    }
    return found.compactMapValues { $0.count == 1 ? $0.first ?? nil : nil }
  }

  /// The plan of the last year: the one the lines still executed are read in.
  public var lastFunctionalPlan: FunctionalPlan? {
    years.last.flatMap { functionalPlans[$0] }
  }

  /// The plan each line is read in: the plan of the last year its section, direction,
  /// chapter, account and function were executed in.
  public func linePlans() -> (BudgetLine) -> FunctionalPlan? {
    let plans = functionalPlans
    var lastYears: [LineCode: Int] = [:]
    for line in lines {
      let code = LineCode(line)
      lastYears[code] = Swift.max(lastYears[code] ?? line.year, line.year)
    }
    return { line in FunctionalPlan.of(lastYear: lastYears[LineCode(line)], in: plans) }
  }
}

/// What a line is: its place in the hierarchy, without its year.
private struct LineCode: Hashable {
  var section: BudgetLine.Section
  var direction: BudgetLine.Direction
  var chapter: String
  var account: String
  var function: String

  init(_ line: BudgetLine) {
    (section, direction, chapter, account, function) = (
      line.section, line.direction, line.chapter, line.account, line.function
    )
  }
}
