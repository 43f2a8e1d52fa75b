import Budget
import BudgetcastTestSupport
import Testing

@Suite("Joining lines across the M52 → M57 switch")
struct NomenclatureBridgeTests {
  /// A real expenditure line of the operating section.
  static func line(
    _ year: Int, _ chapter: String, _ account: String, _ function: String, cents: Int64 = 100
  ) -> BudgetLine {
    BudgetLine(
      entity: "D033", budget: "B00", year: year, stage: "CA",
      nomenclature: year >= 2024 ? "M57-2024" : "M52", section: .operating,
      direction: .expenditure, operation: .real, chapter: chapter, account: account,
      function: function, label: "", amountCents: cents)
  }

  @Test func theSyntheticDepartementsReCodedLinesAreJoined() throws {
    let dataset = try BudgetImporter.importFiles([SyntheticDatasetTests.path])
    let bridge = NomenclatureBridge(dataset)
    #expect(bridge.switchYear == 2024)
    // The generator re-codes the main lines' social functions 5x into M57's 4x at the
    // switch: RSA allocations 567 → 447, child welfare 51 → 4213.
    #expect(bridge.links.count == 7 && bridge.ambiguous.isEmpty)
    #expect(bridge.links.allSatisfy { $0.fromFunction.first == "5" && $0.toFunction.first == "4" })
    let rsa = try #require(bridge.links.first { $0.account == "65171" })
    #expect(rsa.fromFunction == "567" && rsa.toFunction == "447" && rsa.chapter == "017")
    let welfare = try #require(bridge.links.first { $0.account == "652412" })
    #expect(welfare.fromFunction == "51" && welfare.toFunction == "4213")
    let joined = bridge.applied(to: dataset)
    let years = Set(
      joined.lines.filter { $0.account == "65171" }.map { "\($0.year) \($0.function)" })
    #expect(years == Set((2010...2024).map { "\($0) 447" }))
    // Chapter and section totals do not move; joining twice changes nothing.
    #expect(joined.sectionTotals() == dataset.sectionTotals())
    #expect(NomenclatureBridge(joined).links.isEmpty)
    #expect(
      BudgetHierarchy(joined).nodes.count == BudgetHierarchy(dataset).nodes.count - 7)
  }

  @Test func severalFunctionsOfOneAccountAreLeftApartAndListed() {
    let dataset = BudgetDataset(lines: [
      Self.line(2023, "65", "6568", "51"), Self.line(2023, "65", "6568", "52"),
      Self.line(2024, "65", "6568", "41"), Self.line(2024, "65", "6568", "42"),
      Self.line(2023, "65", "6574", "311"), Self.line(2024, "65", "6574", "311"),
    ])
    let bridge = NomenclatureBridge(dataset)
    #expect(bridge.links.isEmpty)
    #expect(
      bridge.ambiguous == ["F/D chapter 65 account 6568: functions 51, 52 end and 41, 42 start"])
    #expect(bridge.applied(to: dataset) == dataset)
  }

  @Test func linesBornOrEndingAtTheSwitchAreNotJoined() {
    // An account whose M52 function goes on in 2024 gains a new function: a new line.
    let dataset = BudgetDataset(lines: [
      Self.line(2022, "011", "6068", "01"), Self.line(2023, "011", "6068", "01"),
      Self.line(2024, "011", "6068", "01"), Self.line(2024, "011", "6068", "221"),
      Self.line(2023, "011", "6231", "023"), Self.line(2022, "011", "6042", "50"),
      Self.line(2024, "011", "6042", "40"),
    ])
    #expect(NomenclatureBridge(dataset).links.isEmpty)
  }

  @Test func withoutASwitchNothingIsJoined() {
    let m52 = BudgetDataset(lines: [
      Self.line(2022, "017", "65171", "567"), Self.line(2023, "017", "65171", "564"),
    ])
    let bridge = NomenclatureBridge(m52)
    #expect(bridge.switchYear == nil && bridge.links.isEmpty && bridge.notes.isEmpty)
  }
}
