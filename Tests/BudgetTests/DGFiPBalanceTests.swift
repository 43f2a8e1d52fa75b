import Budget
import BudgetcastTestSupport
import DelimitedText
import Testing

@Suite("DGFiP balances")
struct DGFiPBalanceTests {
  static let header =
    "EXER;IDENT;NDEPT;LBUDG;INSEE;CBUDG;CTYPE;CSTYP;NOMEN;SIREN;CREGI;CACTI;SECTEUR;FINESS;CODBUD1;CATEG;BAL;FONCTION;COMPTE;BEDEB;BECRE;OBNETDEB;OBNETCRE;ONBDEB;ONBCRE;OOBDEB;OOBCRE;SD;SC"

  static let plan = Nomenclature(
    norm: "M52", year: 2022,
    chapters: [
      "017": .init(code: "017", label: "RSA", section: "F", special: true),
      "731": .init(code: "731", label: "Impositions directes", section: "F", special: false),
      "21": .init(code: "21", label: "Immobilisations corporelles", section: "I", special: false),
      "16": .init(code: "16", label: "Emprunts et dettes assimilées", section: "I", special: false),
    ],
    accounts: [
      "65171": .init(
        code: "65171", label: "RSA forfaitaire", expenditureChapter: "017", revenueChapter: nil),
      "73111": .init(
        code: "73111", label: "Taxes foncières", expenditureChapter: nil, revenueChapter: "731"),
      "2151": .init(
        code: "2151", label: "Réseaux de voirie", expenditureChapter: "21", revenueChapter: "21"),
      "1641": .init(
        code: "1641", label: "Emprunts en euros", expenditureChapter: "16", revenueChapter: "16"),
      "16311": .init(
        code: "16311", label: "Emprunts obligataires remboursables in fine",
        expenditureChapter: "16", revenueChapter: "16"),
      "16449": .init(
        code: "16449", label: "Opérations afférentes à l'option de tirage sur ligne de trésorerie",
        expenditureChapter: "16", revenueChapter: "16"),
      "16884": .init(
        code: "16884", label: "Intérêts courus sur emprunts auprès des établissements de crédit",
        expenditureChapter: nil, revenueChapter: nil),
    ],
    functions: [:])

  func row(
    _ function: String, _ account: String, _ debit: String, _ credit: String, _ orderDebit: String
  ) -> String {
    "2022;22330001300016;033;DEPARTEMENT;033;1;201;;M52;223300013;75;;;;;DEPT;DEF;\(function);\(account);0;0;\(debit);\(credit);0;0;\(orderDebit);0;0;0"
  }

