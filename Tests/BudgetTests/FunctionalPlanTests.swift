import Budget
import Testing

/// Which functional plan a line's code is read in (``FunctionalPlan``).
@Suite("Functional plans across the M52 → M57 switch")
struct FunctionalPlanTests {
  static func line(_ year: Int, _ nomenclature: String, _ function: String) -> BudgetLine {
    BudgetLine(
      entity: "D999", budget: "principal", year: year, stage: "CA", nomenclature: nomenclature,
      section: .operating, direction: .expenditure, operation: .real, chapter: "65",
      account: "6574", function: function, label: "Subventions", amountCents: 100)
  }

  @Test func namesGiveThePlan() {
    #expect(FunctionalPlan(nomenclature: "M52") == .m52)
    #expect(FunctionalPlan(nomenclature: "m57-2024") == .m57)
    #expect(FunctionalPlan(nomenclature: "M14") == nil)
    #expect(FunctionalPlan(nomenclature: "") == nil)
  }

  /// A line ended in M52 keeps M52's reading; a line of the M57 years reads in M57,
  /// whatever its earlier years (joined by the bridge) named; a year with both names
  /// has no plan.
  @Test func eachLineIsReadInItsLastYearsPlan() {
    let dataset = BudgetDataset(lines: [
      Self.line(2022, "M52", "51"), Self.line(2023, "M52", "51"),
      Self.line(2023, "M52", "4213"), Self.line(2024, "M57", "4213"),
      Self.line(2024, "M57", "51"), Self.line(2025, "M57", "51"),
    ])
    #expect(dataset.functionalPlans == [2022: .m52, 2023: .m52, 2024: .m57, 2025: .m57])
    #expect(dataset.lastFunctionalPlan == .m57)
    let plan = dataset.linePlans()
    #expect(plan(Self.line(2022, "M52", "51")) == .m57)
    #expect(plan(Self.line(2023, "M52", "4213")) == .m57)
    let ended = BudgetDataset(
      lines: dataset.lines.filter { !($0.year >= 2024 && $0.function == "51") })
    #expect(ended.linePlans()(Self.line(2022, "M52", "51")) == .m52)
    let mixed = BudgetDataset(lines: [Self.line(2024, "M57", "51"), Self.line(2024, "M52", "51")])
    #expect(mixed.functionalPlans.isEmpty && mixed.lastFunctionalPlan == nil)
  }
}
