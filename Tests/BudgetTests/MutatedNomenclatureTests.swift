import Budget
import BudgetcastTestSupport
import DelimitedText
import Foundation
import Testing

/// A small plan de comptes in the official XML layout, damaged in seeded ways: the
/// reader never crashes, and a document it refuses is located in the file.
@Suite("Damaged plans de comptes never crash the nomenclature reader")
struct MutatedNomenclatureTests {
  static let mutants = 1_000

  /// The plan in UTF-8 and in ISO-8859-1, as the official plans are declared; the
  /// mutants of the second are still written in UTF-8, whose bytes then read as other
  /// ISO-8859-1 characters.
  @Test(arguments: ["UTF-8", "ISO-8859-1"])
  func damagedPlansAreReadOrRefusedWithALocation(encoding: String) throws {
    let plan = BudgetFixture.planXML(encoding: encoding)
    let original = try Nomenclature.read(
      try ByteMutator.write(Array(plan.utf8), named: "plan.xml"))
    #expect(original.chapter(ofAccount: "65171", direction: .expenditure) == "017")
    let (refused, misplaced) = try ByteMutator.refusals(
      of: plan, named: "plan.xml", seed: 31, count: Self.mutants
    ) { path throws(DiagnosticReport) in
      do throws(NomenclatureError) {
        _ = try Nomenclature.read(path)
      } catch {
        guard case .malformed(let file, let line, let column, let detail) = error else {
          throw DiagnosticReport([])
        }
        throw DiagnosticReport([
          Diagnostic(file: file, line: line, column: column, problem: detail, expected: "XML")
        ])
      }
    }
    #expect(misplaced.isEmpty, "\(misplaced.prefix(5))")
    #expect(refused > Self.mutants / 4, "\(refused) refused")
  }
}