  @Test func realFlowsAreNetOfOrderOperationsAndMappedToChapters() throws {
    let text =
      [
        Self.header, row("567", "65171", "250 000 000,50", "0", "0"),
        row("01", "73111", "0", "180000000", "0"),
        row("621", "2151", "40000000", "0", "1500000"), row("01", "4111", "5", "5", "0"),
      ].joined(separator: "\n") + "\n"
    let path = try CommandRunner.temporaryFile(named: "balance.csv", contents: text)
    let dataset = try BudgetImporter.importFiles([path], nomenclature: Self.plan)
    #expect(dataset.lines.count == 3)
    let rsa = try #require(dataset.lines.first { $0.account == "65171" })
    #expect(rsa.chapter == "017" && rsa.section == .operating && rsa.direction == .expenditure)
    #expect(rsa.amountCents == 25_000_000_050)
    let roads = try #require(dataset.lines.first { $0.account == "2151" })
    #expect(roads.section == .investment && roads.amountCents == 3_850_000_000)
    #expect(dataset.lines.first { $0.account == "73111" }?.direction == .revenue)
    #expect(
      dataset.warnings.contains { $0.contains("1 rows on accounts without a budget chapter") })
  }

  /// Account 1641 in two years: repayments and new loans are real flows; its closing
  /// credit balance is the outstanding debt, kept apart from the flows.
  @Test func theLoansClosingBalanceIsTheOutstandingDebt() throws {
    let loans = { (year: Int, repaid: String, borrowed: String, closing: String) in
      "\(year);22330001300016;033;DEPARTEMENT;033;1;201;;M52;223300013;75;;;;;DEPT;DEF;01;1641;0;0;\(repaid);\(borrowed);0;0;0;0;0;\(closing)"
    }
    let text =
      [
        Self.header, loans(2021, "40000000", "50000000", "610000000"),
        loans(2022, "46000000", "56000000", "620000000,25"), row("567", "65171", "1000", "0", "0"),
      ].joined(separator: "\n") + "\n"
    let path = try CommandRunner.temporaryFile(named: "balance.csv", contents: text)
    let dataset = try BudgetImporter.importFiles([path], nomenclature: Self.plan)
    #expect(dataset.outstandingDebt == [2021: 610_000_000, 2022: 620_000_000.25])
    let flows = dataset.lines.filter { $0.account == "1641" && $0.operation == .real }
    #expect(flows.count == 4)
    #expect(
      flows.first { $0.year == 2022 && $0.direction == .expenditure }?.amountCents == 4_600_000_000)
    // The stock is no flow: the hierarchy's investment revenue holds the new loans only.
    let hierarchy = BudgetHierarchy(dataset)
    let revenue = try #require(
      hierarchy.nodes.firstIndex { $0.level == .section && $0.direction == .revenue })
    #expect(hierarchy.amounts[revenue] == [5_000_000_000, 5_600_000_000])
    #expect(BudgetHierarchy(dataset, includingOrder: true).amounts == hierarchy.amounts)
    // Written and read back in budgetcast's long format, the stock is still there.
    let long = try CommandRunner.temporaryFile(
      named: "long.csv", contents: LongBudgetFormat.text(dataset))
    #expect(try BudgetImporter.importFiles([long]).outstandingDebt == dataset.outstandingDebt)
  }

  /// Bonds count in the stock beside the euro loans, and a treasury line drawn at the
  /// year's end too (a credit balance is debt, whatever the account); accrued interest
  /// does not (the 2018 decree's definition: ``DebtAccounts``).
  @Test func theStockHoldsEveryDebtAccountButAccruedInterest() throws {
    let balance = { (account: String, debit: String, credit: String, closing: String) in
      "2022;22330001300016;033;DEPARTEMENT;033;1;201;;M52;223300013;75;;;;;DEPT;DEF;01;\(account);0;0;\(debit);\(credit);0;0;0;0;0;\(closing)"
    }
    let text =
      [
        Self.header, balance("1641", "46000000", "56000000", "620000000"),
        balance("16311", "0", "40000000", "140000000"),
        balance("16449", "90000000", "95000000", "5000000"),
        balance("16884", "0", "0", "3100000"),
      ].joined(separator: "\n") + "\n"
    let path = try CommandRunner.temporaryFile(named: "balance.csv", contents: text)
    let dataset = try BudgetImporter.importFiles([path], nomenclature: Self.plan)
    #expect(dataset.outstandingDebt == [2022: 765_000_000])
    #expect(!dataset.lines.contains { $0.account == "16884" })
    #expect(dataset.lines.filter { $0.operation == .real }.count == 5)
  }

  @Test func withoutANomenclatureTheImportSaysWhatIsMissing() throws {
    let path = try CommandRunner.temporaryFile(
      named: "balance.csv", contents: Self.header + "\n" + row("567", "65171", "1", "0", "0") + "\n"
    )
    #expect {
      try BudgetImporter.importFiles([path])
    } throws: { error in
      (error as? DiagnosticReport)?.description.contains("--nomenclature") == true
    }
  }

  /// Open-data portals export the balances with lower-case column names, a byte-order
  /// mark and `.` decimals: the same lines are read.
  @Test func portalExportsWithLowerCaseNamesRead() throws {
    let text =
      "\u{FEFF}" + Self.header.lowercased() + "\n"
      + row("567", "65171", "250000000.5", "0", "0") + "\n"
    let path = try CommandRunner.temporaryFile(named: "balance.csv", contents: text)
    let dataset = try BudgetImporter.importFiles([path], nomenclature: Self.plan)
    #expect(dataset.lines.count == 1)
    #expect(dataset.lines.first?.amountCents == 25_000_000_050)
    #expect(dataset.lines.first?.chapter == "017")
  }
}
