/// One year of the savings cascade for other systems (real operations, euros; rates as
/// fractions; nil when unknown).
public struct RatioRecord: Encodable, Sendable {
  public var year: Int
  public var forecast: Bool
  public var operatingRevenue, operatingExpenditure, managementSavings, grossSavings: Double
  public var netSavings: Double
  public var grossSavingsRate: Double?
  public var outstandingDebt: Double?
  public var debtPaydownYears: Double?

  public init(_ year: FinancialRatios.Year) {
    self.year = year.year
    forecast = year.forecast
    operatingRevenue = year.operatingRevenue
    operatingExpenditure = year.operatingSpending
    managementSavings = year.managementSavings
    grossSavings = year.grossSavings
    netSavings = year.netSavings
    grossSavingsRate = year.grossSavingsRate.isFinite ? year.grossSavingsRate / 100 : nil
    outstandingDebt = year.outstandingDebt
    debtPaydownYears = year.debtPaydownYears.flatMap { $0.isFinite ? $0 : nil }
  }
}
