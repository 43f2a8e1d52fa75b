/// A nature account subdivided into sub-accounts from one year on, and its history
/// carried over to them, so that their forecasts read the whole history rather than
/// starting again in the year of the split.
///
/// The plan de comptes refines an account by giving it sub-accounts that keep its
/// number as their prefix (Gironde's `7311` *Contributions directes* became `73111`,
/// `73112` and `73114` in 2012). A line is an account × function, so the split ends
/// one series and starts several. A subdivision is found when a line's last year with
/// an amount is Y − 1 and, in Y, lines start on the same section, direction, chapter
/// and function whose accounts extend its number, none of them with an amount before.
/// The parent's amounts of the earlier years are then allocated to the sub-accounts by
/// their shares in Y (each share its amount over their sum; all amounts in Y must be
/// positive, or the lines stay apart), in cents: each sub-account but the last takes
/// `trunc(parent × share)`, the last the remainder, so every year's total is the
/// parent's to the cent and chapters, sections and totals are unchanged. At the
/// M52 → M57 switch the sub-accounts may also carry the parent's function re-coded, as
/// the switch's other lines show it (``NomenclatureBridge``: a function every joined
/// line re-codes the same way).
public struct AccountSubdivision: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Section of the parent account.
  public var section: BudgetLine.Section
  /// Direction of the parent account.
  public var direction: BudgetLine.Direction
  /// Chapter of the parent account.
  public var chapter: String
  /// The parent account, subdivided.
  public var account: String
  /// The parent's function.
  public var function: String
  /// The first year of the sub-accounts.
  public var year: Int
  /// The sub-accounts, in line order, their functions (the parent's, or its M57 code)
  /// and their shares in ``year`` (summing to 1).
  public var subAccounts: [String]
  /// Each sub-account's function, in ``subAccounts`` order.
  public var subFunctions: [String]
  /// Each sub-account's share of the parent in ``year``, summing to 1.
  public var shares: [Double]

  public var description: String {
    let parts = zip(zip(subAccounts, subFunctions), shares).map { line, share in
      (line.1 == function ? line.0 : "\(line.0) function \(line.1)")
        + " (\(Int((100 * share).rounded())) %)"
    }
    return
      "\(section.rawValue)/\(direction.rawValue) chapter \(chapter) account \(account) function \(function): into \(parts.joined(separator: ", ")) from \(year), its earlier years allocated by these shares"
  }

  /// Whether `account` is a sub-account of `parent`: a longer number with `parent`'s as
  /// its prefix, as the plan de comptes refines an account.
  public static func isSubAccount(_ account: String, of parent: String) -> Bool {
    account.count > parent.count && account.hasPrefix(parent)
  }

  /// The subdivisions in `dataset`, in line order; a parent ending the year before
  /// `switchYear` also finds sub-accounts on its function re-coded by `functionMap`.
  public static func find(
    in dataset: BudgetDataset, switchYear: Int? = nil, functionMap: [String: String] = [:]
  ) -> [AccountSubdivision] {
    var amounts: [LineKey: [Int: Int64]] = [:]
    for line in dataset.lines where line.operation == .real {
      amounts[line.key, default: [:]][line.year, default: 0] += line.amountCents
    }
    let active = amounts.mapValues { byYear in byYear.filter { $0.value != 0 } }
    var byPlace: [String: [LineKey]] = [:]
    for key in active.keys { byPlace[key.place, default: []].append(key) }
    var found: [AccountSubdivision] = []
    for parent in active.keys.sorted() {
      guard let last = active[parent]?.keys.max() else { continue }
      var places = [parent.place]
      if last + 1 == switchYear, let recoded = functionMap[parent.function],
        recoded != parent.function
      {
        var moved = parent
        moved.function = recoded
        places.append(moved.place)
      }
      let children = places.flatMap { byPlace[$0] ?? [] }.filter { child in
        isSubAccount(child.account, of: parent.account) && active[child]?.keys.min() == last + 1
      }.sorted()
      let first = children.map { active[$0]?[last + 1] ?? 0 }
      guard !children.isEmpty, first.allSatisfy({ $0 > 0 }) else { continue }
      let total = Double(first.reduce(0, +))
      found.append(
        AccountSubdivision(
          section: parent.section, direction: parent.direction, chapter: parent.chapter,
          account: parent.account, function: parent.function, year: last + 1,
          subAccounts: children.map(\.account), subFunctions: children.map(\.function),
          shares: first.map { Double($0) / total }))
    }
    return found
  }

  /// `dataset` with each subdivided account's lines before the split replaced by lines
  /// of its sub-accounts (their labels from the sub-accounts' own lines).
  public static func apply(_ subdivisions: [AccountSubdivision], to dataset: BudgetDataset)
    -> BudgetDataset
  {
    guard !subdivisions.isEmpty else { return dataset }
    var split: [LineKey: AccountSubdivision] = [:]
    for subdivision in subdivisions { split[subdivision.key] = subdivision }
    var labels: [String: String] = [:]
    for line in dataset.lines { labels[line.account] = labels[line.account] ?? line.label }
    var lines: [BudgetLine] = []
    // A sub-account subdivided in turn passes its share on: parts go back to the work
    // list, depth first (accounts only grow longer, so this ends).
    var pending = Array(dataset.lines.reversed())
    while let line = pending.popLast() {
      guard line.operation == .real, let subdivision = split[line.key] else {
        lines.append(line)
        continue
      }
      // From the split on the parent holds nothing (its last amount is the year before).
      guard line.year < subdivision.year else { continue }
      var parts: [BudgetLine] = []
      var allocated: Int64 = 0
      for (index, (account, share)) in zip(subdivision.subAccounts, subdivision.shares)
        .enumerated()
      {
        var part = line
        part.account = account
        part.function = subdivision.subFunctions[index]
        part.label = labels[account] ?? line.label
        part.amountCents =
          index == subdivision.subAccounts.count - 1
          ? line.amountCents - allocated
          : Int64((Double(line.amountCents) * share).rounded(.towardZero))
        allocated += part.amountCents
        parts.append(part)
      }
      pending += parts.reversed()
    }
    return BudgetDataset(lines: lines, warnings: dataset.warnings)
  }
}

extension AccountSubdivision {
  /// The parent line.
  var key: LineKey {
    LineKey(
      section: section, direction: direction, chapter: chapter, account: account,
      function: function)
  }
}

extension LineKey {
  /// Everything but the account: where sub-accounts are looked for.
  var place: String { "\(section.rawValue)/\(direction.rawValue)/\(chapter)/\(function)" }
}
