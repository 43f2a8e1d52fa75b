import BudgetcastTestSupport
import Scenarios
import Testing

/// The located problems a scenario file reports, for tests of bad files.
enum ScenarioProblems {
  /// Writes `contents` to a temporary file `name` and returns what reading it reports;
  /// a file read without a problem is recorded as a test failure.
  static func reading(_ name: String, _ contents: String) throws -> String {
    let path = try CommandRunner.temporaryFile(named: name, contents: contents)
    do {
      _ = try ScenarioFile.read(path)
    } catch {
      return "\(error)"
    }
    Issue.record("\(name) was read without a problem")
    return ""
  }
}
