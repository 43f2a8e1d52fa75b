import BudgetcastTestSupport
import Foundation
import Scenarios
import Testing

@Suite("Driver levels in force from a month (a revaluation's timing)")
struct DriverHistoryScheduleTests {
  @Test func datedAmountsGiveTheMeanOfTheMonthsInForce() throws {
    let text = """
      driver,year,value
      rsa_base_amount,2023,602.58
      rsa_base_amount,2024-04,635.71
      rsa_base_amount,2025-04,646.52
      rsa_base_amount,2026-01,650
      pay_index,2024,100
      """
    let path = try CommandRunner.temporaryFile(named: "history.csv", contents: text)
    let history = try DriverHistory.read(path)
    let base = try #require(history.values[.rsaBaseAmount])
    // 2024 starts before the first date: not covered (it has no yearly row either).
    #expect(base.keys.sorted() == [2023, 2025, 2026])
    #expect(base[2023] == 602.58)
    // January to March at the 2024 amount, April to December at the 2025 one.
    #expect(abs((base[2025] ?? 0) - (3 * 635.71 + 9 * 646.52) / 12) < 1e-9)
    // The last date's year holds its amount from January: not beyond.
    #expect(base[2026] == 650)
    #expect(history.values[.payIndex] == [2024: 100])
    // A first date in January covers its own year.
    let january = try CommandRunner.temporaryFile(
      named: "january.csv",
      contents: "driver,year,value\npay_index,2022-01,100\npay_index,2022-07,103.5\n")
    let steps = try #require(try DriverHistory.read(january).values[.payIndex])
    #expect(steps.keys.sorted() == [2022])
    #expect(abs((steps[2022] ?? 0) - (6 * 100 + 6 * 103.5) / 12) < 1e-12)
  }

  @Test func badScheduleRowsGiveLocatedErrors() throws {
    let text = """
      driver,year,value
      unemployment_rate,2025-04,8
      rsa_base_amount,2024-13,600
      rsa_base_amount,2024-04,635.71
      rsa_base_amount,2024-04,636
      rsa_base_amount,2025,640
      rsa_base_amount,2025-04,646.52
      """
    let path = try CommandRunner.temporaryFile(named: "history.csv", contents: text)
    #expect {
      try DriverHistory.read(path)
    } throws: { error in
      let text = "\(error)"
      return text.contains("history.csv:2:19: unemployment_rate is a yearly rate")
        && text.contains("history.csv:3:17: year '2024-13' is not a year")
        && text.contains("history.csv:5:17: rsa_base_amount has 2024-04 twice (first on line 4)")
        && text.contains(
          "history.csv:6:1: rsa_base_amount 2025 is given both as a year and by the amounts in force from 2024-04 (line 4)"
        )
    }
  }
}
