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
/// array is allocated per evaluation, and the simplex lives in one unchecked buffer
/// (this routine runs millions of times in an M3 benchmark, on objectives that cost
/// less than its own bookkeeping).
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
    // One workspace: the simplex's vertices row by row (vertex i at [i*n, (i+1)*n)),
    // their values, the running sum of the vertices (so that each centroid costs O(n),
    // not O(n²)), the centroid and two trial points.
    let storage = UnsafeMutableBufferPointer<Double>.allocate(
      capacity: (n + 1) * n + (n + 1) + 4 * n)
    storage.initialize(repeating: 0)
    defer { storage.deallocate() }
    let workspace = Workspace(storage, n)
    return minimize(start: start, step: step, workspace: workspace, objective: objective)
  }

  /// The simplex and trial points, carved out of one buffer.
  private struct Workspace {
    let simplex, values, total, centroid, trial, second: UnsafeMutableBufferPointer<Double>

    init(_ storage: UnsafeMutableBufferPointer<Double>, _ n: Int) {
      var offset = 0
      func take(_ count: Int) -> UnsafeMutableBufferPointer<Double> {
        defer { offset += count }
        return UnsafeMutableBufferPointer(rebasing: storage[offset..<(offset + count)])
      }
      simplex = take((n + 1) * n)
      values = take(n + 1)
      total = take(n)
      centroid = take(n)
      trial = take(n)
      second = take(n)
    }

    func vertex(_ i: Int, _ n: Int) -> UnsafeBufferPointer<Double> {
      UnsafeBufferPointer(rebasing: simplex[(i * n)..<((i + 1) * n)])
    }

    func recomputeTotal(_ n: Int) {
      for j in 0..<n {
        var sum = 0.0
        for i in 0...n { sum += simplex[i * n + j] }
        total[j] = sum
      }
    }

    func replace(
      _ index: Int, with point: UnsafeMutableBufferPointer<Double>, _ value: Double, _ n: Int
    ) {
      for j in 0..<n {
        total[j] += point[j] - simplex[index * n + j]
        simplex[index * n + j] = point[j]
      }
      values[index] = value
    }
  }

  private func minimize(
    start: [Double], step: [Double], workspace w: Workspace,
    objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    let (simplex, values, total, centroid) = (w.simplex, w.values, w.total, w.centroid)
    let (trial, second) = (w.trial, w.second)
    var evaluations = 0
    func evaluate(_ point: UnsafeBufferPointer<Double>) -> Double {
      evaluations += 1
      let value = objective(point)
      return value.isNaN ? .infinity : value
    }
    for i in 0...n {
      for j in 0..<n { simplex[i * n + j] = start[j] + (i == j + 1 ? step[j] : 0) }
      values[i] = evaluate(w.vertex(i, n))
    }
    w.recomputeTotal(n)
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
      let reflected = evaluate(UnsafeBufferPointer(trial))
      if reflected < values[best] {
        // Expansion.
        for j in 0..<n { second[j] = centroid[j] + 2 * (centroid[j] - simplex[worst * n + j]) }
        let expanded = evaluate(UnsafeBufferPointer(second))
        if expanded < reflected {
          w.replace(worst, with: second, expanded, n)
        } else {
          w.replace(worst, with: trial, reflected, n)
        }
      } else if reflected < values[secondWorst] {
        w.replace(worst, with: trial, reflected, n)
      } else {
        // Contraction, outside or inside.
        let outside = reflected < values[worst]
        for j in 0..<n {
          let from = outside ? trial[j] : simplex[worst * n + j]
          second[j] = centroid[j] + 0.5 * (from - centroid[j])
        }
        let contracted = evaluate(UnsafeBufferPointer(second))
        if contracted < Swift.min(reflected, values[worst]) {
          w.replace(worst, with: second, contracted, n)
        } else {
          // Shrink towards the best vertex.
          for i in 0...n where i != best {
            for j in 0..<n {
              simplex[i * n + j] =
                simplex[best * n + j] + 0.5 * (simplex[i * n + j] - simplex[best * n + j])
            }
            values[i] = evaluate(w.vertex(i, n))
          }
          w.recomputeTotal(n)
        }
      }
    }
    var best = 0
    for i in 1...n where values[i] < values[best] { best = i }
    return Result(
      point: Array(w.vertex(best, n)), value: values[best], evaluations: evaluations,
      converged: converged)
  }
}
