import LinearAlgebra

/// Forecast reconciliation methods.
public enum ReconciliationMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Bottom-up: the bottom forecasts, summed.
  case bottomUp = "bu"
  /// Top-down with forecast proportions (Athanasopoulos, Ahmed & Hyndman 2009).
  case topDown = "td"
  /// MinT with W = I (Hyndman et al. 2011).
  case ols
  /// MinT with W = diag(number of bottom series under each node) (Athanasopoulos et al. 2017).
  case wlsStructural = "wls"
  /// MinT with W = diag(in-sample one-step residual variances).
  case wlsVariance = "wls-var"
  /// MinT with W the Schäfer–Strimmer shrinkage of the residual covariance
  /// (Wickramasuriya, Athanasopoulos & Hyndman 2019).
  case minTraceShrink = "mint-shrink"

  /// Whether the method needs in-sample residuals.
  public var needsResiduals: Bool { self == .wlsVariance || self == .minTraceShrink }
}

/// Why reconciliation failed.
public enum ReconciliationError: Error, Sendable, Hashable, CustomStringConvertible {
  case dimensionMismatch(String)
  case missingResiduals(ReconciliationMethod)
  case notATree
  case illConditioned(ReconciliationMethod, LinearAlgebraError)
  case inconsistentHeldValues([Int])

  public var description: String {
    switch self {
    case .dimensionMismatch(let detail): return "dimension mismatch: \(detail)"
    case .missingResiduals(let m): return "\(m.rawValue) needs in-sample residuals of every series"
    case .notATree:
      return "top-down needs a tree hierarchy (every series but the roots has one parent)"
    case .illConditioned(let m, let error):
      return "\(m.rawValue): the covariance system is ill-conditioned (\(error))"
    case .inconsistentHeldValues(let series):
      return
        "the values held fixed for series \(series.map(String.init).joined(separator: ", ")) cannot all "
        + "hold at once (an aggregate and every series under it are all fixed: contradictory or redundant; release one)"
    }
  }
}

/// Makes base forecasts coherent with a hierarchy.
///
/// The MinT family is solved in its projection form (Wickramasuriya et al. 2019; as
/// hierarchicalforecast does): with `Uᵀ = [I_k, −C]` spanning the constraints,
/// `ỹ = ŷ − W·U·(UᵀWU)⁻¹·Uᵀŷ`, where the k×k system is solved by Cholesky
/// (`dpotrf`/`dpotrs`); no n×n matrix is ever inverted, and W is only materialised
/// for MinT-shrink. The result is coherent to rounding: `Uᵀỹ = 0`.
public enum Reconciler {
  /// Reconciles `base` (one forecast per series, aggregates first).
  ///
  /// Series in `held` keep the value given there (human overrides): the MinT family
  /// gives them zero variance, so the projection cannot move them and the others
  /// absorb the difference in proportion to their own weights; bottom-up and top-down
  /// reconcile first and then spread the difference pro rata (``HeldValues``).
  ///
  /// - Parameter residuals: in-sample one-step residuals, `residuals[t][series]`,
  ///   for `wls-var` and `mint-shrink`.
  /// - Parameter held: values to hold fixed, by series index.
  public static func reconcile(
    _ base: [Double], structure: HierarchyStructure, method: ReconciliationMethod,
    residuals: [[Double]]? = nil, holding held: [Int: Double] = [:]
  ) throws(ReconciliationError) -> [Double] {
    try reconcile(
      [base], structure: structure, method: method, residuals: residuals, holding: held
    ).first ?? base
  }

  /// Reconciles several vectors of base forecasts (the years of a horizon) with the
  /// same held values: W, its product with U and the Cholesky factor of UᵀWU are
  /// computed once for all of them.
  public static func reconcile(
    _ bases: [[Double]], structure: HierarchyStructure, method: ReconciliationMethod,
    residuals: [[Double]]? = nil, holding held: [Int: Double] = [:]
  ) throws(ReconciliationError) -> [[Double]] {
    let n = structure.seriesCount
    if let wrong = bases.first(where: { $0.count != n }) {
      throw .dimensionMismatch("\(wrong.count) forecasts for \(n) series")
    }
    guard held.keys.allSatisfy({ (0..<n).contains($0) }) else {
      throw .dimensionMismatch("a held series is outside 0..<\(n)")
    }
    let bases = bases.map { base in
      var base = base
      for (index, value) in held { base[index] = value }
      return base
    }
    switch method {
    case .bottomUp, .topDown:
      return try bases.map { base throws(ReconciliationError) in
        let coherent =
          method == .bottomUp
          ? structure.aggregate(Array(base[structure.aggregateCount...]))
          : try TopDown.reconcile(base, structure: structure)
        return try HeldValues.spread(held, over: coherent, structure: structure)
      }
    case .ols:
      return try project(
        bases, structure: structure,
        weights: Weights.diagonal([Double](repeating: 1, count: n)).holding(held.keys),
        method: method, held: held.keys.sorted())
    case .wlsStructural:
      return try project(
        bases, structure: structure,
        weights: Weights.diagonal(structure.structuralWeights).holding(held.keys), method: method,
        held: held.keys.sorted())
    case .wlsVariance, .minTraceShrink:
      guard let residuals, !residuals.isEmpty, residuals.allSatisfy({ $0.count == n }) else {
        throw .missingResiduals(method)
      }
      let covariance = ShrinkageCovariance(residuals: residuals)
      let weights: Weights =
        method == .wlsVariance
        ? .diagonal(covariance.variances.map { $0 + 2e-8 }) : .dense(covariance.shrunk())
      return try project(
        bases, structure: structure, weights: weights.holding(held.keys), method: method,
        held: held.keys.sorted())
    }
  }

