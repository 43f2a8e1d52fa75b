import Testing

@testable import LinearAlgebra

@Suite("LAPACK factorisations and error mapping")
struct LAPACKTests {
  let spd = Matrix(rowMajor: [[4, 2, 0.6], [2, 5, 1], [0.6, 1, 3]])

  @Test func choleskySolvesAndInverts() throws {
    let cholesky = try CholeskyFactorization(spd)
    let x = try cholesky.solve(Matrix(columns: [[1, 2, 3]]))
    let back = try spd.multiplied(by: x)
    for i in 0..<3 { #expect(abs(back[i, 0] - Double(i + 1)) < 1e-14) }
    let product = try spd.multiplied(by: try cholesky.inverse())
    for i in 0..<3 {
      for j in 0..<3 { #expect(abs(product[i, j] - (i == j ? 1 : 0)) < 1e-14) }
    }
    let rcond = try cholesky.reciprocalConditionNumber()
    #expect(rcond > 0.2 && rcond <= 1)
  }

  @Test func choleskyOfAnIndefiniteMatrixNamesTheMinor() {
    let indefinite = Matrix(rowMajor: [[1, 2], [2, 1]])
    #expect {
      try CholeskyFactorization(indefinite)
    } throws: { error in
      guard let error = error as? LinearAlgebraError else { return false }
      return error.routine == "dpotrf" && error.isNumericalFailure && error.info == 2
    }
  }

  @Test func illegalArgumentIsToldApartFromNumericalFailure() {
    var buffer = [Double](repeating: 1, count: 9)
    #expect {
      try LAPACKFunnel.dpotrf(n: 3, a: &buffer, lda: 1)
    } throws: { error in
      guard let error = error as? LinearAlgebraError else { return false }
      // LAPACKE numbers matrix_layout as argument 1, so lda is argument 5.
      return error.isIllegalArgument && error.info == -5 && "\(error)".contains("argument 5")
    }
  }

  @Test func nonFiniteInputIsRefusedBeforeLAPACK() {
    let bad = Matrix(rowMajor: [[1, .nan], [0, 1]])
    #expect(throws: LinearAlgebraError.self) { try CholeskyFactorization(bad) }
    #expect(throws: LinearAlgebraError.self) { try bad.solve(Matrix.identity(2)) }
    #expect(throws: LinearAlgebraError.self) { try LeastSquaresQR(bad) }
  }

  @Test func luSolveAndConditionNumber() throws {
    let a = Matrix(rowMajor: [[0, 2, 1], [1, 1, 1], [2, 1, 0]])
    let x = try a.solve(Matrix(columns: [[3, 3, 3]]))
    #expect(x.elements.map { ($0 * 1e12).rounded() / 1e12 } == [1, 1, 1])
    #expect(try a.reciprocalConditionNumber() > 0.05)
    let singular = Matrix(rowMajor: [[1, 2], [2, 4]])
    #expect(try singular.reciprocalConditionNumber() == 0)
    #expect {
      try singular.solve(Matrix.identity(2))
    } throws: { error in
      (error as? LinearAlgebraError).map { $0.routine == "dgesv" && $0.info == 2 } ?? false
    }
  }

  @Test func symmetricEigendecomposition() throws {
    let eigen = try SymmetricEigendecomposition(Matrix(rowMajor: [[2, 1], [1, 2]]))
    #expect(abs(eigen.values[0] - 1) < 1e-15 && abs(eigen.values[1] - 3) < 1e-15)
    let decomposition = try SymmetricEigendecomposition(spd)
    // V·diag(λ)·Vᵀ reconstructs A.
    var scaled = decomposition.vectors
    for j in 0..<3 {
      for i in 0..<3 { scaled[i, j] *= decomposition.values[j] }
    }
    let rebuilt = try scaled.multiplied(by: decomposition.vectors, transposeOther: true)
    for k in 0..<9 { #expect(abs(rebuilt.elements[k] - spd.elements[k]) < 1e-14) }
  }

  @Test func minimumNormLeastSquaresDetectsExactCollinearity() throws {
    // Two identical columns: the minimum-norm solution of x₁ + x₂ = 2 is (1, 1).
    let a = Matrix(columns: [[1, 2, 3, 4], [1, 2, 3, 4]])
    let result = try MinimumNormLeastSquares(a, [2, 4, 6, 8], rankTolerance: 1e-10)
    #expect(result.rank == 1)
    #expect(abs(result.solution[0] - 1) < 1e-12 && abs(result.solution[1] - 1) < 1e-12)
  }

  @Test func singularValueDecomposition() throws {
    let svd = try SingularValueDecomposition(Matrix(rowMajor: [[3, 0], [0, -4], [0, 0]]))
    #expect(svd.values == [4, 3])
    #expect(svd.conditionNumber == 4.0 / 3.0)
    #expect(svd.rank(relativeTolerance: 1e-12) == 2)
  }
}
