import LinearAlgebra

/// The multipliers of a constraint system made singular by held values that repeat
/// each other: an aggregate and every series under it held at once.
///
/// The k×k system `M·λ = d` (UᵀWU for a projection, A·D·Aᵀ for a pro-rata spread) is
/// then rank deficient, and Cholesky fails or leaves a meaningless pivot. Its
/// minimum-norm least-squares solution by SVD (`dgelsd`, singular values below 10⁻¹⁰
/// of the largest treated as zero) satisfies every constraint when the held values
/// agree, and none of the redundant ones are then needed; when they contradict each
/// other no λ meets them all, which the caller detects on the result
/// (``isMet(_:scale:)``) and reports by name.
enum RedundantConstraints {
  /// Relative singular-value threshold of the rank decision.
  static let rankTolerance = 1e-10
  /// Relative size of a constraint residual still counted as met (rounding).
  static let residualTolerance = 1e-9

  /// λ for each right-hand side of `rhs` (the columns of the result) of a system
  /// whose constraints come from held values: by Cholesky (`dpotrf`/`dpotrs`) when it
  /// is well conditioned (reciprocal condition number at least 10⁻¹², rounding may
  /// leave a tiny positive pivot on a singular one), else by ``solve(_:_:)``.
  static func multipliers(_ system: Matrix, _ rhs: [[Double]]) throws(LinearAlgebraError)
    -> Matrix
  {
    if let cholesky = try? CholeskyFactorization(system),
      try cholesky.reciprocalConditionNumber() >= 1e-12
    {
      return try cholesky.solve(Matrix(columns: rhs))
    }
    return try solve(system, rhs)
  }

  /// λ for each right-hand side of `rhs`, as the columns of a k×(count of rhs) matrix.
  static func solve(_ system: Matrix, _ rhs: [[Double]]) throws(LinearAlgebraError) -> Matrix {
    var columns: [[Double]] = []
    for d in rhs {
      columns.append(
        try MinimumNormLeastSquares(system, d, rankTolerance: rankTolerance).solution)
    }
    return Matrix(columns: columns)
  }

  /// Whether residuals of constraints on values of size `scale` are rounding only.
  static func isMet(_ residuals: [Double], scale: Double) -> Bool {
    residuals.allSatisfy { abs($0) <= residualTolerance * Swift.max(scale, 1) }
  }
}
