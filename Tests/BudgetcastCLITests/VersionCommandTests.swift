import BudgetcastTestSupport
import Foundation
import Testing

@Suite("budgetcast version")
struct VersionCommandTests {
  @Test func reportsEngineAndBLAS() throws {
    let outcome = try CommandRunner.budgetcast(["version", "--json"])
    #expect(outcome.status == 0)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    #expect(json["version"] as? String == "0.1.0")
    #expect(json["openblasThreads"] as? Int == 1)
    #expect((json["openblasConfig"] as? String)?.contains("OpenBLAS") == true)
    #expect((json["openblasCore"] as? String)?.isEmpty == false)
  }

  @Test func textForm() throws {
    let outcome = try CommandRunner.budgetcast(["version"])
    #expect(outcome.standardOutput.hasPrefix("budgetcast 0.1.0"))
    #expect(outcome.standardOutput.contains("BLAS threads:     1"))
  }
}
