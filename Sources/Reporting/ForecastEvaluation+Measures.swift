import Foundation

extension ForecastEvaluation {
  /// The accuracy of one level of the hierarchy over the compared years.
  public struct LevelSummary: Sendable, Encodable {
    /// `total`, `section`, `chapter` or `line`.
    public var level: String
    /// Node-years compared.
    public var count: Int
    /// Σ|actual| (euros).
    public var actualVolume: Double
    /// Σ|actual − forecast| / Σ|actual| for the published forecast (nil without volume).
    public var wape: Double?
    /// The same for the models' own forecasts, before reconciliation.
    public var baseWAPE: Double?
    /// Median of |actual − forecast| / |actual| over node-years with a non-zero actual.
    public var medianAPE: Double?
    /// Σ(forecast − actual) / Σ|actual|: positive when the forecast was too high.
    public var bias: Double?
    /// By interval level (`"80"`, `"95"`): the share of actuals inside the interval.
    public var coverage: [String: Double]

    /// One summary per level present, from the total down to the lines.
    static func all(_ comparisons: [Comparison]) -> [LevelSummary] {
      ["total", "section", "chapter", "line"].compactMap { level in
        let rows = comparisons.filter { $0.level == level }
        return rows.isEmpty ? nil : LevelSummary(level: level, rows)
      }
    }

    init(level: String, _ rows: [Comparison]) {
      self.level = level
      count = rows.count
      actualVolume = rows.reduce(0) { $0 + abs($1.actual) }
      let share = { [actualVolume] (sum: Double) -> Double? in
        actualVolume > 0 ? sum / actualVolume : nil
      }
      wape = share(rows.reduce(0) { $0 + abs($1.error) })
      baseWAPE = share(rows.reduce(0) { $0 + abs($1.base - $1.actual) })
      bias = share(rows.reduce(0) { $0 + $1.error })
      medianAPE = Self.median(rows.compactMap { $0.percentError.map(abs) })
      var coverage: [String: Double] = [:]
      for level in Set(rows.flatMap(\.inside.keys)) {
        let judged = rows.compactMap { $0.inside[level] }
        coverage[level] = Double(judged.filter { $0 }.count) / Double(judged.count)
      }
      self.coverage = coverage
    }

    /// The median (mean of the two middle values for an even count), nil when empty.
    static func median(_ values: [Double]) -> Double? {
      guard !values.isEmpty else { return nil }
      let sorted = values.sorted()
      let middle = sorted.count / 2
      return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }
  }

  /// Gross savings (épargne brute), its rate and net savings (épargne nette), forecast
  /// against executed.
  public struct RatioOutcome: Sendable, Encodable {
    /// The year compared.
    public var year: Int
    /// Gross savings the run forecast (euros).
    public var forecastGrossSavings: Double
    /// Gross savings executed (euros).
    public var actualGrossSavings: Double
    /// Gross savings less the capital repaid (chapter 16, ``DebtAccounts``), forecast and executed.
    public var forecastNetSavings: Double
    /// Net savings executed (euros).
    public var actualNetSavings: Double
    /// The debt stock at 31 December, forecast and executed: the actuals' own when they
    /// hold it (DGFiP balances), else ``executedDebt(_:actuals:cascade:)`` (nil without
    /// the scenario's debt).
    public var forecastOutstandingDebt: Double?
    /// The executed stock (euros).
    public var actualOutstandingDebt: Double?
    /// Capacité de désendettement in years (stock / gross savings; nil when gross
    /// savings are not positive).
    public var forecastDebtPaydownYears: Double?
    /// The executed capacité de désendettement (years).
    public var actualDebtPaydownYears: Double?
    /// The rate as a fraction of operating revenue (nil without revenue).
    public var forecastGrossSavingsRate: Double?
    /// The executed rate (a fraction).
    public var actualGrossSavingsRate: Double?
    /// The archived simulated bands of gross savings, by level (`"80"`, `"95"`).
    public var bands: [String: RatioRecord.Interval]
    /// By level: whether the executed gross savings fell inside the band (an open side
    /// counts as unbounded).
    public var inside: [String: Bool]

    /// The compared years of `data`'s cascade (`forecast`, its ``RatioSummary``)
    /// beside the cascade of the actuals, with the same definitions (``FinancialRatios``).
    static func all(_ data: ReportData, executed: ExecutedAccounts, forecast: [RatioRecord])
      -> [RatioOutcome]
    {
      var actualData = data
      actualData.historyYears = executed.years
      actualData.history = executed.values
      actualData.forecastYears = []
      actualData.forecasts = [:]
      actualData.scenario = nil
      actualData.executedDebt = executed.outstandingDebt
      var actual = FinancialRatios(actualData).years
      // The stock the actuals hold (set by FinancialRatios), else the scenario's rolled
      // with the executed flows.
      let rolled = executedDebt(data, actuals: actualData, cascade: actual)
      for i in actual.indices where actual[i].outstandingDebt == nil {
        actual[i].outstandingDebt = rolled[actual[i].year]
      }
      return executed.years.compactMap { year in
        guard let predicted = forecast.first(where: { $0.year == year }),
          let done = actual.first(where: { $0.year == year })
        else { return nil }
        let rate = done.grossSavingsRate
        let bands = (predicted.bands ?? [:]).compactMapValues { $0["grossSavings"] }
        return RatioOutcome(
          year: year, forecastGrossSavings: predicted.grossSavings,
          actualGrossSavings: done.grossSavings, forecastNetSavings: predicted.netSavings,
          actualNetSavings: done.netSavings,
          forecastOutstandingDebt: predicted.outstandingDebt,
          actualOutstandingDebt: done.outstandingDebt,
          forecastDebtPaydownYears: predicted.debtPaydownYears,
          actualDebtPaydownYears: done.debtPaydownYears,
          forecastGrossSavingsRate: predicted.grossSavingsRate,
          actualGrossSavingsRate: rate.isFinite ? rate / 100 : nil, bands: bands,
          inside: bands.mapValues { band in
            (band.lower.map { $0 <= done.grossSavings } ?? true)
              && (band.upper.map { done.grossSavings <= $0 } ?? true)
          })
      }
    }
  }
}
