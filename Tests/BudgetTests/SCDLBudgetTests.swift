import Budget
import BudgetcastTestSupport
import DelimitedText
import Testing

/// SCDL budget files as the schema (0.8.3) and the TOTEM converter write them.
@Suite("SCDL budget files")
struct SCDLBudgetTests {
  static let header =
    "BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_FONCTION,BGT_FONCTION_LABEL,BGT_OPERATION,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTBUDGPREC,BGT_MTRARPREC,BGT_MTPROPNOUV,BGT_MTPREV,BGT_CREDOUV,BGT_MTRAR3112,BGT_ARTSPE"

  /// A row: stage, year, chapter, account, function, section, operation, direction,
  /// executed and voted amounts.
  static func row(
    _ stage: String, _ year: Int, _ chapter: String, _ account: String, _ function: String,
    _ section: String, _ operation: String, _ direction: String, real: String, voted: String
  ) -> String {
    "\(stage),\(year),22330001300016,DEPARTEMENT DE LA GIRONDE,\(chapter),RSA,\(account),Allocations,\(function),,,\(section),\(operation),\(direction),\(real),,,,\(voted),,,non spécialisé"
  }

  /// An RSA allocations row (chapter 017, account 65171, function 567, real spending).
  static func rsa(
    _ stage: String, _ year: Int, section: String = "fonctionnement", operation: String = "réel",
    real: String, voted: String = ""
  ) -> String {
    row(stage, year, "017", "65171", "567", section, operation, "dépense", real: real, voted: voted)
  }

  func load(_ rows: [String], plan: Nomenclature? = nil) throws -> BudgetDataset {
    let path = try CommandRunner.temporaryFile(
      named: "budget.csv", contents: ([Self.header] + rows).joined(separator: "\n") + "\n")
    return try BudgetImporter.importFiles([path], nomenclature: plan)
  }

  @Test func executedAccountsReadTheRealisedAmountAndTheConvertersColumns() throws {
    let dataset = try load([
      Self.rsa("compte administratif", 2023, real: "251234567.89", voted: "260000000"),
      Self.row(
        "Compte administratif", 2023, "731", "73111", "01", "fonctionnement", "reel", "recette",
        real: "1.5E8", voted: ""),
      Self.row(
        "compte administratif", 2023, "040", "28031", "01", "investissement", "ordre", "recette",
        real: "2000000", voted: ""),
      Self.row(
        "compte administratif", 2023, "21", "2151", "621", "investissement", "réel", "dépense",
        real: "", voted: "500000"),
    ])
    #expect(dataset.lines.count == 3)
    let rsa = try #require(dataset.lines.first { $0.account == "65171" })
    #expect(rsa.chapter == "017" && rsa.function == "567" && rsa.stage == "CA")
    #expect(rsa.section == .operating && rsa.direction == .expenditure && rsa.operation == .real)
    #expect(rsa.amountCents == 25_123_456_789)
    #expect(rsa.entity == "223300013" && rsa.budget == "22330001300016")
    #expect(dataset.lines.first { $0.account == "73111" }?.amountCents == 15_000_000_000)
    #expect(dataset.lines.first { $0.account == "28031" }?.operation == .order)
    #expect(dataset.warnings.contains { $0.contains("1 rows without an amount") })
  }

  @Test func votedBudgetsReadTheVotedAmountAndTOTEMCodes() throws {
    let dataset = try load([
      Self.row("01", 2025, "017", "65171", "567", "F", "0", "D", real: "", voted: "270000000")
    ])
    let line = try #require(dataset.lines.first)
    #expect(line.stage == "BP" && line.amountCents == 27_000_000_000)
    #expect(line.section == .operating && line.direction == .expenditure)
  }

