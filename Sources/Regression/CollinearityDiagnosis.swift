import Foundation
import LinearAlgebra

/// Which predictors are (nearly) linearly dependent, found from the singular value
/// decomposition of the equilibrated design `X·D`.
///
/// Each singular value σₖ small against σ₁ has a right singular vector vₖ with
/// `X·D·vₖ ≈ 0`: the predictors with large entries in vₖ form a (near) linear
/// relation `Σⱼ dⱼvₖⱼ·xⱼ ≈ 0`, which is reported solved for its dominant predictor,
/// such as `total ≈ 1·rsa + 1·apa`. A relation is *exact* (the design is rank deficient)
/// when σₖ ≤ max(m, n)·ε·σ₁, the usual numerical-rank tolerance; it is *near* when
/// the condition index σ₁/σₖ exceeds the warning threshold (Belsley, Kuh & Welsch
/// 1980 call indices above 30 moderate and above 100 serious on a unit-length
/// scaling; budgetcast warns from 1e7, where coefficients lose half their digits).
public struct CollinearityDiagnosis: Sendable, Hashable, Codable {
  /// One linear relation among the design columns.
  public struct Relation: Sendable, Hashable, Codable {
    /// σ₁/σₖ for this relation (infinite when σₖ = 0).
    public var conditionIndex: Double
    /// Whether the relation holds to working precision (rank deficiency).
    public var isExact: Bool
    /// The design columns involved, in column order.
    public var involved: [String]
    /// The relation in words such as `x3 ≈ 1·x1 + 1·x2`.
    public var equation: String
  }

  /// Numerical rank of the design.
  public var rank: Int
  /// Number of design columns.
  public var columnCount: Int
  /// 2-norm condition number of the equilibrated design.
  public var conditionNumber: Double
  /// Exact relations first, then near relations by decreasing condition index.
  public var relations: [Relation]

  /// A one-sentence account of the relations, for messages.
  public var explanation: String {
    relations.map { relation in
      let kind =
        relation.isExact
        ? "exactly" : "nearly (condition index \(Self.format(relation.conditionIndex)))"
      return
        "\(relation.equation) holds \(kind) among \(relation.involved.map { "'\($0)'" }.joined(separator: ", "))"
    }.joined(separator: "; ")
  }

  /// Diagnoses the design factored by `factorization`, whose columns are `names`.
  init(
    factorization: LeastSquaresQR, names: [String], warningThreshold: Double
  ) throws(LinearAlgebraError) {
    let svd = try SingularValueDecomposition(factorization.scaledR)
    let sigma = svd.values
    let largest = sigma.first ?? 0
    let tolerance =
      Double(Swift.max(factorization.rows, factorization.columns)) * Double.ulpOfOne * largest
    rank = sigma.filter { $0 > tolerance }.count
    columnCount = names.count
    conditionNumber = svd.conditionNumber
    var found: [Relation] = []
    for k in sigma.indices.reversed() {
      let index = sigma[k] > 0 ? largest / sigma[k] : .infinity
      let exact = sigma[k] <= tolerance
      guard exact || index >= warningThreshold else { break }
      let vector = svd.vt.row(k)
      found.append(
        Self.relation(
          vector: vector, scale: factorization.columnScale, names: names, index: index, exact: exact
        ))
    }
    relations = found
  }

  static func relation(
    vector v: [Double], scale: [Double], names: [String], index: Double, exact: Bool
  )
    -> Relation
  {
    let largest = v.map(abs).max() ?? 0
    let involvedColumns = v.indices.filter { abs(v[$0]) >= 0.05 * largest }
    // Solve for the dominant predictor; the intercept is the last choice, because
    // "the predictor is constant" reads better than "the intercept is a predictor".
    let candidates = involvedColumns.filter { names[$0] != LinearRegression.interceptName }
    let pivot =
      (candidates.isEmpty ? involvedColumns : candidates).max { abs(v[$0]) < abs(v[$1]) } ?? 0
    let original = v.indices.map { v[$0] * scale[$0] }
    let terms = involvedColumns.filter { $0 != pivot }.map { j -> String in
      let coefficient = -original[j] / original[pivot]
      return "\(format(coefficient))·\(names[j])"
    }
    let rightSide =
      terms.isEmpty
      ? "0" : terms.joined(separator: " + ").replacingOccurrences(of: "+ -", with: "− ")
    return Relation(
      conditionIndex: index, isExact: exact, involved: involvedColumns.map { names[$0] },
      equation: "\(names[pivot]) \(exact ? "=" : "≈") \(rightSide)")
  }

  static func format(_ value: Double) -> String {
    value.isFinite ? String(format: "%.4g", value) : "∞"
  }
}
