import Testing

@testable import LinearAlgebra

/// The plain-Swift small solver against LAPACK's `dgesv` on the same systems.
@Suite("Small square systems")
struct SmallLinearSystemTests {
  @Test("The plain kernel and the routed solve agree with dgesv", arguments: [1, 2, 3, 7, 14, 27])
  func agreesWithLAPACK(size n: Int) throws {
    // A deterministic, well-conditioned system with pivoting needed (small diagonal).
    var a = Matrix(rows: n, columns: n)
    for j in 0..<n {
      for i in 0..<n { a[i, j] = i == j ? 0.01 : Double((7 * i + 3 * j) % 11) / 11 - 0.45 }
    }
    let b = (0..<n).map { Double($0 % 5) - 1.5 }
    let expected = try a.solve(Matrix(columns: [b])).elements
    // Buffers longer than the system, as a caller's scratch space may be.
    var elements = a.elements + [.nan]
    var x = b + [.nan]
    let solved = elements.withUnsafeMutableBufferPointer { a in
      x.withUnsafeMutableBufferPointer { SmallLinearSystem.solveInPlace(a, $0, size: n) }
    }
    var plain = b
    var elementsAgain = a.elements
    let eliminated = elementsAgain.withUnsafeMutableBufferPointer { a in
      plain.withUnsafeMutableBufferPointer { SmallLinearSystem.eliminate(a, $0, size: n) }
    }
    #expect(solved && eliminated)
    let scale = expected.map(abs).max() ?? 1
    for i in 0..<n {
      #expect(abs(x[i] - expected[i]) <= 1e-10 * scale)
      #expect(abs(plain[i] - expected[i]) <= 1e-10 * scale)
    }
  }

  @Test("Refuses singular and non-finite systems")
  func refusesSingularSystems() {
    for matrix in [[1.0, 2, 2, 4], [1, .nan, 0, 1]] {
      var a = matrix
      var b = [1.0, 1]
      let solved = a.withUnsafeMutableBufferPointer { a in
        b.withUnsafeMutableBufferPointer { SmallLinearSystem.solveInPlace(a, $0, size: 2) }
      }
      #expect(!solved)
    }
  }
}
