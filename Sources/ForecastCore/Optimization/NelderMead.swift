/// Derivative-free minimisation by the Nelder–Mead simplex method.
///
/// Standard coefficients (reflection 1, expansion 2, contraction ½, shrink ½) and
/// the stopping rule of R's `optim`: stop when the spread of the simplex values
/// falls below `relativeTolerance·(|f_best| + relativeTolerance)`, or after
/// `maximumEvaluations`. Constraints are the caller's business: return
/// `.infinity` outside the feasible region (the simplex then moves away from it)
/// or optimise over transformed parameters.
///
/// The objective receives a buffer that is only valid during the call, so that no
/// array is allocated per evaluation (this routine runs millions of times in an
/// M3 benchmark).
public struct NelderMead: Sendable {
  /// The result of a minimisation.
  public struct Result: Sendable {
    /// The best point found.
    public var point: [Double]
    /// The objective at `point`.
    public var value: Double
    /// Number of objective evaluations used.
    public var evaluations: Int
    /// Whether the tolerance was met before the evaluation budget ran out.
    public var converged: Bool
  }

  /// Stop when the simplex's value spread is below this, relative to the best value.
  public var relativeTolerance: Double
  /// Evaluation budget.
  public var maximumEvaluations: Int

  /// An optimiser; the defaults are those of R's `optim` (reltol ≈ 1.5e-8).
  public init(
    relativeTolerance: Double = 1.490_116_119_384_765_6e-8, maximumEvaluations: Int = 2_000
  ) {
    self.relativeTolerance = relativeTolerance
    self.maximumEvaluations = maximumEvaluations
  }

  /// Minimises `objective` from `start`, with initial simplex edges `step`.
  public func minimize(
    start: [Double], step: [Double], objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    guard n > 0 else {
      let value = start.withUnsafeBufferPointer { objective($0) }
      return Result(point: start, value: value, evaluations: 1, converged: true)
    }
    // Simplex vertices stored row by row: vertex i at [i*n, (i+1)*n).
    var simplex = [Double](repeating: 0, count: (n + 1) * n)
    var values = [Double](repeating: 0, count: n + 1)
    var centroid = [Double](repeating: 0, count: n)
    var trial = [Double](repeating: 0, count: n)
    var second = [Double](repeating: 0, count: n)
    var evaluations = 0
    func evaluate(_ point: UnsafeBufferPointer<Double>) -> Double {
      evaluations += 1
      let value = objective(point)
      return value.isNaN ? .infinity : value
    }
    for i in 0...n {
      for j in 0..<n { simplex[i * n + j] = start[j] + (i == j + 1 ? step[j] : 0) }
      values[i] = simplex.withUnsafeBufferPointer {
        evaluate(UnsafeBufferPointer(rebasing: $0[(i * n)..<((i + 1) * n)]))
      }
    }
    // Running sum of all vertices, so that each centroid costs O(n), not O(n²).
    var total = [Double](repeating: 0, count: n)
    func recomputeTotal() {
      for j in 0..<n {
        var sum = 0.0
        for i in 0...n { sum += simplex[i * n + j] }
        total[j] = sum
      }
    }
    recomputeTotal()
    var converged = false
    while evaluations < maximumEvaluations {
      // Order: best (lowest) and worst (highest), second worst.
      var best = 0
      var worst = 0
      for i in 1...n {
        if values[i] < values[best] { best = i }
        if values[i] > values[worst] { worst = i }
      }
      var secondWorst = best
      for i in 0...n where i != worst && values[i] > values[secondWorst] { secondWorst = i }
      let spread = values[worst] - values[best]
      if values[best].isFinite,
        spread <= relativeTolerance * (abs(values[best]) + relativeTolerance)
      {
        converged = true
        break
      }
      for j in 0..<n { centroid[j] = (total[j] - simplex[worst * n + j]) / Double(n) }
      // Reflection.
      for j in 0..<n { trial[j] = centroid[j] + (centroid[j] - simplex[worst * n + j]) }
      let reflected = trial.withUnsafeBufferPointer { evaluate($0) }
      if reflected < values[best] {
        // Expansion.
        for j in 0..<n { second[j] = centroid[j] + 2 * (centroid[j] - simplex[worst * n + j]) }
        let expanded = second.withUnsafeBufferPointer { evaluate($0) }
        if expanded < reflected {
          replace(&simplex, &values, &total, worst, second, expanded, n)
        } else {
          replace(&simplex, &values, &total, worst, trial, reflected, n)
        }
      } else if reflected < values[secondWorst] {
        replace(&simplex, &values, &total, worst, trial, reflected, n)
      } else {
        // Contraction, outside or inside.
        let outside = reflected < values[worst]
        for j in 0..<n {
          let from = outside ? trial[j] : simplex[worst * n + j]
          second[j] = centroid[j] + 0.5 * (from - centroid[j])
        }
        let contracted = second.withUnsafeBufferPointer { evaluate($0) }
        if contracted < Swift.min(reflected, values[worst]) {
          replace(&simplex, &values, &total, worst, second, contracted, n)
        } else {
          // Shrink towards the best vertex.
          for i in 0...n where i != best {
            for j in 0..<n {
              simplex[i * n + j] =
                simplex[best * n + j] + 0.5 * (simplex[i * n + j] - simplex[best * n + j])
            }
            values[i] = simplex.withUnsafeBufferPointer {
              evaluate(UnsafeBufferPointer(rebasing: $0[(i * n)..<((i + 1) * n)]))
            }
          }
          recomputeTotal()
        }
      }
    }
    var best = 0
    for i in 1...n where values[i] < values[best] { best = i }
    return Result(
      point: Array(simplex[(best * n)..<((best + 1) * n)]), value: values[best],
      evaluations: evaluations,
      converged: converged)
  }

  private func replace(
    _ simplex: inout [Double], _ values: inout [Double], _ total: inout [Double], _ index: Int,
    _ point: [Double], _ value: Double, _ n: Int
  ) {
    for j in 0..<n {
      total[j] += point[j] - simplex[index * n + j]
      simplex[index * n + j] = point[j]
    }
    values[index] = value
  }
}
