import ArgumentParser
import Budget
import DelimitedText
import Foundation

/// `budgetcast inspect`: the hierarchy of a dataset with yearly totals.
struct InspectCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "inspect",
    abstract:
      "Print a dataset's hierarchy (lines, chapters, sections, totals) with yearly totals of real operations."
  )

  @Argument(help: "The dataset (budgetcast's long CSV or any importable file).")
  var dataset: String

  @Option(help: "Deepest level shown: line, chapter, section or total.")
  var level: BudgetHierarchy.Level = .chapter

  @Option(help: "table or csv (level,section,direction,chapter,account,function,year,amount).")
  var format: OutputFormat = .table

  @Flag(help: "Include order operations.")
  var includeOrder = false

  enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case table, csv }

  func run() throws {
    let data = try BudgetInput.load(dataset)
    let hierarchy = BudgetHierarchy(data, includingOrder: includeOrder)
    let shown = hierarchy.nodes.indices.filter { hierarchy.nodes[$0].level <= level }
    switch format {
    case .csv:
      print("level,section,direction,chapter,account,function,year,amount")
      for index in shown {
        let node = hierarchy.nodes[index]
        for (y, year) in hierarchy.years.enumerated() {
          print("\(NodeKeys.csv(node)),\(year),\(Cents.text(hierarchy.amounts[index][y]))")
        }
      }
    case .table:
      print(
        "node".padding(toLength: 40, withPad: " ", startingAt: 0)
          + hierarchy.years.map { String($0).leftPadded(18) }.joined())
      for index in shown {
        let node = hierarchy.nodes[index]
        let row = hierarchy.amounts[index].map { Cents.text($0).leftPadded(18) }.joined()
        print(NodeKeys.label(node).padding(toLength: 40, withPad: " ", startingAt: 0) + row)
      }
    }
  }
}

extension BudgetHierarchy.Level: ExpressibleByArgument {}

/// How hierarchy nodes are written in tables and CSV files.
enum NodeKeys {
  /// `level,section,direction,chapter,account,function`, keys that do not apply empty.
  static func csv(_ node: BudgetHierarchy.Node) -> String {
    [
      node.level.rawValue, node.section?.rawValue ?? "", node.direction.rawValue, node.chapter,
      node.account, node.function,
    ]
    .joined(separator: ",")
  }

  static func label(_ node: BudgetHierarchy.Node) -> String {
    let direction = node.direction == .expenditure ? "expenditure" : "revenue"
    switch node.level {
    case .total: return "total \(direction)"
    case .section:
      return "  \(node.section == .operating ? "operating" : "investment") \(direction)"
    case .chapter: return "    chapter \(node.chapter)"
    case .line: return "      \(node.account) / \(node.function)"
    }
  }
}
