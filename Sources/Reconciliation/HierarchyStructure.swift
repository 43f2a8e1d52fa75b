/// The summing structure of a hierarchy: which bottom series each aggregate adds up.
///
/// Series are ordered aggregates first (k of them), then bottom series (m). The
/// summing matrix is `S = [C; I_m]`, C the k×m aggregation matrix, stored sparsely as
/// the list of bottom indices under each aggregate. A budget of 1,300 lines has
/// about 100 aggregates, and every computation here is O(k·m) or O(k³), never O(n³).
public struct HierarchyStructure: Sendable, Hashable {
  /// m, the number of bottom series.
  public let bottomCount: Int
  /// For each aggregate, the bottom indices (0 ..< m) it sums.
  public let aggregates: [[Int]]
  /// For each series (aggregates then bottoms), the index of its parent, when the
  /// hierarchy is a tree (needed by top-down only).
  public let parents: [Int?]?

  /// A structure; `parents` optional (tree hierarchies).
  public init(bottomCount: Int, aggregates: [[Int]], parents: [Int?]? = nil) {
    self.bottomCount = bottomCount
    self.aggregates = aggregates
    self.parents = parents
  }

  /// k, the number of aggregates.
  public var aggregateCount: Int { aggregates.count }
  /// n = k + m.
  public var seriesCount: Int { aggregates.count + bottomCount }

  /// The sums of `bottom` for every series (aggregates then bottoms): S·b.
  public func aggregate(_ bottom: [Double]) -> [Double] {
    aggregates.map { members in members.reduce(0) { $0 + bottom[$1] } } + bottom
  }

  /// Number of bottom series under each series (the diagonal of WLS-structural).
  public var structuralWeights: [Double] {
    aggregates.map { Double($0.count) } + [Double](repeating: 1, count: bottomCount)
  }

  /// Largest incoherence `|ŷ_agg − Σ ŷ_bottom|`, relative to the aggregate's size.
  public func incoherence(_ values: [Double]) -> Double {
    let k = aggregateCount
    return aggregates.enumerated().map { i, members in
      let sum = members.reduce(0) { $0 + values[k + $1] }
      return abs(values[i] - sum) / Swift.max(abs(values[i]), 1)
    }.max() ?? 0
  }
}
