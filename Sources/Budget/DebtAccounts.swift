/// The accounts of borrowing and debt (chapter 16, *emprunts et dettes assimilées*) as
/// the law reads them for the capacité de désendettement and the financing need.
///
/// The decree applying articles 13 and 29 of the public-finance programming law of
/// 22 January 2018 (Légifrance LEGIARTI000036857490) defines, on real budget
/// operations (order operations never count):
///
/// - **loans** as the credits of the borrowing and debt accounts, and **debt
///   repayments** as their debits, both without the operations on the drawing option
///   on a treasury line (16449), the temporary repayments of bank loans (1645…), debt
///   refinancing (166…), accrued interest (1688…) and bond redemption premiums (169…);
/// - the **outstanding debt** as the closing credit balance of those accounts, without
///   accrued interest and redemption premiums.
///
/// So bonds (1631…), revolving loans (16441), other debts (167…, 168…) and deposits
/// received (165) count beside the euro loans of 1641; the excluded flows are treasury
/// movements that a year draws and repays, and leave the investment financing too
/// (``isTreasuryMovement(account:)``). The codes are the same in M52 and M57.
public enum DebtAccounts {
  /// The chapter of borrowing and debt, in M52 and M57.
  public static let chapter = "16"

  /// Whether `account` is one of the borrowing and debt accounts (16…).
  public static func isDebtAccount(_ account: String) -> Bool {
    account.hasPrefix(chapter)
  }

  /// Whether the flows of `account` are treasury movements the law leaves out of loans
  /// and repayments: drawing option on a treasury line (16449), temporary repayments
  /// (1645…), refinancing (166…).
  public static func isTreasuryMovement(account: String) -> Bool {
    account.hasPrefix("16449") || account.hasPrefix("1645") || account.hasPrefix("166")
  }

  /// Whether `account` holds accrued interest (1688…) or bond redemption premiums
  /// (169…), which neither borrowing nor the stock count.
  static func isAccrualOrPremium(account: String) -> Bool {
    account.hasPrefix("1688") || account.hasPrefix("169")
  }

  /// Whether the real flows of `account` are loans (credits) or debt repayments
  /// (debits).
  public static func isBorrowing(account: String) -> Bool {
    isDebtAccount(account) && !isTreasuryMovement(account: account)
      && !isAccrualOrPremium(account: account)
  }

  /// Whether the closing credit balance of `account` is part of the outstanding debt.
  public static func countsInOutstandingDebt(account: String) -> Bool {
    isDebtAccount(account) && !isAccrualOrPremium(account: account)
  }

  /// Whether a hierarchy node `line/I/D/16/1641/01` is a loan (direction `R`) or a
  /// debt repayment (direction `D`) line.
  public static func isBorrowing(node: String, direction: String) -> Bool {
    guard let account = debtAccount(ofNode: node, direction: direction) else { return false }
    return isBorrowing(account: String(account))
  }

  /// Whether a hierarchy node is a line of chapter 16 in `direction`'s investment
  /// section, whatever its account (borrowing or treasury movement).
  public static func isDebtLine(node: String, direction: String) -> Bool {
    debtAccount(ofNode: node, direction: direction) != nil
  }

  /// The account of a chapter-16 investment line node in `direction`, if it is one.
  static func debtAccount(ofNode node: String, direction: String) -> Substring? {
    let prefix = "line/I/\(direction)/\(chapter)/"
    guard node.hasPrefix(prefix) else { return nil }
    let rest = node.dropFirst(prefix.count)
    return rest.prefix { $0 != "/" }
  }
}
