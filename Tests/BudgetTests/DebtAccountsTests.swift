import Budget
import Testing

/// The 2018 decree's reading of chapter 16 (``DebtAccounts``), on the accounts of the
/// official M52 plan (2014).
@Suite("Borrowing and debt accounts")
struct DebtAccountsTests {
  @Test func loansAndRepaymentsLeaveTreasuryMovementsOut() {
    for account in ["1641", "1643", "16311", "16318", "16441", "165", "1672", "1675", "16811"] {
      #expect(DebtAccounts.isBorrowing(account: account), "\(account)")
      #expect(DebtAccounts.countsInOutstandingDebt(account: account), "\(account)")
    }
    for account in ["16449", "16451", "16452", "166"] {
      #expect(!DebtAccounts.isBorrowing(account: account), "\(account)")
      #expect(DebtAccounts.isTreasuryMovement(account: account), "\(account)")
      #expect(DebtAccounts.countsInOutstandingDebt(account: account), "\(account)")
    }
    for account in ["16884", "169"] {
      #expect(!DebtAccounts.isBorrowing(account: account), "\(account)")
      #expect(!DebtAccounts.countsInOutstandingDebt(account: account), "\(account)")
    }
    for account in ["2151", "65171", "1068", "13"] {
      #expect(!DebtAccounts.isBorrowing(account: account), "\(account)")
      #expect(!DebtAccounts.countsInOutstandingDebt(account: account), "\(account)")
    }
  }

  @Test func hierarchyNodesAreReadByDirection() {
    #expect(DebtAccounts.isBorrowing(node: "line/I/D/16/1641/01", direction: "D"))
    #expect(DebtAccounts.isBorrowing(node: "line/I/R/16/16311/01", direction: "R"))
    #expect(!DebtAccounts.isBorrowing(node: "line/I/R/16/16311/01", direction: "D"))
    #expect(!DebtAccounts.isBorrowing(node: "line/I/D/16/16449/01", direction: "D"))
    #expect(DebtAccounts.isDebtLine(node: "line/I/D/16/16449/01", direction: "D"))
    #expect(!DebtAccounts.isDebtLine(node: "line/I/D/21/2151/621", direction: "D"))
    #expect(!DebtAccounts.isDebtLine(node: "chapter/I/D/16", direction: "D"))
    #expect(!DebtAccounts.isBorrowing(node: "line/F/D/16/1641/01", direction: "D"))
  }
}
