import BudgetcastTestSupport
import Foundation
import Testing

/// End-to-end tests of the built binary (`make test` builds it first).
@Suite("budgetcast regress, end to end")
struct RegressCommandTests {
  @Test("NIST StRD through the CLI", arguments: NISTDataset.names)
  func nistThroughTheCommandLine(name: String) throws {
    let dataset = try NISTDataset.load(name)
    var arguments = [
      "regress", "--data", dataset.csvPath, "--target", "y",
      "--predictors", dataset.predictors.map(\.name).joined(separator: ","), "--format", "json",
    ]
    if !dataset.certified.intercept { arguments.append("--no-intercept") }
    let outcome = try CommandRunner.budgetcast(arguments)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(outcome.standardOutput.utf8)) as? [String: Any])
    let coefficients = try #require(json["coefficients"] as? [[String: Any]])
    let target = name == "Filip" ? 7.0 : 9.0
    for (coefficient, (estimate, sd)) in zip(
      coefficients, zip(dataset.certified.estimates, dataset.certified.standardDeviations))
    {
      let value = try #require(coefficient["estimate"] as? Double)
      let error = try #require(coefficient["stdError"] as? Double)
      #expect(
        logRelativeError(value, certified: estimate) >= target,
        "\(name) \(coefficient["name"] ?? "")")
      #expect(
        logRelativeError(error, certified: sd) >= target, "\(name) sd \(coefficient["name"] ?? "")")
    }
    let sigma = try #require(json["residualStdError"] as? Double)
    let r2 = try #require(json["r2"] as? Double)
    #expect(
      logRelativeError(sigma, certified: dataset.certified.residualStandardDeviation) >= target)
    #expect(logRelativeError(r2, certified: dataset.certified.rSquared) >= target)
    #expect(json["n"] as? Int == dataset.certified.observations)
    #expect(
      coefficients.first?["name"] as? String
        == (dataset.certified.intercept ? "(Intercept)" : dataset.predictors[0].name))
  }

  @Test func jsonPrintsSeventeenSignificantDigits() throws {
    let outcome = try CommandRunner.budgetcast([
      "regress", "--data", "datasets/nist/Norris.csv", "--target", "y", "--predictors", "x",
      "--format", "json",
    ])
    #expect(outcome.standardOutput.contains("\"estimate\":-0.26232307377"))
    let keys = [
      "\"n\"", "\"rank\"", "\"coefficients\"", "\"r2\"", "\"adjR2\"", "\"residualStdError\"",
      "\"fStatistic\"",
      "\"logLik\"", "\"aic\"", "\"aicc\"", "\"bic\"", "\"conditionNumber\"", "\"stdError\"",
      "\"lower\"", "\"upper\"",
    ]
    for key in keys { #expect(outcome.standardOutput.contains(key), "missing \(key)") }
  }

  @Test func demoTableOnAFrenchExport() throws {
    let outcome = try CommandRunner.budgetcast([
      "regress", "--data", "datasets/demo/rsa_allocations.csv", "--target", "depenses_rsa_meur",
      "--predictors", "foyers_rsa,montant_forfaitaire", "--level", "90",
    ])
    #expect(outcome.status == 0)
    #expect(outcome.standardOutput.contains("(Intercept)"))
    #expect(outcome.standardOutput.contains("90% lower"))
    #expect(outcome.standardOutput.contains("15 observations"))
    #expect(outcome.standardError.isEmpty)
  }

  @Test func weightsAndRidgeOptions() throws {
    let path = try CommandRunner.temporaryFile(
      named: "w.csv", contents: "y,x,w\n1,1,1\n2.1,2,2\n2.9,3,1\n4.2,4,3\n5,5,1\n")
    let weighted = try CommandRunner.budgetcast([
      "regress", "--data", path, "--target", "y", "--predictors", "x", "--weights", "w", "--format",
      "json",
    ])
    #expect(weighted.status == 0)
    let ridge = try CommandRunner.budgetcast([
      "regress", "--data", path, "--target", "y", "--predictors", "x", "--ridge", "0.5",
    ])
    #expect(ridge.status == 0)
    #expect(ridge.standardOutput.contains("ridge (λ = 0.5)"))
  }
}
