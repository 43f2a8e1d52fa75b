/// The budget hierarchy built from a dataset: lines (account × function) add up to
/// chapters, chapters to sections (operating/investment × expenditure/revenue),
/// sections to totals (all expenditure, all revenue), year by year.
///
/// Expenditure and revenue are never added together: the hierarchy is a forest with
/// one tree per direction. Only real operations are included unless asked.
public struct BudgetHierarchy: Sendable {
  /// A level of the hierarchy.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case total, section, chapter, line
    public static func < (a: Level, b: Level) -> Bool {
      allCases.firstIndex(of: a) ?? 0 < allCases.firstIndex(of: b) ?? 0
    }
  }

  /// A node: its level and the keys that apply at that level (others empty).
  public struct Node: Sendable, Hashable, Codable, Comparable {
    /// Total, section, chapter or line.
    public var level: Level
    /// Operating or investment (nil for the total).
    public var section: BudgetLine.Section?
    /// Expenditure or revenue.
    public var direction: BudgetLine.Direction
    /// Chapter, at chapter and line levels (empty above).
    public var chapter: String
    /// Nature account, at line level (empty above).
    public var account: String
    /// Function, at line level (empty above or when absent).
    public var function: String

    public static func < (a: Node, b: Node) -> Bool {
      if a.direction != b.direction { return a.direction < b.direction }
      if a.level != b.level { return a.level < b.level }
      let (sa, sb) = (a.section?.rawValue ?? "", b.section?.rawValue ?? "")
      return (sa, a.chapter, a.account, a.function) < (sb, b.chapter, b.account, b.function)
    }

    /// The node one level up (nil for a total).
    public var parent: Node? {
      switch level {
      case .total: return nil
      case .section:
        return Node(
          level: .total, section: nil, direction: direction, chapter: "", account: "", function: "")
      case .chapter:
        return Node(
          level: .section, section: section, direction: direction, chapter: "", account: "",
          function: "")
      case .line:
        return Node(
          level: .chapter, section: section, direction: direction, chapter: chapter, account: "",
          function: "")
      }
    }

    static func line(_ key: LineKey) -> Node {
      Node(
        level: .line, section: key.section, direction: key.direction, chapter: key.chapter,
        account: key.account,
        function: key.function)
    }
  }

  /// The years covered, ascending.
  public let years: [Int]
  /// All nodes: aggregates first (totals, sections, chapters), then lines; each
  /// group in key order.
  public let nodes: [Node]
  /// Amounts in cents, `amounts[node][yearIndex]` (0 when a line is absent a year).
  public let amounts: [[Int64]]
  /// Index of each node's parent in `nodes` (nil for totals).
  public let parents: [Int?]

  /// Builds the hierarchy of `dataset` (real operations only unless `includingOrder`).
  public init(_ dataset: BudgetDataset, includingOrder: Bool = false) {
    let years = dataset.years
    let yearIndex = Dictionary(uniqueKeysWithValues: years.enumerated().map { ($1, $0) })
    var totals: [Node: [Int64]] = [:]
    for line in dataset.lines where line.isFlow(includingOrder: includingOrder) {
      guard let y = yearIndex[line.year] else { continue }
      var node: Node? = Node.line(line.key)
      while let current = node {
        totals[current, default: [Int64](repeating: 0, count: years.count)][y] += line.amountCents
        node = current.parent
      }
    }
    let aggregates = totals.keys.filter { $0.level != .line }.sorted()
    let lines = totals.keys.filter { $0.level == .line }.sorted()
    let ordered = aggregates + lines
    let index = Dictionary(uniqueKeysWithValues: ordered.enumerated().map { ($1, $0) })
    self.years = years
    nodes = ordered
    amounts = ordered.map { totals[$0] ?? [] }
    parents = ordered.map { $0.parent.flatMap { index[$0] } }
  }

  /// Number of aggregate nodes (they come first in `nodes`).
  public var aggregateCount: Int { nodes.firstIndex { $0.level == .line } ?? nodes.count }

  /// For each node, the indices of the lines (bottom nodes) under it.
  public func bottomIndices() -> [[Int]] {
    var result = [[Int]](repeating: [], count: nodes.count)
    for bottom in aggregateCount..<nodes.count {
      var node: Int? = bottom
      while let current = node {
        result[current].append(bottom - aggregateCount)
        node = parents[current]
      }
    }
    return result
  }
}
