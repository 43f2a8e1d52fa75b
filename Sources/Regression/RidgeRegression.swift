import LinearAlgebra

/// Ridge regression on standardised predictors.
///
/// Predictors are centred (when there is an intercept) and scaled to unit
/// (weighted) root mean square, as `MASS::lm.ridge` does, so that one penalty λ means
/// the same for a rate in percent and an amount in euros. With `Z` the standardised,
/// √w-weighted design and `Z = U·diag(σ)·Vᵀ` its SVD (`dgesdd`):
///
/// - standardised coefficients `b = V·diag(σ/(σ² + λ))·Uᵀy_c`;
/// - effective degrees of freedom `df = Σσ²/(σ² + λ)` (+1 for the intercept), used
///   for σ̂², the t distribution and the information criteria;
/// - covariance `σ̂²·V·diag(σ²/(σ² + λ)²)·Vᵀ` (the sandwich form; ridge is biased, so
///   intervals and p-values describe variability around the shrunk estimate and are
///   approximate);
/// - the intercept is `ȳ − x̄ᵀβ`, never penalised.
struct RidgeRegression {
  let data: RegressionData
  let specification: RegressionSpecification
  let penalty: Double

  func fit() throws(RegressionError) -> FittedRegression {
    let n = data.count
    let q = data.predictors.count
    let intercept = specification.includesIntercept
    let w = data.weights ?? [Double](repeating: 1, count: n)
    let totalWeight = w.reduce(0, +)
    let rootWeights = w.map { $0.squareRoot() }
    func weightedMean(_ values: [Double]) -> Double {
      intercept ? zip(w, values).reduce(0) { $0 + $1.0 * $1.1 } / totalWeight : 0
    }
    let means = data.predictors.map { weightedMean($0.values) }
    let responseMean = weightedMean(data.response)
    var scales = [Double](repeating: 1, count: q)
    var standardised = Matrix(rows: n, columns: q)
    for (j, predictor) in data.predictors.enumerated() {
      let meanSquare =
        zip(w, predictor.values).reduce(0) { $0 + $1.0 * ($1.1 - means[j]) * ($1.1 - means[j]) }
        / totalWeight
      guard meanSquare > 0 else { throw .constantPredictor(predictor.name) }
      scales[j] = meanSquare.squareRoot()
      for i in 0..<n {
        standardised[i, j] = rootWeights[i] * (predictor.values[i] - means[j]) / scales[j]
      }
    }
    let centredResponse = (0..<n).map { rootWeights[$0] * (data.response[$0] - responseMean) }
    let svd = try LinearRegression.linearAlgebra { () throws(LinearAlgebraError) in
      try SingularValueDecomposition(standardised)
    }
    let uty = try LinearRegression.linearAlgebra { () throws(LinearAlgebraError) in
      try svd.u.multiplied(by: centredResponse, transposeSelf: true)
    }
    let sigma = svd.values
    var slopes = [Double](repeating: 0, count: q)
    var slopeCovariance = Matrix(rows: q, columns: q)
    for k in sigma.indices {
      let shrink = sigma[k] / (sigma[k] * sigma[k] + penalty)
      let variance = shrink * shrink
      for j in 0..<q {
        slopes[j] += svd.vt[k, j] * shrink * uty[k] / scales[j]
        for l in 0..<q {
          slopeCovariance[j, l] += svd.vt[k, j] * svd.vt[k, l] * variance / (scales[j] * scales[l])
        }
      }
    }
    let effectiveDegrees = sigma.reduce(0) { $0 + $1 * $1 / ($1 * $1 + penalty) }
    let (estimates, covariance) = withIntercept(
      slopes, slopeCovariance, means, responseMean, totalWeight)
    let design = data.designMatrix(includesIntercept: intercept)
    let residuals = LeastSquares.residual(design, estimates, data.response)
    let tolerance = Double(Swift.max(n, q)) * Double.ulpOfOne * (sigma.first ?? 0)
    let inference = RegressionInference(
      names: data.columnNames(includesIntercept: intercept), estimates: estimates,
      unscaledCovariance: covariance, response: data.response,
      fitted: zip(data.response, residuals).map { $0 - $1 }, residuals: residuals,
      weights: data.weights, modelDegrees: effectiveDegrees + (intercept ? 1 : 0),
      rank: sigma.filter { $0 > tolerance }.count + (intercept ? 1 : 0),
      conditionNumber: svd.conditionNumber, warnings: [])
    return inference.fitted(specification: specification)
  }

  /// Prepends the intercept ȳ − x̄ᵀβ and its (co)variances when there is one.
  func withIntercept(
    _ slopes: [Double], _ slopeCovariance: Matrix, _ means: [Double], _ responseMean: Double,
    _ totalWeight: Double
  ) -> ([Double], Matrix) {
    guard specification.includesIntercept else { return (slopes, slopeCovariance) }
    let q = slopes.count
    let intercept = responseMean - zip(means, slopes).reduce(0) { $0 + $1.0 * $1.1 }
    var covariance = Matrix(rows: q + 1, columns: q + 1)
    var meanTimesCovariance = [Double](repeating: 0, count: q)
    for j in 0..<q {
      for l in 0..<q { meanTimesCovariance[j] += means[l] * slopeCovariance[l, j] }
    }
    covariance[0, 0] =
      1 / totalWeight + zip(meanTimesCovariance, means).reduce(0) { $0 + $1.0 * $1.1 }
    for j in 0..<q {
      covariance[0, j + 1] = -meanTimesCovariance[j]
      covariance[j + 1, 0] = -meanTimesCovariance[j]
      for l in 0..<q { covariance[j + 1, l + 1] = slopeCovariance[j, l] }
    }
    return ([intercept] + slopes, covariance)
  }
}
