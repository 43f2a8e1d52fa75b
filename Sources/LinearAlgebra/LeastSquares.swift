/// Helpers shared by the least-squares solvers: validation, column equilibration
/// and residuals accumulated in extended precision.
public enum LeastSquares {
  static func validate(_ a: Matrix, routine: String) throws(LinearAlgebraError) {
    guard a.columns > 0, a.rows >= a.columns else {
      throw LinearAlgebraError(
        routine: routine,
        .dimensionMismatch("least squares needs rows ≥ columns > 0, got \(a.rows)×\(a.columns)"))
    }
    guard a.isFinite else { throw LinearAlgebraError(routine: routine, .nonFiniteInput) }
  }

  /// Equilibration factors `1/‖aⱼ‖₂`, 1 for a zero column (the norm is scaled by the
  /// column's largest magnitude first, so it neither overflows nor underflows).
  static func columnScale(of a: Matrix) -> [Double] {
    a.elements.withUnsafeBufferPointer { elements in
      (0..<a.columns).map { j in
        let column = UnsafeBufferPointer(rebasing: elements[(j * a.rows)..<((j + 1) * a.rows)])
        let largest = column.reduce(0) { Swift.max($0, abs($1)) }
        guard largest > 0 else { return 1 }
        let sum = column.reduce(0) { $0 + ($1 / largest) * ($1 / largest) }
        return 1 / (largest * sum.squareRoot())
      }
    }
  }

  /// `A·D`: column j multiplied by `scale[j]`.
  static func scalingColumns(_ a: Matrix, by scale: [Double]) -> Matrix {
    var result = a
    result.elements.withUnsafeMutableBufferPointer { elements in
      for j in 0..<a.columns {
        for i in (j * a.rows)..<((j + 1) * a.rows) { elements[i] *= scale[j] }
      }
    }
    return result
  }

  /// The residual `b − A·x`, accumulated in extended precision (80-bit on x86-64),
  /// so that small residuals of large, nearly cancelling terms keep their digits.
  public static func residual(_ a: Matrix, _ x: [Double], _ b: [Double]) -> [Double] {
    var r = b.map { ExtendedReal($0) }
    a.elements.withUnsafeBufferPointer { elements in
      r.withUnsafeMutableBufferPointer { r in
        for j in 0..<a.columns {
          let xj = ExtendedReal(x[j])
          let column = j * a.rows
          for i in 0..<a.rows { r[i] -= ExtendedReal(elements[column + i]) * xj }
        }
      }
    }
    return r.map { Double($0) }
  }

  /// `Aᵀ·r`, accumulated in extended precision.
  static func transposeProduct(_ a: Matrix, _ r: [Double]) -> [Double] {
    a.elements.withUnsafeBufferPointer { elements in
      r.withUnsafeBufferPointer { r in
        (0..<a.columns).map { j in
          var sum: ExtendedReal = 0
          let column = j * a.rows
          for i in 0..<a.rows { sum += ExtendedReal(elements[column + i]) * ExtendedReal(r[i]) }
          return Double(sum)
        }
      }
    }
  }
}
