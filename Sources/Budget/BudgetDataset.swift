/// Budget lines of one or several entities and years, with the checks and totals a
/// finance director reads after an import.
public struct BudgetDataset: Sendable, Hashable, Codable {
  /// The lines, in a canonical order (entity, budget, year, key, operation, label).
  public var lines: [BudgetLine]
  /// Warnings found while importing (named, not fatal).
  public var warnings: [String]

  /// A dataset; lines are put in canonical order.
  public init(lines: [BudgetLine], warnings: [String] = []) {
    self.lines = lines.sorted(by: Self.canonicalOrder)
    self.warnings = warnings
  }

  static func canonicalOrder(_ a: BudgetLine, _ b: BudgetLine) -> Bool {
    if (a.entity, a.budget, a.year) != (b.entity, b.budget, b.year) {
      return (a.entity, a.budget, a.year) < (b.entity, b.budget, b.year)
    }
    if a.key != b.key { return a.key < b.key }
    return (a.operation.rawValue, a.label, a.amountCents, a.stage) < (
      b.operation.rawValue, b.label, b.amountCents, b.stage
    )
  }

  /// Entities present.
  public var entities: [String] { Array(Set(lines.map(\.entity))).sorted() }
  /// Years present.
  public var years: [Int] { Array(Set(lines.map(\.year))).sorted() }

  /// The outstanding debt at 31 December by year, in euros: the closing balances of
  /// the borrowing and debt accounts the data hold (DGFiP balances;
  /// ``DebtAccounts/countsInOutstandingDebt(account:)``), summed over accounts, budgets
  /// and functions; empty when the files carry flows only.
  public var outstandingDebt: [Int: Double] { outstandingDebt { _ in true } }

  /// The part of ``outstandingDebt`` on the accounts `include` keeps (bonds, 163…, say).
  public func outstandingDebt(accounts include: (String) -> Bool) -> [Int: Double] {
    totals {
      $0.operation == .balance && DebtAccounts.countsInOutstandingDebt(account: $0.account)
        && include($0.account)
    }
    .mapValues { Double($0) / 100 }
  }

  /// Total in cents of the lines matching `filter`, by year.
  public func totals(where filter: (BudgetLine) -> Bool = { _ in true }) -> [Int: Int64] {
    var result: [Int: Int64] = [:]
    for line in lines where filter(line) { result[line.year, default: 0] += line.amountCents }
    return result
  }

  /// Real-operation totals by section and direction, by year.
  public func sectionTotals() -> [BudgetLine.Section: [BudgetLine.Direction: [Int: Int64]]] {
    var result: [BudgetLine.Section: [BudgetLine.Direction: [Int: Int64]]] = [:]
    for section in BudgetLine.Section.allCases {
      for direction in BudgetLine.Direction.allCases {
        result[section, default: [:]][direction] = totals {
          $0.operation == .real && $0.section == section && $0.direction == direction
        }
      }
    }
    return result
  }
}
