import Foundation
import Regression
import Testing

@Suite("Rank deficiency and invalid input are explained")
struct RegressionDiagnosticsTests {
  let x1: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
  let x2: [Double] = [2, 1, 4, 3, 6, 5, 8, 9]
  var y: [Double] { zip(x1, x2).map { 3 + 2 * $0 - $1 + 0.1 * sin($0 * $1) } }

  func diagnosis(_ predictors: [RegressionData.Predictor], intercept: Bool = true)
    -> CollinearityDiagnosis?
  {
    do {
      _ = try LinearRegression.fit(
        RegressionData(response: y, predictors: predictors),
        specification: .init(includesIntercept: intercept))
      return nil
    } catch {
      guard case .rankDeficient(let diagnosis) = error else { return nil }
      return diagnosis
    }
  }

  @Test func exactLinearCombinationIsNamed() throws {
    let total = zip(x1, x2).map { $0 + $1 }
    let found = try #require(
      diagnosis([
        .init(name: "rsa", values: x1), .init(name: "apa", values: x2),
        .init(name: "total", values: total),
      ]))
    #expect(found.rank == 3 && found.columnCount == 4)
    let relation = try #require(found.relations.first)
    #expect(relation.isExact)
    #expect(Set(relation.involved) == ["rsa", "apa", "total"])
    #expect(found.explanation.contains("="))
  }

  @Test func constantPredictorIsCollinearWithTheIntercept() throws {
    let found = try #require(
      diagnosis([
        .init(name: "x1", values: x1), .init(name: "flat", values: Array(repeating: 5, count: 8)),
      ]))
    #expect(Set(found.relations[0].involved) == ["(Intercept)", "flat"])
  }

  @Test func duplicatedColumnIsNamed() throws {
    let found = try #require(
      diagnosis([.init(name: "a", values: x1), .init(name: "b", values: x1)], intercept: false))
    #expect(found.relations[0].equation == "a = 1·b" || found.relations[0].equation == "b = 1·a")
  }

  @Test func nearCollinearityIsAWarningNotAnError() throws {
    let nearly = x1.enumerated().map { $0.element + 1e-6 * Double($0.offset % 2) }
    let fit = try LinearRegression.fit(
      RegressionData(
        response: y,
        predictors: [.init(name: "x1", values: x1), .init(name: "nearly", values: nearly)]))
    #expect(fit.warnings.contains { $0.contains("near-collinearity") && $0.contains("nearly") })
  }

  @Test func invalidInputIsRefusedWithTheReason() {
    let data = RegressionData(response: y, predictors: [.init(name: "x1", values: x1)])
    #expect(throws: RegressionError.tooFewObservations(observations: 2, coefficients: 2)) {
      try LinearRegression.fit(
        RegressionData(response: [1, 2], predictors: [.init(name: "x", values: [1, 2])]))
    }
    #expect(throws: RegressionError.nonFiniteValue(column: "x", row: 2)) {
      try LinearRegression.fit(
        RegressionData(response: [1, 2, 3], predictors: [.init(name: "x", values: [1, .nan, 3])]))
    }
    var weighted = data
    weighted.weights = [1, 1, 0, 1, 1, 1, 1, 1]
    #expect(throws: RegressionError.invalidWeight(row: 3, value: 0)) {
      try LinearRegression.fit(weighted)
    }
    #expect(throws: RegressionError.invalidRidgePenalty(-1)) {
      try LinearRegression.fit(data, specification: .init(ridgePenalty: -1))
    }
  }

  @Test func exactFitIsReportedNotHidden() throws {
    let exact = x1.map { 1 + 2 * $0 }
    let fit = try LinearRegression.fit(
      RegressionData(response: exact, predictors: [.init(name: "x", values: x1)]))
    #expect(abs(fit.estimates[0] - 1) < 1e-14 && abs(fit.estimates[1] - 2) < 1e-14)
    #expect(fit.residualStandardError < 1e-14)
    #expect(fit.warnings.contains { $0.contains("exact fit") })
  }
}
