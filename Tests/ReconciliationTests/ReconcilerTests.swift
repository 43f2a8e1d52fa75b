import BudgetcastTestSupport
import Reconciliation
import Testing

/// Reconciliation against Nixtla's hierarchicalforecast (Golden/make_reconciliation_golden.py).
@Suite("Reconciliation against hierarchicalforecast")
struct ReconcilerTests {
  struct Golden: Decodable {
    var version: String
    var S: [[Double]]
    var base: [[Double]]
    var insample: [[Double]]
    var fitted: [[Double]]
    var reconciled: [String: [[Double]]]
  }

  static let golden = try? GoldenFile.load(Golden.self, named: "reconciliation_golden.json")

  /// Total = A + B, A = AA + AB, B = BA + BB + BC.
  static let structure = HierarchyStructure(
    bottomCount: 5, aggregates: [[0, 1, 2, 3, 4], [0, 1], [2, 3, 4]],
    parents: [nil, 0, 0, 1, 1, 2, 2, 2])

  @Test(
    "Same reconciled forecasts as hierarchicalforecast", arguments: ReconciliationMethod.allCases)
  func sameAsReference(method: ReconciliationMethod) throws {
    let golden = try #require(Self.golden)
    let reference = try #require(golden.reconciled[method.rawValue])
    // Residuals per time, per series (hierarchicalforecast: insample − fitted).
    let times = golden.insample[0].count
    let residuals = (0..<times).map { t in
      (0..<8).map { golden.insample[$0][t] - golden.fitted[$0][t] }
    }
    for h in 0..<golden.base[0].count {
      let base = (0..<8).map { golden.base[$0][h] }
      let ours = try Reconciler.reconcile(
        base, structure: Self.structure, method: method, residuals: residuals)
      for series in 0..<8 {
        #expect(
          abs(ours[series] - reference[series][h]) <= 1e-8
            * Swift.max(1, abs(reference[series][h])),
          "\(method.rawValue) series \(series) h \(h + 1): \(ours[series]) vs \(reference[series][h])"
        )
      }
      #expect(Self.structure.incoherence(ours) < 1e-12)
    }
  }

  @Test func coherentForecastsAreLeftAlone() throws {
    let coherent = Self.structure.aggregate([1, 2, 3, 4, 5])
    for method in ReconciliationMethod.allCases where !method.needsResiduals {
      let result = try Reconciler.reconcile(coherent, structure: Self.structure, method: method)
      #expect(zip(result, coherent).allSatisfy { abs($0 - $1) < 1e-12 }, "\(method)")
    }
  }

  @Test func missingResidualsAreNamed() {
    #expect(throws: ReconciliationError.missingResiduals(.minTraceShrink)) {
      try Reconciler.reconcile(
        [Double](repeating: 1, count: 8), structure: Self.structure, method: .minTraceShrink)
    }
  }
}
