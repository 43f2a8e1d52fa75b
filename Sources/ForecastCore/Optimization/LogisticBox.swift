import RealModule

/// A box `[lower, upper]` reached from unconstrained coordinates by the logistic map,
/// so that an unconstrained optimiser (``NelderMead``) searches inside it.
///
/// `x = lower + (upper − lower) / (1 + e^{−u})` on a bounded coordinate, `x = u` on one
/// whose bounds are infinite; ``unconstrained(_:)`` inverts it, a point on or outside
/// the box being first moved 10⁻⁸ of the width inside. The map is smooth and one to
/// one, so the simplex never leaves the box and never stalls on its faces, unlike
/// clamping; near a face equal steps in u shrink in x.
public struct LogisticBox: Sendable {
  /// Lower bounds, one per coordinate.
  public var lower: [Double]
  /// Upper bounds, one per coordinate.
  public var upper: [Double]

  /// A box; infinite bounds leave their coordinate free.
  public init(lower: [Double], upper: [Double]) {
    precondition(lower.count == upper.count)
    self.lower = lower
    self.upper = upper
  }

  func isBounded(_ i: Int) -> Bool { lower[i].isFinite && upper[i].isFinite }

  /// The unconstrained coordinates of `x`.
  public func unconstrained(_ x: [Double]) -> [Double] {
    x.indices.map { i in
      guard isBounded(i) else { return x[i] }
      let margin = 1e-8 * (upper[i] - lower[i])
      let inside = Swift.min(Swift.max(x[i], lower[i] + margin), upper[i] - margin)
      return .log((inside - lower[i]) / (upper[i] - inside))
    }
  }

  /// Writes the point of the box at unconstrained coordinates `u` into `x`
  /// (allocation-free: it runs once per objective evaluation).
  @inline(__always)
  public func constrain(
    _ u: UnsafeBufferPointer<Double>, into x: UnsafeMutableBufferPointer<Double>
  ) {
    for i in 0..<u.count {
      x[i] = isBounded(i) ? lower[i] + (upper[i] - lower[i]) / (1 + .exp(-u[i])) : u[i]
    }
  }

  /// The point of the box at unconstrained coordinates `u`.
  public func constrained(_ u: [Double]) -> [Double] {
    var x = u
    u.withUnsafeBufferPointer { source in
      x.withUnsafeMutableBufferPointer { constrain(source, into: $0) }
    }
    return x
  }
}
