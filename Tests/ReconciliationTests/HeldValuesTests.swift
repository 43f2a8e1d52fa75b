import Reconciliation
import Testing

/// Reconciliation with values held fixed (human overrides), checked against the
/// constrained generalised least-squares problem solved directly by its KKT system.
@Suite("Reconciliation with held values")
struct HeldValuesTests {
  /// Total = A + B, A = AA + AB, B = BA + BB + BC.
  static let structure = HierarchyStructure(
    bottomCount: 5, aggregates: [[0, 1, 2, 3, 4], [0, 1], [2, 3, 4]],
    parents: [nil, 0, 0, 1, 1, 2, 2, 2])
  static let base = [118.0, 52, 61, 20, 30, 12, 25, 27]

  /// Rows of S for every series.
  static func summingRow(_ series: Int) -> [Double] {
    let k = structure.aggregateCount
    return (0..<structure.bottomCount).map { j in
      series < k ? (structure.aggregates[series].contains(j) ? 1 : 0) : (series - k == j ? 1 : 0)
    }
  }

  /// argmin_b (ŷ − Sb)ᵀW⁻¹(ŷ − Sb) subject to (Sb)_i = v_i, by Gaussian elimination on
  /// the KKT system [SᵀW⁻¹S, Aᵀ; A, 0]·[b; λ] = [SᵀW⁻¹ŷ; v].
  static func kkt(weights: [Double], held: [Int: Double]) -> [Double] {
    let m = structure.bottomCount
    let rows = (0..<structure.seriesCount).map(summingRow)
    let fixed = held.keys.sorted()
    let size = m + fixed.count
    var a = [[Double]](repeating: [Double](repeating: 0, count: size + 1), count: size)
    for p in 0..<m {
      for q in 0..<m {
        a[p][q] = rows.indices.reduce(0) { $0 + rows[$1][p] * rows[$1][q] / weights[$1] }
      }
      a[p][size] = rows.indices.reduce(0) { $0 + rows[$1][p] * base[$1] / weights[$1] }
    }
    for (r, series) in fixed.enumerated() {
      for q in 0..<m {
        a[m + r][q] = rows[series][q]
        a[q][m + r] = rows[series][q]
      }
      a[m + r][size] = held[series] ?? 0
    }
    for column in 0..<size {
      let pivot = (column..<size).max { abs(a[$0][column]) < abs(a[$1][column]) } ?? column
      a.swapAt(column, pivot)
      for row in 0..<size where row != column {
        let factor = a[row][column] / a[column][column]
        for c in column...size { a[row][c] -= factor * a[column][c] }
      }
    }
    let bottom = (0..<m).map { a[$0][size] / a[$0][$0] }
    return structure.aggregate(bottom)
  }

  @Test("OLS and WLS hold the values and solve the constrained problem")
  func constrainedLeastSquares() throws {
    let cases: [(ReconciliationMethod, [Double])] = [
      (.ols, [Double](repeating: 1, count: 8)), (.wlsStructural, Self.structure.structuralWeights),
    ]
    for (method, weights) in cases {
      for held in [[1: 60.0], [5: 30.0], [0: 125.0, 3: 18.0]] {
        let ours = try Reconciler.reconcile(
          Self.base, structure: Self.structure, method: method, holding: held)
        let reference = Self.kkt(weights: weights, held: held)
        for series in 0..<8 { #expect(abs(ours[series] - reference[series]) < 1e-9) }
        for (series, value) in held { #expect(ours[series] == value) }
        #expect(Self.structure.incoherence(ours) < 1e-12)
      }
    }
  }

  @Test("Bottom-up spreads an aggregate's held value over its lines pro rata")
  func proRata() throws {
    let ours = try Reconciler.reconcile(
      Self.base, structure: Self.structure, method: .bottomUp, holding: [2: 70])
    #expect(ours[2] == 70)
    let ratios = (5..<8).map { ours[$0] / Self.base[$0] }
    for ratio in ratios { #expect(abs(ratio - 70.0 / 64) < 1e-9) }
    #expect(ours[3] == Self.base[3] && ours[4] == Self.base[4])
    #expect(abs(ours[0] - (50 + 70)) < 1e-9)
  }

  @Test("An aggregate held with all its members: agreeing values hold")
  func redundantButAgreeing() throws {
    // Total = A + B held at 100 = 40 + 60: the constraints repeat each other.
    for method in [ReconciliationMethod.ols, .wlsStructural, .bottomUp] {
      let ours = try Reconciler.reconcile(
        Self.base, structure: Self.structure, method: method, holding: [0: 100, 1: 40, 2: 60])
      #expect(ours[0] == 100 && ours[1] == 40 && ours[2] == 60, "\(method)")
      #expect(Self.structure.incoherence(ours) < 1e-12, "\(method)")
      #expect(ours[3...4].allSatisfy { $0 > 0 } && ours[5...].allSatisfy { $0 > 0 })
    }
    // A chapter held with each of its lines at their own values, the total free.
    let lines = try Reconciler.reconcile(
      Self.base, structure: Self.structure, method: .ols, holding: [1: 55, 3: 22, 4: 33])
    #expect(lines[1] == 55 && lines[3] == 22 && lines[4] == 33)
    #expect(Self.structure.incoherence(lines) < 1e-12)
  }

  @Test("Held values that cannot all hold are refused")
  func contradiction() {
    for method in [ReconciliationMethod.ols, .bottomUp] {
      #expect(throws: ReconciliationError.self) {
        try Reconciler.reconcile(
          Self.base, structure: Self.structure, method: method,
          holding: [0: 100, 1: 40, 2: 70])
      }
    }
  }
}
