import Budget
import BudgetcastTestSupport
import Foundation
import Testing

@Suite("Reading the official plan de comptes")
struct NomenclatureTests {
  @Test func readsTheM52PlanOf2014() throws {
    guard let folder = RepositoryPaths.sharedData?.appendingPathComponent("gironde") else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let plan = try Nomenclature.read(
      folder.appendingPathComponent("plan-de-compte-M52-2014.xml").path)
    #expect(plan.name == "M52-2014")
    #expect(plan.chapters["017"]?.label == "Revenu de solidarité active")  // ISO-8859-1 decoded
    #expect(plan.chapters["017"]?.special == true)
    #expect(plan.chapters["011"]?.section == "F")
    #expect(plan.chapter(ofAccount: "65171", direction: .expenditure) == "017")
    #expect(plan.accounts.count > 1_900)
    #expect(plan.functions["567"] != nil)
  }

  @Test func malformedXMLIsLocated() throws {
    let path = try CommandRunner.temporaryFile(
      named: "plan.xml", contents: "<Nomenclature Norme=\"M52\">\n<Chapitre Code=\"011\"\n")
    #expect {
      try Nomenclature.read(path)
    } throws: { error in
      "\(error)".hasPrefix(path + ":")
    }
  }

  @Test func flagsUnknownChaptersAndAccountsVotedElsewhere() {
    let plan = Nomenclature(
      norm: "M52", year: 2014,
      chapters: ["011": .init(code: "011", label: "", section: "F", special: false)],
      accounts: [
        "6064": .init(code: "6064", label: "", expenditureChapter: "011", revenueChapter: nil)
      ], functions: [:])
    let line = { (chapter: String) in
      BudgetLine(
        entity: "D", budget: "B", year: 2014, stage: "CA", nomenclature: "M52", section: .operating,
        direction: .expenditure, operation: .real, chapter: chapter, account: "6064", function: "0",
        label: "",
        amountCents: 100)
    }
    let warnings = plan.check(BudgetDataset(lines: [line("011"), line("999")]))
    #expect(
      warnings == [
        "chapter 999 is not in M52-2014 (1 lines)",
        "account 6064 (D) on chapter 999, voted on 011 in M52-2014 (1 lines)",
      ])
  }
}
