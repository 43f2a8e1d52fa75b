import BudgetcastTestSupport
import LinearAlgebra
import Regression
import Testing

/// OLS, WLS, no-intercept and ridge fits of R's `stackloss` data against `lm`,
/// `summary.lm`, `logLik`, `AIC`, `BIC`, `predict.lm` and `MASS::lm.ridge`
/// (Golden/make_regression_golden.R).
@Suite("Regression against R")
struct RegressionAgainstRTests {
  struct Case: Decodable {
    var estimate, stdError, t, p, lower, upper: [Double]
    var r2, adjR2, sigma, logLik, aic, aicc, bic: Double
    var fStatistic: Double?
    var confidenceFit, confidenceLower, confidenceUpper, predictionLower, predictionUpper: [Double]
  }

  struct Golden: Decodable {
    var response, airFlow, waterTemp, acidConc, weights: [Double]
    var newAirFlow, newWaterTemp, newAcidConc: [Double]
    var ols, wls, noIntercept: Case
    var ridgeLambda: Double
    var ridgeCoefficients: [Double]
  }

  let golden: Golden
  init() throws { golden = try GoldenFile.load(Golden.self, named: "regression_golden.json") }

  func data(weighted: Bool) -> RegressionData {
    RegressionData(
      response: golden.response,
      predictors: [
        .init(name: "Air.Flow", values: golden.airFlow),
        .init(name: "Water.Temp", values: golden.waterTemp),
        .init(name: "Acid.Conc.", values: golden.acidConc),
      ],
      weights: weighted ? golden.weights : nil)
  }

  func expectClose(_ values: [Double], _ reference: [Double], _ tolerance: Double, _ label: String)
  {
    #expect(
      values.count == reference.count, "\(label): \(values.count) values, R has \(reference.count)")
    for (value, expected) in zip(values, reference) {
      let difference = GoldenFile.relativeDifference(value, expected)
      #expect(difference <= tolerance, "\(label): \(value) vs R \(expected)")
    }
  }

  func check(_ fit: FittedRegression, against r: Case, _ name: String) throws {
    expectClose(fit.estimates, r.estimate, 1e-12, "\(name) estimates")
    expectClose(fit.coefficients.map(\.standardError), r.stdError, 1e-11, "\(name) standard errors")
    expectClose(fit.coefficients.map(\.tStatistic), r.t, 1e-11, "\(name) t")
    expectClose(fit.coefficients.map(\.pValue), r.p, 1e-9, "\(name) p")
    expectClose(fit.coefficients.map(\.lower), r.lower, 1e-11, "\(name) lower")
    expectClose(fit.coefficients.map(\.upper), r.upper, 1e-11, "\(name) upper")
    expectClose(
      [
        fit.rSquared, fit.adjustedRSquared, fit.residualStandardError, fit.logLikelihood, fit.aic,
        fit.aicc, fit.bic,
      ],
      [r.r2, r.adjR2, r.sigma, r.logLik, r.aic, r.aicc, r.bic], 1e-12, "\(name) fit statistics")
    if let f = r.fStatistic { expectClose([fit.fStatistic ?? .nan], [f], 1e-11, "\(name) F") }
    let rows = (0..<golden.newAirFlow.count).map {
      [golden.newAirFlow[$0], golden.newWaterTemp[$0], golden.newAcidConc[$0]]
    }
    let predictions = try fit.predict(rows: rows, level: 0.9)
    expectClose(predictions.map(\.mean), r.confidenceFit, 1e-12, "\(name) predictions")
    expectClose(
      predictions.map(\.confidenceInterval.lowerBound), r.confidenceLower, 1e-11,
      "\(name) confidence lower")
    expectClose(
      predictions.map(\.confidenceInterval.upperBound), r.confidenceUpper, 1e-11,
      "\(name) confidence upper")
    expectClose(
      predictions.map(\.predictionInterval.lowerBound), r.predictionLower, 1e-11,
      "\(name) prediction lower")
    expectClose(
      predictions.map(\.predictionInterval.upperBound), r.predictionUpper, 1e-11,
      "\(name) prediction upper")
  }

  @Test func ordinaryLeastSquares() throws {
    try check(
      LinearRegression.fit(data(weighted: false), ),
      against: golden.ols, "OLS")
  }

  @Test func weightedLeastSquares() throws {
    try check(
      LinearRegression.fit(data(weighted: true), ),
      against: golden.wls, "WLS")
  }

  @Test func withoutIntercept() throws {
    let fit = try LinearRegression.fit(
      data(weighted: false), specification: .init(includesIntercept: false))
    try check(fit, against: golden.noIntercept, "no intercept")
  }

  @Test func ridgeMatchesMASS() throws {
    let fit = try LinearRegression.fit(
      data(weighted: false), specification: .init(ridgePenalty: golden.ridgeLambda))
    expectClose(fit.estimates, golden.ridgeCoefficients, 1e-12, "ridge coefficients")
    #expect(fit.residualDegreesOfFreedom > 21 - 4 && fit.residualDegreesOfFreedom < 21 - 1)
  }

  @Test func ridgeWithZeroPenaltyIsOrdinaryLeastSquares() throws {
    let ridge = try LinearRegression.fit(
      data(weighted: true), specification: .init(ridgePenalty: 0))
    let ordinary = try LinearRegression.fit(data(weighted: true))
    expectClose(ridge.estimates, ordinary.estimates, 1e-11, "λ = 0")
    expectClose(
      ridge.coefficients.map(\.standardError), ordinary.coefficients.map(\.standardError), 1e-10,
      "λ = 0 standard errors")
  }
}
