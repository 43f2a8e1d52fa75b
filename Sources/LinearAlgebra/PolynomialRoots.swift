/// The roots of a real polynomial, as the eigenvalues of its companion matrix.
///
/// `c₀ + c₁z + … + c_nzⁿ` with `c_n ≠ 0` (trailing zero coefficients are dropped) has
/// the roots of the monic `zⁿ + (c_{n−1}/c_n)zⁿ⁻¹ + … + c₀/c_n`, the eigenvalues of its
/// companion matrix (ones on the subdiagonal, the negated ratios in the last column),
/// found by LAPACK's `dgeev` (balancing, Hessenberg QR; backward stable, as NumPy's
/// `roots` and MATLAB's `roots` do). Complex roots come in conjugate pairs.
public struct PolynomialRoots: Sendable {
  /// Real parts of the roots.
  public let real: [Double]
  /// Imaginary parts of the roots.
  public let imaginary: [Double]

  /// The roots of `coefficients[0] + coefficients[1]·z + …`.
  public init(coefficients: [Double]) throws(LinearAlgebraError) {
    guard coefficients.allSatisfy(\.isFinite) else {
      throw LinearAlgebraError(routine: "dgeev", .nonFiniteInput)
    }
    let degree = (coefficients.lastIndex { $0 != 0 } ?? 0)
    guard degree > 0 else {
      real = []
      imaginary = []
      return
    }
    let leading = coefficients[degree]
    var companion = Matrix(rows: degree, columns: degree)
    for i in 1..<degree { companion[i, i - 1] = 1 }
    for i in 0..<degree { companion[i, degree - 1] = -coefficients[i] / leading }
    var wr = [Double](repeating: 0, count: degree)
    var wi = [Double](repeating: 0, count: degree)
    try LAPACKFunnel.dgeevValues(
      n: degree, a: &companion.elements, lda: degree, wr: &wr, wi: &wi)
    real = wr
    imaginary = wi
  }

  /// The roots' moduli.
  public var moduli: [Double] {
    zip(real, imaginary).map { ($0 * $0 + $1 * $1).squareRoot() }
  }
}
