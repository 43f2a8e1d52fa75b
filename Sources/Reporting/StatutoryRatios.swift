/// The financial ratios the law attaches to the budget documents of départements (CGCT
/// article R3313-1; the same list as communes, R2313-1, and régions, R4313-1:
/// ``EntityKind/ratiosArticle``), by year, from real operations.
///
/// | n° | ratio | accounts |
/// |---|---|---|
/// | 1 | real operating spending / population | operating section, spending |
/// | 2 | direct taxes / population | revenue accounts `7311…` (contributions directes) |
/// | 3 | real operating revenue / population | operating section, revenue |
/// | 4 | gross equipment spending / population | chapters 20, 21, 23 (not 204, grants paid) |
/// | 5 | outstanding debt / population | stock at 31 December (``FinancialRatios``) |
/// | 6 | DGF / population | revenue accounts `741…` (dotation globale de fonctionnement) |
/// | 7 | personnel spending / real operating spending | chapter 012 |
/// | 9 | (operating spending + capital repaid) / operating revenue | chapter 16 repaid (``DebtAccounts``) |
/// | 10 | gross equipment spending / operating revenue | as 4 |
/// | 11 | outstanding debt / operating revenue | as 5 |
///
/// Ratio 8, the coefficient de mobilisation du potentiel fiscal, needs the fiscal
/// potential the State computes, which is not in the accounts: it is not given.
/// Ratios 1 to 6 are in euros per inhabitant and need a ``PopulationPath``; 7, 9, 10
/// and 11 are fractions. Forecast years use the central forecasts (the same figures as
/// the savings cascade), so a ratio is nil where its parts are not known: the debt
/// without a stock (neither in the balances nor in the scenario), a per-inhabitant
/// ratio without a population.
public struct StatutoryRatios: Sendable {
  /// A ratio, numbered as in the code.
  public enum Ratio: Int, Sendable, CaseIterable {
    case operatingSpendingPerInhabitant = 1
    case directTaxesPerInhabitant = 2
    case operatingRevenuePerInhabitant = 3
    case equipmentPerInhabitant = 4
    case debtPerInhabitant = 5
    case dgfPerInhabitant = 6
    case personnelShare = 7
    case rigidityShare = 9
    case equipmentShare = 10
    case debtShare = 11

    /// Whether the ratio is in euros per inhabitant (else a fraction).
    public var isPerInhabitant: Bool { rawValue <= 6 }

    /// A name for other systems: `ratio_5_debt_per_inhabitant`.
    public var key: String {
      let name: String
      switch self {
      case .operatingSpendingPerInhabitant: name = "operating_spending_per_inhabitant"
      case .directTaxesPerInhabitant: name = "direct_taxes_per_inhabitant"
      case .operatingRevenuePerInhabitant: name = "operating_revenue_per_inhabitant"
      case .equipmentPerInhabitant: name = "equipment_spending_per_inhabitant"
      case .debtPerInhabitant: name = "debt_per_inhabitant"
      case .dgfPerInhabitant: name = "dgf_per_inhabitant"
      case .personnelShare: name = "personnel_to_operating_spending"
      case .rigidityShare: name = "operating_spending_and_repayment_to_operating_revenue"
      case .equipmentShare: name = "equipment_spending_to_operating_revenue"
      case .debtShare: name = "debt_to_operating_revenue"
      }
      return "ratio_\(rawValue)_\(name)"
    }
  }

  /// One year of the ratios, with the amounts they divide.
  public struct Year: Sendable, Hashable {
    /// The fiscal year.
    public var year: Int
    /// Whether the year is forecast.
    public var forecast: Bool
    /// The population the per-inhabitant ratios divide by.
    public var population: Double?
    /// Where the population comes from: the driver history, the scenario, or extended.
    public var populationSource: PopulationPath.Source?
    /// Direct taxes (accounts 7311…, euros).
    public var directTaxes: Double
    /// DGF (accounts 741…, euros).
    public var dgf: Double
    /// Personnel spending (chapter 012, euros).
    public var personnel: Double
    /// Gross equipment spending (chapters 20, 21, 23, euros).
    public var equipment: Double
    /// Values by ratio; a ratio whose parts are not known is absent.
    public var values: [Ratio: Double]
  }

  /// The years, executed then forecast.
  public var years: [Year]
  /// The population behind ratios 1 to 6, nil when the run has none.
  public var population: PopulationPath?

  /// The ratios of every year of `cascade` (history then forecast), read from `data`.
  public init(_ data: ReportData, cascade: FinancialRatios) {
    let population = PopulationPath(data, years: cascade.years.map(\.year))
    let amount = { (include: (String) -> Bool) -> [Int: Double] in
      let sums = data.lineSum(include)
      return sums.history.merging(sums.forecast) { executed, _ in executed }
    }
    let directTaxes = amount { Self.account($0, direction: "F/R", prefix: "7311") }
    let dgf = amount { Self.account($0, direction: "F/R", prefix: "741") }
    let personnel = amount { $0.hasPrefix("line/F/D/012/") }
    let equipment = amount { id in
      ["20", "21", "23"].contains { id.hasPrefix("line/I/D/\($0)/") }
    }
    years = cascade.years.map { row in
      var year = Year(
        year: row.year, forecast: row.forecast, population: population?.values[row.year],
        populationSource: population?.sources[row.year],
        directTaxes: directTaxes[row.year] ?? 0, dgf: dgf[row.year] ?? 0,
        personnel: personnel[row.year] ?? 0, equipment: equipment[row.year] ?? 0, values: [:])
      year.values = Self.values(of: year, row)
      return year
    }
    self.population = population
  }

  /// Whether `id` is a line of `direction` (`F/R`) whose account starts with `prefix`.
  static func account(_ id: String, direction: String, prefix: String) -> Bool {
    let parts = id.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count >= 5, parts[0] == "line", "\(parts[1])/\(parts[2])" == direction
    else { return false }
    return parts[4].hasPrefix(prefix)
  }

  /// The ratios of one year whose parts are known.
  static func values(of year: Year, _ row: FinancialRatios.Year) -> [Ratio: Double] {
    var values: [Ratio: Double] = [:]
    if let population = year.population, population > 0 {
      values[.operatingSpendingPerInhabitant] = row.operatingSpending / population
      values[.directTaxesPerInhabitant] = year.directTaxes / population
      values[.operatingRevenuePerInhabitant] = row.operatingRevenue / population
      values[.equipmentPerInhabitant] = year.equipment / population
      values[.debtPerInhabitant] = row.outstandingDebt.map { $0 / population }
      values[.dgfPerInhabitant] = year.dgf / population
    }
    if row.operatingSpending > 0 {
      values[.personnelShare] = year.personnel / row.operatingSpending
    }
    if row.operatingRevenue > 0 {
      values[.rigidityShare] =
        (row.operatingSpending + row.capitalRepayment) / row.operatingRevenue
      values[.equipmentShare] = year.equipment / row.operatingRevenue
      values[.debtShare] = row.outstandingDebt.map { $0 / row.operatingRevenue }
    }
    return values
  }
}
