/// The thin singular value decomposition `A = U·diag(σ)·Vᵀ` of an m×n matrix.
///
/// Singular values are in decreasing order. The corresponding LAPACK routine is
/// `dgesdd` (divide and conquer).
public struct SingularValueDecomposition: Sendable {
  /// σ₁ ≥ σ₂ ≥ … ≥ σₖ ≥ 0, k = min(m, n).
  public let values: [Double]
  /// U, m×k.
  public let u: Matrix
  /// Vᵀ, k×n; row i is the right singular vector of σᵢ.
  public let vt: Matrix

  /// Decomposes `a`.
  ///
  /// - Throws: `LinearAlgebraError` for NaN/infinity or if the iteration fails to converge.
  public init(_ a: Matrix) throws(LinearAlgebraError) {
    guard a.isFinite else { throw LinearAlgebraError(routine: "dgesdd", .nonFiniteInput) }
    let k = Swift.min(a.rows, a.columns)
    var work = a
    var s = [Double](repeating: 0, count: k)
    var u = Matrix(rows: a.rows, columns: k)
    var vt = Matrix(rows: k, columns: a.columns)
    if k > 0 {
      try LAPACKFunnel.dgesdd(
        wantVectors: true, m: a.rows, n: a.columns, a: &work.elements, lda: a.rows, s: &s,
        u: &u.elements, ldu: a.rows, vt: &vt.elements, ldvt: Swift.max(1, k))
    }
    values = s
    self.u = u
    self.vt = vt
  }

  /// The 2-norm condition number σ₁/σₖ (infinite when σₖ = 0).
  public var conditionNumber: Double {
    guard let first = values.first, let last = values.last else { return 1 }
    return last > 0 ? first / last : .infinity
  }

  /// The numerical rank: the number of σᵢ above `relativeTolerance·σ₁`.
  public func rank(relativeTolerance: Double) -> Int {
    guard let first = values.first, first > 0 else { return 0 }
    return values.filter { $0 > relativeTolerance * first }.count
  }
}

/// The minimum-norm least-squares solution from `dgelsd`.
public struct MinimumNormLeastSquares: Sendable {
  /// The solution x minimising ‖A·x − b‖₂, and ‖x‖₂ among minimisers.
  public let solution: [Double]
  /// The effective rank: singular values ≤ `rankTolerance·σ₁` are treated as zero.
  public let rank: Int
  /// Singular values of A, decreasing.
  public let singularValues: [Double]

  /// Solves `min ‖A·x − b‖₂` by SVD with an explicit relative rank tolerance.
  ///
  /// `rankTolerance` must be positive: with LAPACK's default (machine precision,
  /// `rcond = −1`) two identical columns were measured to come out as rank 2 with a
  /// meaningless solution, so the caller must choose, for instance `1e-10`.
  ///
  /// The corresponding LAPACK routine is `dgelsd`.
  public init(_ a: Matrix, _ b: [Double], rankTolerance: Double) throws(LinearAlgebraError) {
    guard rankTolerance > 0, rankTolerance < 1 else {
      throw LinearAlgebraError(
        routine: "dgelsd", .dimensionMismatch("rank tolerance must lie in (0, 1)"))
    }
    guard b.count == a.rows, a.columns > 0, a.rows > 0 else {
      throw LinearAlgebraError(
        routine: "dgelsd", .dimensionMismatch("A is \(a.rows)×\(a.columns), b has \(b.count) rows"))
    }
    guard a.isFinite, b.allSatisfy(\.isFinite) else {
      throw LinearAlgebraError(routine: "dgelsd", .nonFiniteInput)
    }
    var work = a
    let ldb = Swift.max(a.rows, a.columns)
    var rhs = b + [Double](repeating: 0, count: ldb - a.rows)
    var s = [Double](repeating: 0, count: Swift.min(a.rows, a.columns))
    rank = try LAPACKFunnel.dgelsd(
      m: a.rows, n: a.columns, nrhs: 1, a: &work.elements, lda: a.rows, b: &rhs, ldb: ldb, s: &s,
      rcond: rankTolerance)
    solution = Array(rhs.prefix(a.columns))
    singularValues = s
  }
}
