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

  @Test("The git commit is the one the binary was built from, or the environment's")
  func gitCommitIsRecordedAtBuildTime() throws {
    let git = try CommandRunner.run("/usr/bin/git", ["rev-parse", "--is-inside-work-tree"])
    guard git.status == 0 else { return }  // a source tarball: no commit to record
    let json = try #require(
      JSONSerialization.jsonObject(
        with: Data(try CommandRunner.budgetcast(["version", "--json"]).standardOutput.utf8))
        as? [String: Any])
    let commit = try #require(json["gitCommit"] as? String)
    #expect(commit.count == 40 && commit.allSatisfy(\.isHexDigit), "\(commit)")
    // A commit of this repository (HEAD when the tests were built; an earlier one after).
    let known = try CommandRunner.run("/usr/bin/git", ["cat-file", "-e", "\(commit)^{commit}"])
    #expect(known.status == 0, "\(commit) is not a commit of this checkout")
    let given = try CommandRunner.run(
      RepositoryPaths.budgetcastBinary.path, ["version", "--json"],
      environment: ["BUDGETCAST_GIT_COMMIT": "0123abcd"])
    #expect(given.standardOutput.contains("\"gitCommit\":\"0123abcd\""), "\(given.standardOutput)")
  }

  @Test func textForm() throws {
    let outcome = try CommandRunner.budgetcast(["version"])
    #expect(outcome.standardOutput.hasPrefix("budgetcast 0.1.0"))
    #expect(outcome.standardOutput.contains("BLAS threads:     1"))
  }
}
