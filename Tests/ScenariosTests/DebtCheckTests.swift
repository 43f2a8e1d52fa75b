import BudgetcastTestSupport
import Scenarios
import Testing

/// The scenario's debt stock against the accounts' (``Scenario/Debt/shortfall(against:)``).
@Suite struct DebtCheckTests {
  @Test func onlyAGapBeyondRoundingIsAShortfall() throws {
    let file = try CommandRunner.temporaryFile(
      named: "dette.yaml", contents: "name: Dette\ndebt: {outstanding: 620e6}\n")
    let debt = try #require(try ScenarioFile.read(file).debt)
    #expect(debt.shortfall(against: 620e6) == nil)
    #expect(debt.shortfall(against: 622e6) == nil)  // 0.3 %: a rounded loan table
    #expect(debt.shortfall(against: 780e6) == 160e6)
    #expect(debt.shortfall(against: 600e6) == -20e6)
    #expect(debt.mismatchNote(executed: nil, year: 2024) == nil)
    #expect(
      debt.mismatchNote(executed: 780e6, year: 2024)
        == "debt: the scenario's stock at 31 December 2024, 620.0 M€, differs from the accounts' (chapter 16 closing balances), 780.0 M€, by 160.0 M€; the scenario's is used for the forecast years"
    )
  }
}
