import LinearAlgebra
import Testing

@Suite("Polynomial roots by the companion matrix (dgeev)")
struct PolynomialRootsTests {
  /// R: `polyroot(c(6, -5, 1))` is 2 and 3; `polyroot(c(1, -0.5, 0.3, 2))` is
  /// 0.40353615620987038 ± 0.59965417948086697i and −0.95707231241974078.
  @Test func rootsAgreeWithRsPolyroot() throws {
    let quadratic = try PolynomialRoots(coefficients: [6, -5, 1])
    #expect(quadratic.real.sorted().map { ($0 * 1e12).rounded() / 1e12 } == [2, 3])
    #expect(quadratic.imaginary.allSatisfy { abs($0) < 1e-12 })
    let cubic = try PolynomialRoots(coefficients: [1, -0.5, 0.3, 2, 0, 0])
    let expected: [(Double, Double)] = [
      (-0.95707231241974078, 0), (0.40353615620987038, -0.59965417948086697),
      (0.40353615620987038, 0.59965417948086697),
    ]
    let found = zip(cubic.real, cubic.imaginary).sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    #expect(found.count == 3)
    for (root, want) in zip(found, expected) {
      #expect(abs(root.0 - want.0) < 1e-12 && abs(root.1 - want.1) < 1e-12, "\(root)")
    }
  }

  @Test func constantsHaveNoRootsAndNaNIsRefused() throws {
    #expect(try PolynomialRoots(coefficients: [3, 0]).real.isEmpty)
    #expect(throws: LinearAlgebraError.self) { try PolynomialRoots(coefficients: [1, .nan]) }
  }
}
