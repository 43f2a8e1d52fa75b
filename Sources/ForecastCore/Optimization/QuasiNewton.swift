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
    let scale = scale ?? [Double](repeating: 1, count: n)
    // The search runs on x/scale, as R's optim does.
    var trial = [Double](repeating: 0, count: n)
    func value(_ y: [Double]) -> Double {
      for i in 0..<n { trial[i] = y[i] * scale[i] }
      let f = trial.withUnsafeBufferPointer(objective)
      return f.isFinite ? f : .infinity
    }
    func gradient(_ y: [Double]) -> [Double]? {
      var g = [Double](repeating: 0, count: n)
      var x = y
      for i in 0..<n {
        x[i] = y[i] + differenceStep
        let plus = value(x)
        x[i] = y[i] - differenceStep
        let minus = value(x)
        x[i] = y[i]
        g[i] = (plus - minus) / (2 * differenceStep)
        guard g[i].isFinite else { return nil }
      }
      return g
    }
    var point = (0..<n).map { start[$0] / scale[$0] }
    var best = value(point)
    guard n > 0, best.isFinite, var g = gradient(point) else {
      return Result(point: start, value: best, iterations: 0, converged: n == 0)
    }
    var inverse = QuasiNewton.identity(n)
    var gradients = 1
    var lastReset = gradients
    var converged = false
    while gradients < maximumIterations {
      if lastReset == gradients { inverse = QuasiNewton.identity(n) }
      let direction = (0..<n).map { i in -(0..<n).reduce(0) { $0 + inverse[i * n + $1] * g[$1] } }
      let slope = zip(direction, g).reduce(0) { $0 + $1.0 * $1.1 }
      guard slope < 0 else {
        // Not downhill: restart from the identity, or stop if it already was.
        if lastReset == gradients {
          converged = true
          break
        }
        lastReset = gradients
        continue
      }
      var step = 1.0
      var candidate = point
      var candidateValue = best
      var moved = false
      while true {
        var changed = 0
        for i in 0..<n {
          candidate[i] = point[i] + step * direction[i]
          if 10 + candidate[i] != 10 + point[i] { changed += 1 }
        }
        guard changed > 0 else { break }
        candidateValue = value(candidate)
        if candidateValue.isFinite, candidateValue <= best + slope * step * 1e-4 {
          moved = true
          break
        }
        step *= 0.2
      }
      let enough =
        moved && abs(candidateValue - best) > relativeTolerance * (abs(best) + relativeTolerance)
      if moved {
        point = candidate
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
      guard let next = gradient(point) else { break }
      gradients += 1
      let s = direction.map { $0 * step }
      let y = (0..<n).map { next[$0] - g[$0] }
      g = next
      let curvature = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
      if curvature > 0 {
        let by = (0..<n).map { i in (0..<n).reduce(0) { $0 + inverse[i * n + $1] * y[$1] } }
        let factor = 1 + zip(by, y).reduce(0) { $0 + $1.0 * $1.1 } / curvature
        for i in 0..<n {
          for j in 0..<n {
            inverse[i * n + j] += (factor * s[i] * s[j] - by[i] * s[j] - s[i] * by[j]) / curvature
          }
        }
      } else {
        lastReset = gradients
      }
      if gradients - lastReset > 2 * n { lastReset = gradients }
    }
    return Result(
      point: (0..<n).map { point[$0] * scale[$0] }, value: best, iterations: gradients,
      converged: converged)
  }

  static func identity(_ n: Int) -> [Double] {
    var matrix = [Double](repeating: 0, count: n * n)
    for i in 0..<n { matrix[i * n + i] = 1 }
    return matrix
  }
}
