/// One executed (or voted) amount of a local-government budget: a nature account ×
/// function cell of one year, with its place in the hierarchy.
///
/// Amounts are kept in integer cents so that totals add up exactly, as the accounts do.
public struct BudgetLine: Sendable, Hashable, Codable {
  /// Operating (`F`, fonctionnement) or investment (`I`, investissement) section.
  public enum Section: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case operating = "F"
    case investment = "I"
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// Expenditure (`D`, dépense) or revenue (`R`, recette).
  public enum Direction: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case expenditure = "D"
    case revenue = "R"
    public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
  }

  /// Real operations (cash), order operations, or a closing balance.
  ///
  /// Order operations are accounting transfers between sections (chapters 040–043);
  /// savings and ratios use real operations only. A closing balance is no operation: a
  /// stock at 31 December read from a DGFiP balance (the outstanding debt of the
  /// borrowing and debt accounts, ``DebtAccounts``), kept beside the flows and never
  /// summed with them.
  public enum Operation: String, Sendable, Hashable, Codable, CaseIterable {
    case real = "real"
    case order = "order"
    case balance = "balance"
  }

  /// Whether the line is a flow the hierarchy sums: real operations, and order
  /// operations when they are included; never a closing balance.
  public func isFlow(includingOrder: Bool) -> Bool {
    operation == .real || (includingOrder && operation == .order)
  }

  /// The entity (collectivité), as its code in the source (SIREN, or an export code).
  public var entity: String
  /// The budget: main budget or an annex budget's code.
  public var budget: String
  /// Fiscal year.
  public var year: Int
  /// The fiscal years budgetcast reads, wide enough for any account and narrow enough
  /// to catch a mistyped year (`20233`, `-2023`).
  public static let fiscalYears = 1900...2200
  /// Budget stage: BP, BS, DM, CA or CFU.
  public var stage: String
  /// Nomenclature and version, such as `M52` or `M57-2024`.
  public var nomenclature: String
  /// Operating (F) or investment (I).
  public var section: Section
  /// Expenditure (D) or revenue (R).
  public var direction: Direction
  /// Real or order operation (savings and ratios use real ones).
  public var operation: Operation
  /// Chapter, without prefix (`017`, `65`, `204`).
  public var chapter: String
  /// Nature account, without prefix (`65171`).
  public var account: String
  /// Function (rubrique fonctionnelle), without prefix (`567`), empty if absent.
  public var function: String
  /// Label of the line in the source.
  public var label: String
  /// Amount in euro cents.
  public var amountCents: Int64

  /// A line from its fields, as an importer reads them (codes without prefix, amount in cents).
  public init(
    entity: String, budget: String, year: Int, stage: String, nomenclature: String,
    section: Section,
    direction: Direction, operation: Operation, chapter: String, account: String, function: String,
    label: String, amountCents: Int64
  ) {
    self.entity = entity
    self.budget = budget
    self.year = year
    self.stage = stage
    self.nomenclature = nomenclature
    self.section = section
    self.direction = direction
    self.operation = operation
    self.chapter = chapter
    self.account = account
    self.function = function
    self.label = label
    self.amountCents = amountCents
  }

  /// The line's identity across years (what a forecast series follows).
  public var key: LineKey {
    LineKey(
      section: section, direction: direction, chapter: chapter, account: account, function: function
    )
  }

  /// The amount in euros.
  public var amount: Double { Double(amountCents) / 100 }
}

/// The identity of a budget line across years: section, direction, chapter, nature
/// account and function.
public struct LineKey: Sendable, Hashable, Codable, Comparable {
  /// Operating (F) or investment (I).
  public var section: BudgetLine.Section
  /// Expenditure (D) or revenue (R).
  public var direction: BudgetLine.Direction
  /// Chapter, without prefix.
  public var chapter: String
  /// Nature account, without prefix.
  public var account: String
  /// Function, without prefix (empty if absent).
  public var function: String

  /// A key from its five parts (codes without prefix; an empty function when absent).
  public init(
    section: BudgetLine.Section, direction: BudgetLine.Direction, chapter: String, account: String,
    function: String
  ) {
    self.section = section
    self.direction = direction
    self.chapter = chapter
    self.account = account
    self.function = function
  }

  public static func < (a: LineKey, b: LineKey) -> Bool {
    (a.section, a.direction, a.chapter, a.account, a.function)
      < (b.section, b.direction, b.chapter, b.account, b.function)
  }
}

/// Euro amounts written as decimal text and parsed to exact cents.
public enum Cents {
  /// The largest amount read, in euros: 10^13 € (ten thousand billion, twenty times
  /// the State's budget), below which cents are exact in a `Double`.
  public static let largestEuros = 1e13

  /// Cents from a euro amount (rounded to the nearest cent), or nil beyond
  /// ``largestEuros`` either way.
  public static func from(euros: Double) -> Int64? {
    guard euros.magnitude <= largestEuros else { return nil }
    return Int64((euros * 100).rounded())
  }

  /// `1234.5` → `"1234.50"`, `-5` → `"-0.05"`.
  public static func text(_ cents: Int64) -> String {
    let sign = cents < 0 ? "-" : ""
    let magnitude = cents.magnitude
    let fraction = magnitude % 100
    return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
  }
}
