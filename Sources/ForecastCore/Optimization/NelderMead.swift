/// Derivative-free minimisation by the Nelder–Mead simplex method.
///
/// By default, standard coefficients (reflection 1, expansion 2, contraction ½,
/// shrink ½) and the stopping rule of R's `optim`: stop when the spread of the
/// simplex values falls below `relativeTolerance·(|f_best| + relativeTolerance)`,
/// or after `maximumEvaluations`. ``Stopping/standardDeviation(_:)`` stops instead
/// when the values' standard deviation falls below an absolute tolerance, and
/// `adaptive` takes the dimension-dependent coefficients of Gao & Han (2012,
/// *Implementing the Nelder–Mead simplex algorithm with adaptive parameters*,
/// Computational Optimization and Applications 51): expansion 1 + 2/n, contraction
/// ¾ − 1/(2n), shrink 1 − 1/n. Constraints are the caller's business: a box given
/// to ``minimize(start:step:lower:upper:objective:)`` clamps every trial point into
/// it; otherwise return `.infinity` outside the feasible region (the simplex then
/// moves away from it) or optimise over transformed parameters.
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

  /// When the search has converged.
  public enum Stopping: Sendable {
    /// The values' spread is below `tolerance·(|f_best| + tolerance)` (R's `reltol`).
    case relativeSpread(Double)
    /// The values' (population) standard deviation is below this absolute tolerance.
    case standardDeviation(Double)
  }

  /// The convergence test.
  public var stopping: Stopping
  /// Evaluation budget.
  public var maximumEvaluations: Int
  /// Whether the expansion, contraction and shrink coefficients depend on the dimension.
  public var adaptive: Bool

  /// An optimiser; the defaults are those of R's `optim` (reltol ≈ 1.5e-8).
  public init(
    relativeTolerance: Double = 1.490_116_119_384_765_6e-8, maximumEvaluations: Int = 2_000
  ) {
    self.init(stopping: .relativeSpread(relativeTolerance), maximumEvaluations: maximumEvaluations)
  }

  /// An optimiser with the given convergence test and coefficients.
  public init(stopping: Stopping, maximumEvaluations: Int, adaptive: Bool = false) {
    self.stopping = stopping
    self.maximumEvaluations = maximumEvaluations
    self.adaptive = adaptive
  }

  /// Initial simplex edges of 5 % of each coordinate of `start` (10⁻⁴ where it is 0):
  /// statsforecast's relative simplex.
  public static func relativeSteps(from start: [Double]) -> [Double] {
    start.map { $0 == 0 ? 1e-4 : 0.05 * $0 }
  }

  /// Minimises `objective` from `start`, with initial simplex edges `step`.
  ///
  /// With `lower` and `upper` (one bound per coordinate), every vertex and trial
  /// point is clamped into the box before it is evaluated.
  public func minimize(
    start: [Double], step: [Double], lower: [Double]? = nil, upper: [Double]? = nil,
    objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    guard n > 0 else {
      let value = start.withUnsafeBufferPointer { objective($0) }
      return Result(point: start, value: value, evaluations: 1, converged: true)
    }
    precondition(lower.map { $0.count == n } ?? true && upper.map { $0.count == n } ?? true)
    // One workspace: the simplex's vertices row by row (vertex i at [i*n, (i+1)*n)),
    // their values, the running sum of the vertices (so that each centroid costs O(n),
    // not O(n²)), the centroid and two trial points.
    let storage = UnsafeMutableBufferPointer<Double>.allocate(
      capacity: (n + 1) * n + (n + 1) + 4 * n)
    storage.initialize(repeating: 0)
    defer { storage.deallocate() }
    let workspace = Workspace(storage, n)
    let box = lower.flatMap { lower in upper.map { Box(lower: lower, upper: $0) } }
    return minimize(
      start: start, step: step, box: box, workspace: workspace, objective: objective)
  }

  /// Bounds that trial points are clamped into.
  private struct Box {
    let lower, upper: [Double]

    func clamp(_ point: UnsafeMutableBufferPointer<Double>) {
      for j in 0..<point.count { point[j] = Swift.min(Swift.max(point[j], lower[j]), upper[j]) }
    }
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

    func mutableVertex(_ i: Int, _ n: Int) -> UnsafeMutableBufferPointer<Double> {
      UnsafeMutableBufferPointer(rebasing: simplex[(i * n)..<((i + 1) * n)])
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

  /// Whether the simplex values meet the convergence test.
  private func hasConverged(_ values: UnsafeMutableBufferPointer<Double>, best: Int, worst: Int)
    -> Bool
  {
    guard values[best].isFinite else { return false }
    switch stopping {
    case .relativeSpread(let tolerance):
      return values[worst] - values[best] <= tolerance * (abs(values[best]) + tolerance)
    case .standardDeviation(let tolerance):
      guard values[worst].isFinite else { return false }
      let mean = values.reduce(0, +) / Double(values.count)
      let variance = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)
      return variance.squareRoot() < tolerance
    }
  }

  private func minimize(
    start: [Double], step: [Double], box: Box?, workspace w: Workspace,
    objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    let (simplex, values, total, centroid) = (w.simplex, w.values, w.total, w.centroid)
    let (trial, second) = (w.trial, w.second)
    let dimension = Double(n)
    let expansion = adaptive ? 1 + 2 / dimension : 2
    let contraction = adaptive ? 0.75 - 1 / (2 * dimension) : 0.5
    let shrinkage = adaptive ? 1 - 1 / dimension : 0.5
    var evaluations = 0
    func evaluate(_ point: UnsafeMutableBufferPointer<Double>) -> Double {
      box?.clamp(point)
      evaluations += 1
      let value = objective(UnsafeBufferPointer(point))
      return value.isNaN ? .infinity : value
    }
    for i in 0...n {
      for j in 0..<n { simplex[i * n + j] = start[j] + (i == j + 1 ? step[j] : 0) }
      values[i] = evaluate(w.mutableVertex(i, n))
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
      if hasConverged(values, best: best, worst: worst) {
        converged = true
        break
      }
      for j in 0..<n { centroid[j] = (total[j] - simplex[worst * n + j]) / dimension }
      // Reflection.
      for j in 0..<n { trial[j] = centroid[j] + (centroid[j] - simplex[worst * n + j]) }
      let reflected = evaluate(trial)
      if reflected < values[best] {
        // Expansion, along the reflected direction (as clamped, inside a box).
        for j in 0..<n {
          let direction =
            box == nil ? centroid[j] - simplex[worst * n + j] : trial[j] - centroid[j]
          second[j] = centroid[j] + expansion * direction
        }
        let expanded = evaluate(second)
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
          second[j] = centroid[j] + contraction * (from - centroid[j])
        }
        let contracted = evaluate(second)
        if contracted < Swift.min(reflected, values[worst]) {
          w.replace(worst, with: second, contracted, n)
        } else {
          // Shrink towards the best vertex.
          for i in 0...n where i != best {
            for j in 0..<n {
              simplex[i * n + j] =
                simplex[best * n + j] + shrinkage * (simplex[i * n + j] - simplex[best * n + j])
            }
            values[i] = evaluate(w.mutableVertex(i, n))
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