  @Test func badCodesAreLocatedAndNothingIsImported() throws {
    let path = try CommandRunner.temporaryFile(
      named: "budget.csv",
      contents: [
        Self.header,
        Self.rsa("compte annuel", 2023, real: "1"),
        Self.rsa("compte administratif", 2023, section: "", operation: "virtuel", real: "douze"),
      ].joined(separator: "\n") + "\n")
    #expect {
      try BudgetImporter.importFiles([path])
    } throws: { error in
      let found = (error as? DiagnosticReport)?.diagnostics.map(\.description) ?? []
      return found.count == 4
        && found.contains { $0.hasPrefix("\(path):2:1: 'compte annuel' in column 'BGT_NATDEC'") }
        && found.contains { $0.contains(":3:") && $0.contains("the section is empty") }
        && found.contains { $0.contains("'virtuel' in column 'BGT_OPBUDG' is not a valid code") }
        && found.contains { $0.contains("'douze' in column 'BGT_MTREAL' is not a number") }
    }
  }

  @Test func anEmptySectionComesFromTheNomenclature() throws {
    let plan = Nomenclature(
      norm: "M52", year: 2023,
      chapters: ["017": .init(code: "017", label: "RSA", section: "F", special: true)],
      accounts: [:], functions: [:])
    let dataset = try load(
      [
        Self.rsa("compte administratif", 2023, section: "", real: "10")
      ], plan: plan)
    #expect(dataset.lines.first?.section == .operating)
    #expect(dataset.lines.first?.nomenclature == "M52-2023")
  }

  @Test func executedAccountsWinOverVotedBudgetsOfTheSameYear() throws {
    let dataset = try load([
      Self.rsa("budget primitif", 2023, real: "", voted: "240000000"),
      Self.rsa("compte administratif", 2023, real: "251000000", voted: "240000000"),
      Self.rsa("budget primitif", 2024, real: "", voted: "255000000"),
    ])
    #expect(dataset.lines.map(\.stage) == ["CA", "BP"])
    #expect(dataset.totals()[2023] == 25_100_000_000)
    #expect(dataset.warnings.contains { $0.contains("stages BP, CA; the executed accounts (CA)") })
  }

  @Test func twoVotedStagesOfOneYearAreAnError() throws {
    #expect(throws: DiagnosticReport.self) {
      try load([
        Self.rsa("budget primitif", 2024, real: "", voted: "1"),
        Self.rsa("décision modificative", 2024, real: "", voted: "2"),
      ])
    }
  }

  /// The 13-column layout cities publish their accounts in on data.gouv.fr (Marseille's
  /// comptes administratifs from 2020, as a public pipeline that reads them records:
  /// no function or operation columns, `depense` without its accent, amounts in
  /// scientific notation).
  @Test func theReducedLayoutCitiesPublishReads() throws {
    let path = try CommandRunner.temporaryFile(
      named: "ca2021.csv",
      contents: """
        BGT_NATDEC,BGT_ANNEE,BGT_SIRET,BGT_NOM,BGT_CONTNAT,BGT_CONTNAT_LABEL,BGT_NATURE,BGT_NATURE_LABEL,BGT_SECTION,BGT_OPBUDG,BGT_CODRD,BGT_MTREAL,BGT_MTPREV
        compte administratif,2021,21130055300016,VILLE DE MARSEILLE,012,Charges de personnel,64111,Rémunération principale,fonctionnement,réel,depense,3.1234E8,3.2E8
        compte administratif,2021,21130055300016,VILLE DE MARSEILLE,73,Impôts et taxes,73111,Taxes foncières,fonctionnement,réel,recette,4.5E8,4.4E8
        compte administratif,2021,21130055300016,VILLE DE MARSEILLE,040,Opérations d'ordre,2802,Amortissements,investissement,ordre,recette,1.2E7,1.2E7

        """)
    let dataset = try BudgetImporter.importFiles([path])
    #expect(dataset.lines.count == 3)
    #expect(dataset.lines.allSatisfy { $0.stage == "CA" && $0.function.isEmpty })
    let real = dataset.sectionTotals()[.operating]
    #expect(real?[.expenditure]?[2021] == 312_340_000_00)
    #expect(real?[.revenue]?[2021] == 450_000_000_00)
    #expect(dataset.lines.last?.operation == .order)
  }
}
