/// Unconstrained minimisation by the BFGS variable-metric method, with finite-difference
/// gradients: the algorithm of R's `optim(method = "BFGS")`.
///
/// Nash's variable-metric method (*Compact Numerical Methods for Computers*, 2nd ed.,
/// 1990, Algorithm 21): an approximate inverse Hessian B, starting from the identity,
/// gives the direction `t = −B·g`; a backtracking line search from a unit step divides
/// the step by 5 until the decrease is at least 10⁻⁴ of the one the gradient predicts;
/// B receives the BFGS update when the curvature `sᵀy` is positive and is reset to the
/// identity otherwise and after 2n gradients without a reset. When the direction is
/// not downhill, no step changes a coordinate, or an accepted step lowers the
/// objective by less than `relativeTolerance·(|f| + relativeTolerance)`, the search
/// resets B, and stops if it just had; it also stops after `maximumIterations`
/// gradients.
///
/// Gradients are central differences, `(f(x + hᵢeᵢ) − f(x − hᵢeᵢ)) / 2hᵢ`, with
/// `hᵢ = 10⁻³·scaleᵢ` (R's `ndeps` and `parscale`). A non-finite difference ends the
/// search at the last accepted point, flagged not converged.
public struct QuasiNewton: Sendable {
  /// The result of a minimisation.
  public struct Result: Sendable {
    /// The best point found.
    public var point: [Double]
    /// The objective at `point`.
    public var value: Double
    /// Number of gradients evaluated.
    public var iterations: Int
    /// Number of objective evaluations, the finite differences' included.
    public var evaluations: Int
    /// Whether the search stopped by its tolerance rather than by its budget or a
    /// non-finite gradient.
    public var converged: Bool
  }

  /// Relative decrease below which an accepted step ends the search (R's `reltol`).
  public var relativeTolerance: Double
  /// Gradient budget (R's `maxit`, 100 for BFGS).
  public var maximumIterations: Int
  /// Finite-difference step, in units of each coordinate's scale (R's `ndeps`).
  public var differenceStep: Double

  /// An optimiser with R's defaults: `reltol` ≈ 1.5·10⁻⁸, 100 iterations, `ndeps` 10⁻³.
  public init(
    relativeTolerance: Double = 1.490_116_119_384_765_6e-8, maximumIterations: Int = 100,
    differenceStep: Double = 1e-3
  ) {
    self.relativeTolerance = relativeTolerance
    self.maximumIterations = maximumIterations
    self.differenceStep = differenceStep
  }

