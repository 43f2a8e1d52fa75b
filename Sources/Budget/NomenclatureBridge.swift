/// Joins budget lines across the M52 → M57 switch, so that a line's forecast reads its
/// whole history rather than starting again in 2024.
///
/// M57 re-codes the functional classification of départements (M52 functions 4 and 5
/// merge into function 4; `../shared/docs/domain.md` §1) while nature accounts and
/// chapters carry over. A line is a nature account × function, so a re-coded function
/// ends one series and starts another. The bridge finds the switch year S (the first
/// year whose lines are M57 after a year of M52 lines) and, for each section ×
/// direction × chapter × account, joins the single function that ends in S − 1 to the
/// single function that starts in S: the earlier years' lines take the M57 code.
/// Where several functions of one account end and start at the switch, which joins
/// which is not in the data; those stay apart and are listed, never guessed.
///
/// The links are derived from the data alone (an official function-to-function
/// correspondence table is not embedded), deterministic, and recorded with each run.
/// The bridge also carries accounts subdivided into sub-accounts, in any year
/// (``AccountSubdivision``), when asked to.
public struct NomenclatureBridge: Sendable, Hashable, Codable {
  /// One line joined across the switch.
  public struct Link: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The line's section.
    public var section: BudgetLine.Section
    /// The line's direction.
    public var direction: BudgetLine.Direction
    /// The line's chapter.
    public var chapter: String
    /// The line's nature account.
    public var account: String
    /// The function before the switch (M52 code).
    public var fromFunction: String
    /// The function from the switch year on (M57 code).
    public var toFunction: String

    public var description: String {
      "\(section.rawValue)/\(direction.rawValue) chapter \(chapter) account \(account): function \(fromFunction) → \(toFunction)"
    }
  }

  /// The first year of M57 lines after M52 ones (nil: no switch in the data).
  public var switchYear: Int?
  /// The lines joined across the switch.
  public var links: [Link]
  /// Accounts where several functions end and start at the switch (left apart).
  public var ambiguous: [String]
  /// Accounts subdivided into sub-accounts, found once the functions are re-coded.
  public var subdivisions: [AccountSubdivision] = []

  /// The bridge for `dataset`; `subdividedAccounts` also joins accounts to the
  /// sub-accounts they were split into (runs archived before that keep it off).
  public init(_ dataset: BudgetDataset, subdividedAccounts: Bool = true) {
    self.init(functionsOf: dataset)
    if subdividedAccounts {
      subdivisions = AccountSubdivision.find(
        in: recodingFunctions(of: dataset), switchYear: switchYear, functionMap: functionMap)
    }
  }

  /// The functions the switch re-codes one way only, across every joined line
  /// (`51 → 41` when no line re-codes 51 otherwise).
  public var functionMap: [String: String] {
    var targets: [String: Set<String>] = [:]
    for link in links { targets[link.fromFunction, default: []].insert(link.toFunction) }
    return targets.compactMapValues { $0.count == 1 ? $0.first : nil }
  }

  /// The function links of `dataset` only.
  private init(functionsOf dataset: BudgetDataset) {
    switchYear = Self.switchYear(dataset)
    links = []
    ambiguous = []
    guard let switchYear else { return }
    var functions: [Account: [Int: Set<String>]] = [:]
    for line in dataset.lines where line.operation != .balance {
      functions[Account(line), default: [:]][line.year, default: []].insert(line.function)
    }
    for (account, byYear) in functions.sorted(by: { $0.key < $1.key }) {
      let before = byYear.filter { $0.key < switchYear }.values.reduce(into: Set<String>()) {
        $0.formUnion($1)
      }
      let after = byYear[switchYear] ?? []
      let ended = (byYear[switchYear - 1] ?? []).subtracting(after)
      let started = after.subtracting(before)
      guard !ended.isEmpty, !started.isEmpty else { continue }
      guard ended.count == 1, started.count == 1, let from = ended.first, let to = started.first
      else {
        ambiguous.append(
          "\(account.section.rawValue)/\(account.direction.rawValue) chapter \(account.chapter) account \(account.account): functions \(ended.sorted().joined(separator: ", ")) end and \(started.sorted().joined(separator: ", ")) start"
        )
        continue
      }
      links.append(
        Link(
          section: account.section, direction: account.direction, chapter: account.chapter,
          account: account.account, fromFunction: from, toFunction: to))
    }
  }

  /// `dataset` with the linked lines before the switch re-coded to their M57 function,
  /// then the subdivided accounts' earlier years carried over to their sub-accounts.
  public func applied(to dataset: BudgetDataset) -> BudgetDataset {
    AccountSubdivision.apply(subdivisions, to: recodingFunctions(of: dataset))
  }

  /// `dataset` with the linked lines before the switch re-coded to their M57 function.
  func recodingFunctions(of dataset: BudgetDataset) -> BudgetDataset {
    guard let switchYear, !links.isEmpty else { return dataset }
    var recoding: [Account: [String: String]] = [:]
    for link in links {
      let account = Account(
        section: link.section, direction: link.direction, chapter: link.chapter,
        account: link.account)
      recoding[account, default: [:]][link.fromFunction] = link.toFunction
    }
    let lines = dataset.lines.map { line -> BudgetLine in
      guard line.year < switchYear, let to = recoding[Account(line)]?[line.function] else {
        return line
      }
      var recoded = line
      recoded.function = to
      return recoded
    }
    return BudgetDataset(lines: lines, warnings: dataset.warnings)
  }

  /// The help of the command-line flag that turns the bridge off.
  public static let optOutHelp =
    "Keep M52 and M57 function codes apart (do not join lines across the 2024 switch)."

  /// What the bridge did, in English, for run notes and import summaries.
  public var notes: [String] {
    var notes = subdivisions.map { "account subdivided: \($0)" }
    guard let switchYear, !(links.isEmpty && ambiguous.isEmpty) else { return notes }
    notes =
      [
        "M52 → M57 switch in \(switchYear): \(links.count) line(s) joined across it (function re-coded), \(ambiguous.count) left apart"
      ] + links.map { "joined: \($0)" } + ambiguous.map { "left apart: \($0)" } + notes
    return notes
  }

  /// The first M57 year that follows an M52 year, by the lines' nomenclature names.
  static func switchYear(_ dataset: BudgetDataset) -> Int? {
    let plans = dataset.functionalPlans
    return plans.keys.sorted().first { plans[$0] == .m57 && plans[$0 - 1] == .m52 }
  }

  /// A nature account's place: what a line is but its function.
  struct Account: Hashable, Comparable {
    var section: BudgetLine.Section
    var direction: BudgetLine.Direction
    var chapter: String
    var account: String

    static func < (a: Account, b: Account) -> Bool {
      (a.section, a.direction, a.chapter, a.account) < (
        b.section, b.direction, b.chapter, b.account
      )
    }
  }
}

extension NomenclatureBridge.Account {
  init(_ line: BudgetLine) {
    self.init(
      section: line.section, direction: line.direction, chapter: line.chapter,
      account: line.account)
  }
}
