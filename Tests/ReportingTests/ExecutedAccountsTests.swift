import Budget
import Testing

@testable import Reporting

/// The actuals put on a run's keys: across the M52 → M57 switch, real operations only,
/// and the years the run did not forecast left out.
@Suite("Executed accounts on a run's keys")
struct ExecutedAccountsTests {
  static func line(
    _ year: Int, _ nomenclature: String, _ function: String, _ euros: Double,
    operation: BudgetLine.Operation = .real
  ) -> BudgetLine {
    BudgetLine(
      entity: "D000", budget: "B00", year: year, stage: "CA", nomenclature: nomenclature,
      section: .operating, direction: .expenditure, operation: operation, chapter: "017",
      account: "65171", function: function, label: "RSA",
      amountCents: Int64((euros * 100).rounded()))
  }

  /// A run on M52 years 2020–2023; the accounts of 2023 (already history) and 2024, the
  /// first M57 year, where the RSA's function 567 became 467.
  static let snapshot = BudgetDataset(
    lines: (2020...2023).map { line($0, "M52", "567", 100e6 + 1e6 * Double($0 - 2020)) })
  static let actuals = BudgetDataset(lines: [
    line(2023, "M52", "567", 103e6), line(2024, "M57", "467", 104.5e6),
    line(2024, "M57", "467", 7e6, operation: .order),
  ])

  @Test func bridgedAcrossTheSwitch() throws {
    let executed = try ExecutedAccounts(
      Self.actuals, snapshot: Self.snapshot, forecastYears: [2024, 2025], includeOrder: false,
      bridgesNomenclatures: true)
    #expect(executed.years == [2024])
    #expect(executed.ignoredYears == [2023])
    // The run's M52 line reads the M57 line; order operations are left out.
    #expect(executed.actual("line/F/D/017/65171/567", 2024) == 104.5e6)
    #expect(executed.actual("chapter/F/D/017", 2024) == 104.5e6)
    #expect(executed.actual("line/F/D/017/65171/567", 2025) == 0)
    // Without the bridge the M52 line was not executed in 2024.
    let apart = try ExecutedAccounts(
      Self.actuals, snapshot: Self.snapshot, forecastYears: [2024], includeOrder: false,
      bridgesNomenclatures: false)
    #expect(apart.actual("line/F/D/017/65171/567", 2024) == 0)
    #expect(apart.actual("line/F/D/017/65171/467", 2024) == 104.5e6)
  }

  @Test func noCommonYearNamesBothSpans() {
    #expect(throws: ForecastEvaluation.NoCommonYear.self) {
      try ExecutedAccounts(
        Self.actuals, snapshot: Self.snapshot, forecastYears: [2026, 2027], includeOrder: false,
        bridgesNomenclatures: true)
    }
    let error = ForecastEvaluation.NoCommonYear(
      forecastYears: [2026, 2027], actualYears: [2023, 2024])
    #expect(error.description.hasPrefix("the actuals cover 2023–2024, the run forecasts 2026–2027"))
  }

  /// An account subdivided after the run (Gironde's `7311` into `73111`, `73112` and
  /// `73114` in 2012) is read from its sub-accounts on the same chapter and function;
  /// a sub-account the run forecasts itself, another function, a merely similar
  /// number or another chapter is not taken.
  @Test func subdividedAccountsAreReadFromTheirSubAccounts() throws {
    let tax = { (year: Int, account: String, function: String, chapter: String, euros: Double) in
      BudgetLine(
        entity: "D000", budget: "B00", year: year, stage: "CA", nomenclature: "M52",
        section: .operating, direction: .revenue, operation: .real, chapter: chapter,
        account: account, function: function, label: account,
        amountCents: Int64((euros * 100).rounded()))
    }
    let snapshot = BudgetDataset(lines: [
      tax(2011, "7311", "01", "731", 388e6), tax(2011, "73121", "01", "731", 5e6),
    ])
    let actuals = BudgetDataset(lines: [
      tax(2012, "73111", "01", "731", 247e6), tax(2012, "73112", "01", "731", 153e6),
      tax(2012, "73114", "02", "731", 6.8e6), tax(2012, "7312", "01", "731", 1e6),
      tax(2012, "73115", "01", "73", 2e6), tax(2012, "73121", "01", "731", 5.5e6),
    ])
    var executed = try ExecutedAccounts(
      actuals, snapshot: snapshot, forecastYears: [2012], includeOrder: false,
      bridgesNomenclatures: false)
    let runLines: Set = ["line/F/R/731/7311/01", "line/F/R/731/73121/01"]
    let splits = executed.readSplits(runLines: runLines)
    #expect(splits == ["line/F/R/731/7311/01": ["line/F/R/731/73111/01", "line/F/R/731/73112/01"]])
    #expect(executed.actual("line/F/R/731/7311/01", 2012) == 400e6)
    #expect(executed.actual("line/F/R/731/73121/01", 2012) == 5.5e6)
  }

  /// A run on M52 years evaluated on the first M57 year, where an account was also
  /// subdivided: its sub-accounts carry the function re-coded as the switch's joined
  /// lines re-code it (567 → 467 from the RSA line).
  @Test func subdividedAcrossTheSwitchOnTheRecodedFunction() throws {
    let subsidy = { (year: Int, account: String, function: String, euros: Double) in
      BudgetLine(
        entity: "D000", budget: "B00", year: year, stage: "CA",
        nomenclature: year >= 2024 ? "M57" : "M52", section: .operating,
        direction: .expenditure, operation: .real, chapter: "017", account: account,
        function: function, label: account, amountCents: Int64((euros * 100).rounded()))
    }
    let snapshot = BudgetDataset(
      lines: Self.snapshot.lines + (2020...2023).map { subsidy($0, "6574", "567", 1e6) })
    let actuals = BudgetDataset(
      lines: Self.actuals.lines + [
        subsidy(2024, "65741", "467", 0.4e6), subsidy(2024, "65748", "467", 0.7e6),
      ])
    var executed = try ExecutedAccounts(
      actuals, snapshot: snapshot, forecastYears: [2024], includeOrder: false,
      bridgesNomenclatures: true)
    #expect(executed.functionMap == ["567": "467"])
    let splits = executed.readSplits(
      runLines: ["line/F/D/017/65171/567", "line/F/D/017/6574/567"])
    #expect(splits["line/F/D/017/6574/567"]?.count == 2)
    #expect(abs(executed.actual("line/F/D/017/6574/567", 2024) - 1.1e6) < 1e-6)
  }
}
