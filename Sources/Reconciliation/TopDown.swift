/// Top-down reconciliation with forecast proportions (Athanasopoulos, Ahmed &
/// Hyndman 2009): each node's reconciled forecast is split among its children in
/// proportion to their base forecasts, from the roots down; a node whose children
/// forecast nothing (or less) is split equally.
enum TopDown {
  static func reconcile(_ base: [Double], structure: HierarchyStructure) throws(ReconciliationError)
    -> [Double]
  {
    guard let parents = structure.parents, parents.count == structure.seriesCount else {
      throw .notATree
    }
    let n = structure.seriesCount
    var children = [[Int]](repeating: [], count: n)
    var roots: [Int] = []
    for (node, parent) in parents.enumerated() {
      if let parent { children[parent].append(node) } else { roots.append(node) }
    }
    var result = base
    var queue = roots
    while let node = queue.popLast() {
      let kids = children[node]
      guard !kids.isEmpty else { continue }
      let weights = kids.map { Swift.max(base[$0], 0) }
      let total = weights.reduce(0, +)
      for (kid, weight) in zip(kids, weights) {
        result[kid] = total > 0 ? result[node] * weight / total : result[node] / Double(kids.count)
      }
      queue += kids
    }
    return result
  }
}
