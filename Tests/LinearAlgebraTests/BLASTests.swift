import BudgetcastTestSupport
import LinearAlgebra
import Testing

@Suite("BLAS products")
struct BLASTests {
  let a = Matrix(rowMajor: [[1, 2, 3], [4, 5, 6]])
  let b = Matrix(rowMajor: [[7, 8], [9, 10], [11, 12]])

  @Test func matrixProductMatchesHandComputation() throws {
    let c = try a.multiplied(by: b)
    #expect(c == Matrix(rowMajor: [[58, 64], [139, 154]]))
  }

  @Test func transposedProducts() throws {
    let c = try a.multiplied(by: a, transposeSelf: true)
    #expect(c == Matrix(rowMajor: [[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
    #expect(c == a.gram())
    let d = try b.multiplied(by: a, transposeSelf: true, transposeOther: true)
    #expect(d == (try a.multiplied(by: b)).transposed)
  }

  @Test func matrixVectorProduct() throws {
    #expect(try a.multiplied(by: [1, 0, -1]) == [-2, -2])
    #expect(try a.multiplied(by: [1, 1], transposeSelf: true) == [5, 7, 9])
  }

  @Test func dimensionMismatchIsATypedError() {
    #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: a) }
    #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: [1, 2]) }
  }

  @Test func dotAndAxpy() {
    #expect(Vector.dot([1, 2, 3], [4, 5, 6]) == 32)
    var y = [1.0, 1, 1]
    Vector.axpy(2, [1, 2, 3], &y)
    #expect(y == [3, 5, 7])
  }

  @Test func runtimeIsPinnedToOneThread() {
    OpenBLASRuntime.configure()
    let environment = OpenBLASRuntime.environment()
    #expect(environment.threadCount == 1)
    #expect(environment.configuration.contains("OpenBLAS"))
    #expect(!environment.coreName.isEmpty)
  }
}
