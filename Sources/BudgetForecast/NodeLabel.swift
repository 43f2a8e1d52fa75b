import Budget

/// Text identifiers of hierarchy nodes.
public enum NodeLabel {
  /// `line/F/D/017/65171/567`, `chapter/F/D/017`, `section/F/D`, `total/D`.
  public static func identifier(_ node: BudgetHierarchy.Node) -> String {
    let parts: [String]
    switch node.level {
    case .total: parts = [node.direction.rawValue]
    case .section: parts = [node.section?.rawValue ?? "", node.direction.rawValue]
    case .chapter: parts = [node.section?.rawValue ?? "", node.direction.rawValue, node.chapter]
    case .line:
      parts = [
        node.section?.rawValue ?? "", node.direction.rawValue, node.chapter, node.account,
        node.function,
      ]
    }
    return ([node.level.rawValue] + parts).joined(separator: "/")
  }

  /// The identifier of the line node `line` belongs to.
  public static func identifier(of line: BudgetLine) -> String {
    Self.line(line.section, line.direction, line.chapter, line.account, line.function)
  }

  /// `line/F/D/017/65171/567` from its keys.
  public static func line(
    _ section: BudgetLine.Section, _ direction: BudgetLine.Direction, _ chapter: String,
    _ account: String, _ function: String
  ) -> String {
    ["line", section.rawValue, direction.rawValue, chapter, account, function]
      .joined(separator: "/")
  }
}

extension BudgetHierarchy {
  /// Every node's amounts in euros, by node identifier and year.
  public var eurosByNode: [String: [Int: Double]] {
    var euros: [String: [Int: Double]] = [:]
    for (index, node) in nodes.enumerated() {
      let id = NodeLabel.identifier(node)
      for (y, year) in years.enumerated() {
        euros[id, default: [:]][year] = Double(amounts[index][y]) / 100
      }
    }
    return euros
  }
}
