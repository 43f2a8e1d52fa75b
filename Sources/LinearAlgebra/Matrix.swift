/// A dense matrix of `Double` stored in column-major order, the layout BLAS and
/// LAPACK expect.
///
/// `Matrix` is a value type: copies are cheap until mutated (copy on write through
/// the underlying `Array`). Element `(i, j)` lives at `elements[i + j * rows]`.
///
/// ```swift
/// var a = Matrix(rows: 2, columns: 2, columnMajor: [1, 3, 2, 4])  // [[1, 2], [3, 4]]
/// a[0, 1] = 5
/// ```
public struct Matrix: Sendable, Hashable, Codable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// Elements in column-major order; `elements.count == rows * columns`.
  public internal(set) var elements: [Double]

  /// A matrix filled with `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    precondition(rows >= 0 && columns >= 0, "Matrix dimensions must be non-negative")
    self.rows = rows
    self.columns = columns
    self.elements = Array(repeating: value, count: rows * columns)
  }

  /// A matrix over column-major `elements`.
  ///
  /// - Precondition: `elements.count == rows * columns`.
  public init(rows: Int, columns: Int, columnMajor elements: [Double]) {
    precondition(elements.count == rows * columns, "Element count does not match dimensions")
    self.rows = rows
    self.columns = columns
    self.elements = elements
  }

  /// A matrix whose columns are the given arrays, all of the same length.
  public init(columns: [[Double]]) {
    let rows = columns.first?.count ?? 0
    precondition(columns.allSatisfy { $0.count == rows }, "Columns must have equal lengths")
    self.init(rows: rows, columns: columns.count, columnMajor: columns.flatMap { $0 })
  }

  /// A matrix from rows given in reading order (convenient in tests and examples).
  public init(rowMajor rowsOfValues: [[Double]]) {
    let columnCount = rowsOfValues.first?.count ?? 0
    precondition(
      rowsOfValues.allSatisfy { $0.count == columnCount }, "Rows must have equal lengths")
    var matrix = Matrix(rows: rowsOfValues.count, columns: columnCount)
    for (i, row) in rowsOfValues.enumerated() {
      for (j, value) in row.enumerated() { matrix[i, j] = value }
    }
    self = matrix
  }

  /// The n×n identity matrix.
  public static func identity(_ n: Int) -> Matrix {
    var matrix = Matrix(rows: n, columns: n)
    for i in 0..<n { matrix[i, i] = 1 }
    return matrix
  }

  /// Element at row `i`, column `j` (zero-based).
  public subscript(i: Int, j: Int) -> Double {
    get { elements[i + j * rows] }
    set { elements[i + j * rows] = newValue }
  }

  /// Column `j` as a new array.
  public func column(_ j: Int) -> [Double] {
    Array(elements[(j * rows)..<((j + 1) * rows)])
  }

  /// Row `i` as a new array.
  public func row(_ i: Int) -> [Double] {
    (0..<columns).map { self[i, $0] }
  }

  /// The transpose.
  public var transposed: Matrix {
    var result = Matrix(rows: columns, columns: rows)
    for j in 0..<columns {
      for i in 0..<rows { result[j, i] = self[i, j] }
    }
    return result
  }

  /// The main diagonal.
  public var diagonal: [Double] {
    (0..<Swift.min(rows, columns)).map { self[$0, $0] }
  }

  /// Whether every element is finite (no NaN, no infinity).
  public var isFinite: Bool { elements.allSatisfy(\.isFinite) }
}

extension Matrix: CustomStringConvertible {
  /// A row-by-row rendering for diagnostics.
  public var description: String {
    (0..<rows).map { i in row(i).map { "\($0)" }.joined(separator: "\t") }.joined(separator: "\n")
  }
}
