import Budget
import BudgetcastTestSupport
import DelimitedText
import Testing

/// Valid budget files of every format, damaged in seeded ways: the importers never
/// crash, and whatever they refuse they locate in the file and explain.
@Suite("Damaged budget files never crash the importers")
struct MutatedBudgetFileTests {
  static let mutantsPerFormat = 1_000

  /// A small valid file of each format, with the nomenclature it needs.
  static let originals: [(name: String, text: String, plan: Nomenclature?)] = [
    (
      "ca.csv",
      [
        MalformedBudgetFileTests.header,
        "C001,B00,M52,2012,CA,29/03/2013,D,F,OR,C017,,,A65171,R567,RSA,E,12 000 000.5,",
        "C001,B00,M52,2012,CA,29/03/2013,R,F,OR,C73,,,A7321,R01,DMTO,E,  150 000 000,",
        "C001,B00,M52,2012,CA,29/03/2013,D,I,OE,C040,,,A2151,R621,Travaux,E,1 500,",
      ].joined(separator: "\n") + "\n", nil
    ),
    (
      "long.csv",
      BudgetFixture.longCSV(years: 2).split(separator: "\n").prefix(12).joined(separator: "\n")
        + "\n", nil
    ),
    (
      "balance.csv",
      [
        DGFiPBalanceTests.header,
        DGFiPBalanceTests().row("567", "65171", "250 000 000,50", "0", "0"),
        DGFiPBalanceTests().row("01", "73111", "0", "180000000", "0"),
        DGFiPBalanceTests().row("621", "2151", "40000000", "0", "1500000"),
      ].joined(separator: "\n") + "\n", DGFiPBalanceTests.plan
    ),
    (
      "budget.csv",
      [
        SCDLBudgetTests.header,
        SCDLBudgetTests.rsa("compte administratif", 2023, real: "251234567.89", voted: "260000000"),
        SCDLBudgetTests.row(
          "Compte administratif", 2023, "731", "73111", "01", "fonctionnement", "reel", "recette",
          real: "1.5E8", voted: ""),
      ].joined(separator: "\n") + "\n", nil
    ),
  ]

  @Test(arguments: 0..<4)
  func damagedFilesAreImportedOrRefusedWithLocatedProblems(format: Int) throws {
    let original = Self.originals[format]
    _ = try BudgetImporter.importFiles(
      [try ByteMutator.write(Array(original.text.utf8), named: original.name)],
      nomenclature: original.plan)
    let (refused, misplaced) = try ByteMutator.refusals(
      of: original.text, named: original.name, seed: UInt64(format + 1),
      count: Self.mutantsPerFormat
    ) { path throws(DiagnosticReport) in
      let dataset = try BudgetImporter.importFiles([path], nomenclature: original.plan)
      #expect(dataset.lines.allSatisfy { BudgetLine.fiscalYears.contains($0.year) }, "\(path)")
    }
    #expect(misplaced.isEmpty, "\(original.name): \(misplaced.prefix(5))")
    // The mutations are damaging: most mutants must be refused, or the test tests nothing.
    #expect(refused > Self.mutantsPerFormat / 3, "\(refused) refused")
  }
}