  /// W, diagonal or dense (n×n).
  enum Weights {
    case diagonal([Double])
    case dense(Matrix)

    /// `WU` (n×k), column i being `W·u_i` with `u_i = e_i − Σ_{j ∈ aggregate i} e_{k+j}`:
    /// filled directly for a diagonal W (k + n non-zeros, O(nk) work, what makes OLS and
    /// the WLS methods cheap on a 1,300-line budget); by one `dgemm` against U for a
    /// dense W.
    func timesU(_ structure: HierarchyStructure) throws(LinearAlgebraError) -> Matrix {
      let k = structure.aggregateCount
      let n = structure.seriesCount
      switch self {
      case .diagonal(let w):
        var wu = Matrix(rows: n, columns: k)
        for i in 0..<k {
          wu[i, i] = w[i]
          for j in structure.aggregates[i] { wu[k + j, i] = -w[k + j] }
        }
        return wu
      case .dense(let matrix):
        var u = Matrix(rows: n, columns: k)
        for i in 0..<k {
          u[i, i] = 1
          for j in structure.aggregates[i] { u[k + j, i] = -1 }
        }
        return try matrix.multiplied(by: u)
      }
    }

    /// W with zero variance (row and column) for the `held` series.
    func holding(_ held: some Collection<Int>) -> Weights {
      guard !held.isEmpty else { return self }
      switch self {
      case .diagonal(var w):
        for index in held { w[index] = 0 }
        return .diagonal(w)
      case .dense(var matrix):
        for index in held {
          for p in 0..<matrix.rows {
            matrix[p, index] = 0
            matrix[index, p] = 0
          }
        }
        return .dense(matrix)
      }
    }
  }

  /// `ỹ = ŷ − WU(UᵀWU)⁻¹Uᵀŷ` for each ŷ of `bases`, one factorisation for all.
  static func project(
    _ bases: [[Double]], structure: HierarchyStructure, weights: Weights,
    method: ReconciliationMethod, held: [Int] = []
  ) throws(ReconciliationError) -> [[Double]] {
    let k = structure.aggregateCount
    guard k > 0, !bases.isEmpty else { return bases }
    // Uᵀx for a vector x: x_i − Σ_{j ∈ aggregate i} x_{k+j}.
    func constraint(_ x: (Int) -> Double) -> [Double] {
      (0..<k).map { i in x(i) - structure.aggregates[i].reduce(0) { $0 + x(k + $1) } }
    }
    do {
      let wu = try weights.timesU(structure)
      // UᵀWU, k×k, symmetric positive definite when W is.
      var system = Matrix(rows: k, columns: k)
      for i in 0..<k {
        let row = constraint { wu[$0, i] }
        for r in 0..<k { system[r, i] = row[r] }
      }
      let discrepancies = bases.map { base in constraint { base[$0] } }
      // Held values can make the system singular (an aggregate and everything under
      // it fixed); without them a failure is the weights' and is reported as such.
      let lambda =
        held.isEmpty
        ? try CholeskyFactorization(system).solve(Matrix(columns: discrepancies))
        : try RedundantConstraints.multipliers(system, discrepancies)
      let correction = try wu.multiplied(by: lambda)
      let reconciled = bases.enumerated().map { h, base in
        base.indices.map { base[$0] - correction[$0, h] }
      }
      // Redundant held values pass only when they agree: the result is then coherent.
      for values in reconciled where !held.isEmpty {
        let scale = values.map(abs).max() ?? 0
        guard RedundantConstraints.isMet(constraint { values[$0] }, scale: scale) else {
          throw ReconciliationError.inconsistentHeldValues(held)
        }
      }
      return reconciled
    } catch let error as LinearAlgebraError {
      throw held.isEmpty ? .illConditioned(method, error) : .inconsistentHeldValues(held)
    } catch {
      throw .inconsistentHeldValues(held)
    }
  }
}
