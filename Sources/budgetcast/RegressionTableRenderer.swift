import Foundation
import Regression

/// The human-readable regression table printed by `regress`.
struct RegressionTableRenderer {
  let fit: FittedRegression
  let target: String
  let file: String

  static func methodName(_ fit: FittedRegression) -> String {
    if let penalty = fit.specification.ridgePenalty { return "ridge (λ = \(number(penalty)))" }
    return fit.specification.includesIntercept ? "least squares" : "least squares without intercept"
  }

  static func number(_ value: Double?, digits: Int = 6) -> String {
    guard let value else { return "—" }
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value > 0 ? "Inf" : "-Inf" }
    return String(format: "%.\(digits)g", value)
  }

  static func pValue(_ p: Double) -> String {
    p < 2.2e-16 ? "<2.2e-16" : number(p, digits: 3)
  }

  func rendered() -> String {
    let percent = Self.number(fit.confidenceLevel * 100, digits: 4)
    let header = [
      "", "Estimate", "Std. error", "t value", "Pr(>|t|)", "\(percent)% lower", "\(percent)% upper",
    ]
    let rows = fit.coefficients.map { c in
      [
        c.name, Self.number(c.estimate, digits: 10), Self.number(c.standardError, digits: 6),
        Self.number(c.tStatistic, digits: 5), Self.pValue(c.pValue),
        Self.number(c.lower, digits: 8), Self.number(c.upper, digits: 8),
      ]
    }
    let widths = header.indices.map { j in
      ([header[j]] + rows.map { $0[j] }).map(\.count).max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { j, cell in
        j == 0
          ? cell.padding(toLength: widths[j], withPad: " ", startingAt: 0)
          : String(repeating: " ", count: widths[j] - cell.count) + cell
      }.joined(separator: "  ")
    }
    let predictors = fit.coefficients.map(\.name).filter { $0 != LinearRegression.interceptName }
    var text =
      [
        "Linear regression of \(target) on \(predictors.joined(separator: ", ")) — \(Self.methodName(fit))",
        "Data: \(file), \(fit.observationCount) observations",
        "",
        line(header),
      ] + rows.map(line)
    text.append("")
    text.append(
      "Residual standard error: \(Self.number(fit.residualStandardError)) on \(Self.number(fit.residualDegreesOfFreedom)) degrees of freedom"
    )
    text.append(
      "R²: \(Self.number(fit.rSquared, digits: 8)), adjusted R²: \(Self.number(fit.adjustedRSquared, digits: 8))"
    )
    if let f = fit.fStatistic, let p = fit.fPValue {
      text.append(
        "F statistic: \(Self.number(f)) on \(Self.number(fit.fNumeratorDegrees)) and \(Self.number(fit.residualDegreesOfFreedom)) DF, p-value: \(Self.pValue(p))"
      )
    }
    text.append(
      "Log-likelihood: \(Self.number(fit.logLikelihood, digits: 8)), AIC: \(Self.number(fit.aic, digits: 8)), AICc: \(Self.number(fit.aicc, digits: 8)), BIC: \(Self.number(fit.bic, digits: 8))"
    )
    text.append(
      "Rank \(fit.rank) of \(fit.coefficients.count); condition number of the equilibrated design: \(Self.number(fit.conditionNumber, digits: 4))"
    )
    for warning in fit.warnings { text.append("Warning: \(warning)") }
    return text.joined(separator: "\n")
  }
}
