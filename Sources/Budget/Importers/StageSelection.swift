import DelimitedText

/// One budget stage per year: a year's accounts and its voted budgets do not add up
/// line by line, so forecasts read one stage for each year of each budget.
///
/// When a year of a budget holds its executed accounts (CA or CFU) beside voted
/// budgets (BP, BS, DM), as concatenated open-data files do, the executed accounts are
/// kept and the other stages are set aside with a named warning. A year holding
/// several voted stages and no executed accounts is an error: which amounts to read
/// (the primitive budget, or the budget after its modifications) is the user's call.
enum StageSelection {
  static let executed: Set<String> = ["CA", "CFU"]

  /// The lines kept, the warnings, and the problems (located at the file that brought
  /// the year's last stage, `sources["entity budget year stage"]`).
  static func select(_ lines: [BudgetLine], sources: [String: String]) -> (
    lines: [BudgetLine], warnings: [String], problems: [Diagnostic]
  ) {
    var stages: [String: Set<String>] = [:]
    for line in lines { stages[yearKey(line), default: []].insert(line.stage) }
    var kept: [String: String] = [:]
    var warnings: [String] = []
    var problems: [Diagnostic] = []
    for (key, found) in stages.sorted(by: { $0.key < $1.key }) where found.count > 1 {
      let listed = found.sorted().joined(separator: ", ")
      let finals = found.intersection(executed)
      if finals.count == 1, let final = finals.first {
        kept[key] = final
        warnings.append(
          "\(key): stages \(listed); the executed accounts (\(final)) are used, the other stages set aside"
        )
      } else {
        let file = found.sorted().compactMap { sources["\(key) \($0)"] }.last ?? ""
        problems.append(
          Diagnostic(
            file: file, line: 1, column: 1,
            problem: "entity, budget and year '\(key)' hold the stages \(listed)",
            expected:
              "one stage per year (executed accounts, or a single voted budget); remove the other files or rows"
          ))
      }
    }
    guard !kept.isEmpty else { return (lines, warnings, problems) }
    let selected = lines.filter { line in
      kept[yearKey(line)].map { line.stage == $0 } ?? true
    }
    return (selected, warnings, problems)
  }

  static func yearKey(_ line: BudgetLine) -> String { "\(line.entity) \(line.budget) \(line.year)" }
}
