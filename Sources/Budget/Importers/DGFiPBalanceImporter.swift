import DelimitedText

/// DGFiP account balances (`balances comptables des collectivités`, 29 columns
/// `EXER … SC`): one row per nature account × function, with debit and credit flows.
///
/// Real flows are the budget operations net of cancellations minus the order
/// operations: expenditure `OBNETDEB − OOBDEB`, revenue `OBNETCRE − OOBCRE`. Balances
/// carry nature accounts only, so the chapter comes from the nomenclature (the
/// account's `DR`/`RR` attribute), and the section from the chapter. Accounts the
/// nomenclature does not vote on a chapter (balance-sheet accounts) carry no budget
/// flow and are skipped, with a count in the warnings. Order flows are not imported.
///
/// The closing balances (`SC − SD`) of the borrowing and debt accounts that make up the
/// outstanding debt at 31 December (1641 loans, 1631 bonds and the other accounts of
/// chapter 16 but accrued interest and redemption premiums:
/// ``DebtAccounts/countsInOutstandingDebt(account:)``) are kept as
/// ``BudgetLine/Operation/balance`` lines (``BudgetDataset/outstandingDebt``), beside
/// the accounts' flows (new loans and capital repaid), when the file has the `SD` and
/// `SC` columns.
enum DGFiPBalanceImporter {
  static let columns = [
    "EXER", "IDENT", "SIREN", "CBUDG", "NOMEN", "FONCTION", "COMPTE", "OBNETDEB", "OBNETCRE",
    "OOBDEB", "OOBCRE",
  ]

  static func read(_ table: DelimitedTable, nomenclature: Nomenclature?) throws(DiagnosticReport)
    -> BudgetDataset
  {
    guard let nomenclature else {
      throw DiagnosticReport([
        Diagnostic(
          file: table.file, line: 1, column: 1,
          problem: "a DGFiP balance carries nature accounts, not chapters",
          expected:
            "--nomenclature with the year's plan-de-compte XML, so that accounts map to chapters")
      ])
    }
    var reader = RowReader(table: table, required: columns)
    try reader.checkColumns()
    var lines: [BudgetLine] = []
    var skipped = 0
    let hasClosingBalances = reader.hasColumn("SD") && reader.hasColumn("SC")
    for row in table.rows {
      let year = reader.year(row, "EXER")
      let flows = ["OBNETDEB", "OBNETCRE", "OOBDEB", "OOBCRE"].map { reader.amount(row, $0) }
      guard let year, let net = flows[0], let netCredit = flows[1], let order = flows[2],
        let orderCredit = flows[3]
      else { continue }
      let account = reader.text(row, "COMPTE")
      let entity =
        reader.text(row, "SIREN").isEmpty ? reader.text(row, "IDENT") : reader.text(row, "SIREN")
      var mapped = false
      for (direction, amount) in [
        (BudgetLine.Direction.expenditure, net - order), (.revenue, netCredit - orderCredit),
      ] {
        guard let chapter = nomenclature.chapter(ofAccount: account, direction: direction),
          let section = nomenclature.chapters[chapter].flatMap({
            BudgetLine.Section(rawValue: $0.section)
          })
        else { continue }
        mapped = true
        guard amount != 0 else { continue }
        lines.append(
          BudgetLine(
            entity: entity, budget: reader.text(row, "CBUDG"), year: year, stage: "CA",
            nomenclature: reader.text(row, "NOMEN"), section: section, direction: direction,
            operation: .real,
            chapter: chapter, account: account, function: reader.text(row, "FONCTION"),
            label: nomenclature.accounts[account]?.label ?? "", amountCents: amount))
      }
      if !mapped { skipped += 1 }
      if hasClosingBalances, DebtAccounts.countsInOutstandingDebt(account: account),
        let debit = reader.amount(row, "SD"),
        let credit = reader.amount(row, "SC"), credit != debit
      {
        lines.append(
          BudgetLine(
            entity: entity, budget: reader.text(row, "CBUDG"), year: year, stage: "CA",
            nomenclature: reader.text(row, "NOMEN"), section: .investment, direction: .revenue,
            operation: .balance,
            chapter: nomenclature.chapter(ofAccount: account, direction: .revenue) ?? "16",
            account: account, function: reader.text(row, "FONCTION"),
            label: nomenclature.accounts[account]?.label ?? "", amountCents: credit - debit))
      }
    }
    try reader.finish()
    let warnings =
      skipped > 0
      ? [
        "\(skipped) rows on accounts without a budget chapter in \(nomenclature.name) (balance-sheet accounts) skipped"
      ] : []
    return BudgetDataset(lines: lines, warnings: warnings)
  }
}