  /// Minimises `objective` from `start`; `scale` gives each coordinate's typical size
  /// (R's `parscale`, ones by default), which sets its finite-difference step and the
  /// metric the search starts from.
  public func minimize(
    start: [Double], scale: [Double]? = nil, objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    guard n > 0 else {
      let value = start.withUnsafeBufferPointer(objective)
      return Result(point: start, value: value, iterations: 0, evaluations: 1, converged: true)
    }
    // Every work vector in one allocation (this runs inside model searches, thousands
    // of times a second): the search runs on x/scale, as R's optim does.
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: 10 * n + n * n) { memory in
      var workspace = Workspace(memory, n: n)
      for i in 0..<n { workspace.scale[i] = scale?[i] ?? 1 }
      return search(start, &workspace, objective)
    }
  }

  /// The working vectors of one minimisation, carved from one buffer.
  struct Workspace {
    let scale, point, trial, candidate, gradient, next, direction, step, change,
      product: UnsafeMutableBufferPointer<Double>
    /// The approximate inverse Hessian, row-major.
    let inverse: UnsafeMutableBufferPointer<Double>
    var evaluations = 0

    init(_ memory: UnsafeMutableBufferPointer<Double>, n: Int) {
      let slice = { (k: Int) in
        UnsafeMutableBufferPointer(rebasing: memory[(k * n)..<((k + 1) * n)])
      }
      (scale, point, trial, candidate, gradient) = (
        slice(0), slice(1), slice(2), slice(3), slice(4)
      )
      (next, direction, step, change, product) = (slice(5), slice(6), slice(7), slice(8), slice(9))
      inverse = UnsafeMutableBufferPointer(rebasing: memory[(10 * n)..<(10 * n + n * n)])
    }

    /// The objective at `y`·scale (+∞ where it is not finite).
    mutating func value(
      _ y: UnsafeMutableBufferPointer<Double>, _ objective: (UnsafeBufferPointer<Double>) -> Double
    ) -> Double {
      evaluations += 1
      for i in y.indices { trial[i] = y[i] * scale[i] }
      let f = objective(UnsafeBufferPointer(trial))
      return f.isFinite ? f : .infinity
    }

    /// Central differences at `y` into `g`; false when one is not finite.
    mutating func gradient(
      at y: UnsafeMutableBufferPointer<Double>, into g: UnsafeMutableBufferPointer<Double>,
      step h: Double, _ objective: (UnsafeBufferPointer<Double>) -> Double
    ) -> Bool {
      for i in y.indices {
        let centre = y[i]
        y[i] = centre + h
        let plus = value(y, objective)
        y[i] = centre - h
        let minus = value(y, objective)
        y[i] = centre
        g[i] = (plus - minus) / (2 * h)
        guard g[i].isFinite else { return false }
      }
      return true
    }

    func resetInverse() {
      let n = point.count
      for i in 0..<(n * n) { inverse[i] = 0 }
      for i in 0..<n { inverse[i * n + i] = 1 }
    }
  }

  func search(
    _ start: [Double], _ w: inout Workspace, _ objective: (UnsafeBufferPointer<Double>) -> Double
  ) -> Result {
    let n = start.count
    for i in 0..<n { w.point[i] = start[i] / w.scale[i] }
    var best = w.value(w.point, objective)
    guard best.isFinite, w.gradient(at: w.point, into: w.gradient, step: differenceStep, objective)
    else {
      return Result(
        point: start, value: best, iterations: 0, evaluations: w.evaluations, converged: false)
    }
    var gradients = 1
    var lastReset = gradients
    var converged = false
    while gradients < maximumIterations {
      if lastReset == gradients { w.resetInverse() }
      var slope = 0.0
      for i in 0..<n {
        var t = 0.0
        for j in 0..<n { t -= w.inverse[i * n + j] * w.gradient[j] }
        w.direction[i] = t
        slope += t * w.gradient[i]
      }
      guard slope < 0 else {
        // Not downhill: restart from the identity, or stop if it already was.
        if lastReset == gradients {
          converged = true
          break
        }
        lastReset = gradients
        continue
      }
      var length = 1.0
      var candidateValue = best
      var moved = false
      while true {
        var changed = 0
        for i in 0..<n {
          w.candidate[i] = w.point[i] + length * w.direction[i]
          if 10 + w.candidate[i] != 10 + w.point[i] { changed += 1 }
        }
        guard changed > 0 else { break }
        candidateValue = w.value(w.candidate, objective)
        if candidateValue.isFinite, candidateValue <= best + slope * length * 1e-4 {
          moved = true
          break
        }
        length *= 0.2
      }
      let enough =
        moved && abs(candidateValue - best) > relativeTolerance * (abs(best) + relativeTolerance)
      if moved {
        for i in 0..<n { w.point[i] = w.candidate[i] }
        best = candidateValue
      }
      guard enough else {
        // No step changes the point, or too little progress: try once more from the
        // identity (with the gradient in hand, as R does), or stop if it already was.
        if lastReset == gradients {
          converged = true
          break
        }
        lastReset = gradients
        continue
      }
      guard w.gradient(at: w.point, into: w.next, step: differenceStep, objective) else { break }
      gradients += 1
      var curvature = 0.0
      for i in 0..<n {
        w.step[i] = w.direction[i] * length
        w.change[i] = w.next[i] - w.gradient[i]
        w.gradient[i] = w.next[i]
        curvature += w.step[i] * w.change[i]
      }
      if curvature > 0 {
        var quadratic = 0.0
        for i in 0..<n {
          var by = 0.0
          for j in 0..<n { by += w.inverse[i * n + j] * w.change[j] }
          w.product[i] = by
          quadratic += by * w.change[i]
        }
        let factor = 1 + quadratic / curvature
        for i in 0..<n {
          for j in 0..<n {
            w.inverse[i * n + j] +=
              (factor * w.step[i] * w.step[j] - w.product[i] * w.step[j] - w.step[i] * w.product[j])
              / curvature
          }
        }
      } else {
        lastReset = gradients
      }
      if gradients - lastReset > 2 * n { lastReset = gradients }
    }
    return Result(
      point: (0..<n).map { w.point[$0] * w.scale[$0] }, value: best, iterations: gradients,
      evaluations: w.evaluations, converged: converged)
  }
}
