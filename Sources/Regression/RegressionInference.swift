import ForecastCore
import LinearAlgebra
import RealModule

/// The numbers a least-squares solve leaves behind, turned into a `FittedRegression`.
struct RegressionInference {
  var names: [String]
  var estimates: [Double]
  /// (XᵀWX)⁻¹, or for ridge the matrix whose product with σ̂² is the covariance.
  var unscaledCovariance: Matrix
  var response: [Double]
  var fitted: [Double]
  var residuals: [Double]
  var weights: [Double]?
  /// Degrees of freedom used by the fit (p, or the effective df of ridge).
  var modelDegrees: Double
  var rank: Int
  var conditionNumber: Double
  var warnings: [String]

  func fitted(specification: RegressionSpecification) -> FittedRegression {
    let n = response.count
    let w = weights ?? [Double](repeating: 1, count: n)
    let intercept = specification.includesIntercept
    var rss = 0.0
    for i in 0..<n { rss += w[i] * residuals[i] * residuals[i] }
    let tss = totalSumOfSquares(weights: w, centred: intercept)
    let dfResidual = Double(n) - modelDegrees
    let sigma2 = dfResidual > 0 ? rss / dfResidual : .nan
    let sigma = sigma2.squareRoot()
    let t = StudentTDistribution(degreesOfFreedom: dfResidual)
    let critical = t.quantile(0.5 + specification.confidenceLevel / 2)
    var covariance = unscaledCovariance
    for j in 0..<covariance.columns {
      for i in 0..<covariance.rows { covariance[i, j] *= sigma2 }
    }
    let coefficients = names.indices.map { j -> FittedRegression.Coefficient in
      let se = Swift.max(covariance[j, j], 0).squareRoot()
      let statistic = estimates[j] / se
      return .init(
        name: names[j], estimate: estimates[j], standardError: se, tStatistic: statistic,
        pValue: statistic.isNaN ? .nan : t.twoSidedPValue(statistic),
        lower: estimates[j] - critical * se, upper: estimates[j] + critical * se)
    }
    let rSquared = tss > 0 ? 1 - rss / tss : .nan
    let interceptDegrees = intercept ? 1.0 : 0.0
    let adjusted = 1 - (1 - rSquared) * (Double(n) - interceptDegrees) / dfResidual
    let numerator = modelDegrees - interceptDegrees
    var fStatistic: Double? = nil
    var fPValue: Double? = nil
    if numerator > 0 {
      let f = ((tss - rss) / numerator) / sigma2
      fStatistic = f
      fPValue = FisherFDistribution(numeratorDegrees: numerator, denominatorDegrees: dfResidual)
        .upperTail(f)
    }
    let logLik = logLikelihood(rss: rss, weights: w)
    let k = modelDegrees + 1
    let aic = -2 * logLik + 2 * k
    let aicc = Double(n) - k - 1 > 0 ? aic + 2 * k * (k + 1) / (Double(n) - k - 1) : .infinity
    let bic = -2 * logLik + Double.log(Double(n)) * k
    var notes = warnings
    let responseNorm = zip(w, response).reduce(0) { $0 + $1.0 * $1.1 * $1.1 }.squareRoot()
    if rss.squareRoot() <= Double(n) * Double.ulpOfOne * responseNorm {
      notes.append(
        "exact fit: the residuals are zero up to rounding, so standard errors, t statistics"
          + " and p-values measure rounding noise, not uncertainty")
    }
    return FittedRegression(
      specification: specification, coefficients: coefficients, observationCount: n, rank: rank,
      residualDegreesOfFreedom: dfResidual, fittedValues: fitted, residuals: residuals,
      residualSumOfSquares: rss, rSquared: rSquared, adjustedRSquared: adjusted,
      residualStandardError: sigma, fStatistic: fStatistic, fNumeratorDegrees: numerator,
      fPValue: fPValue, logLikelihood: logLik, aic: aic, aicc: aicc, bic: bic,
      conditionNumber: conditionNumber, covariance: covariance, warnings: notes)
  }

  func totalSumOfSquares(weights w: [Double], centred: Bool) -> Double {
    var mean = 0.0
    if centred {
      let totalWeight = w.reduce(0, +)
      mean = zip(w, response).reduce(0) { $0 + $1.0 * $1.1 } / totalWeight
    }
    return zip(w, response).reduce(0) { $0 + $1.0 * ($1.1 - mean) * ($1.1 - mean) }
  }

  /// ℓ = ½(Σ ln wᵢ − n(ln 2π + 1 − ln n + ln Σwᵢrᵢ²)), as R's `logLik.lm`.
  func logLikelihood(rss: Double, weights w: [Double]) -> Double {
    let n = Double(response.count)
    let logWeights = w.reduce(0) { $0 + Double.log($1) }
    return 0.5 * (logWeights - n * (Double.log(2 * .pi) + 1 - Double.log(n) + Double.log(rss)))
  }
}
