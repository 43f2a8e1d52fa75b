import BudgetcastTestSupport
import Foundation
import Testing

/// import, inspect, forecast-budget and backtest on Gironde's real accounts (when
/// ../shared/data/gironde is present).
@Suite("Budget commands on Gironde, end to end")
struct BudgetCommandsTests {
  static var files: [String]? {
    guard let folder = RepositoryPaths.sharedData?.appendingPathComponent("gironde") else {
      return nil
    }
    return (2009...2013).map { folder.appendingPathComponent("cedi_\($0)_CA.csv").path }
  }

  /// A `forecast` of `files` archived in a new folder: the folder and the run.
  static func archivedRun(
    _ files: [String], horizon: Int, archiveSuffix: String = ".d"
  ) throws -> (archive: String, run: String) {
    let archive =
      try CommandRunner.temporaryFile(named: "archive", contents: "") + archiveSuffix
    let created = try CommandRunner.budgetcast(
      ["forecast", "--data"] + files + ["--horizon", String(horizon), "--archive", archive])
    #expect(created.status == 0, "\(created.standardError)")
    return (archive, try #require(created.lastLine))
  }

  @Test func importInspectForecastBacktest() throws {
    guard let files = Self.files else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let dataset = try CommandRunner.temporaryFile(named: "gironde.csv", contents: "")
    let imported = try CommandRunner.budgetcast(["import"] + files + ["--output", dataset])
    #expect(imported.status == 0, "\(imported.standardError)")
    #expect(imported.standardOutput.contains("Years: 2009, 2010, 2011, 2012, 2013"))
    #expect(imported.standardOutput.contains("Kind: departement (from M52)"))
    #expect(imported.standardOutput.contains("operating expenditure        1069632862.81"))

    let reimported = try CommandRunner.budgetcast([
      "import", dataset, "--output", dataset + ".again.csv",
    ])
    #expect(reimported.status == 0)
    #expect(
      try String(contentsOfFile: dataset, encoding: .utf8)
        == String(contentsOfFile: dataset + ".again.csv", encoding: .utf8))

    let inspected = try CommandRunner.budgetcast([
      "inspect", dataset, "--level", "chapter", "--format", "csv",
    ])
    #expect(inspected.standardOutput.contains("chapter,F,D,017,,,2013,"))

    let output = dataset + ".forecast.csv"
    let forecast = try CommandRunner.budgetcast([
      "forecast-budget", "--data", dataset, "--horizon", "2", "--output", output,
    ])
    #expect(forecast.status == 0, "\(forecast.standardError)")
    let rows = try String(contentsOfFile: output, encoding: .utf8).split(separator: "\n")
    #expect(
      rows.first
        == "level,section,direction,chapter,account,function,year,forecast,lo80,hi80,lo95,hi95,base_forecast"
    )
    #expect(rows.contains { $0.hasPrefix("line,F,D,017,65171,") })

    let backtest = try CommandRunner.budgetcast([
      "backtest", "--data", dataset, "--origin", "2011", "--horizon", "2",
    ])
    #expect(backtest.status == 0)
    #expect(backtest.standardOutput.contains("chapter   mint-shrink"))
  }

  /// The savings cascade of a run on Gironde's five years repays and borrows what the
  /// 2018 decree counts (`Golden/gironde_debt_flows.json`, summed from the raw files by
  /// BudgetTests/Golden/make_gironde_totals.py): bonds
  /// and revolving loans beside the euro loans, not the treasury line's 90–130 M€ drawn
  /// and repaid each year.
  @Test func theCascadeReadsGirondesBorrowingAsTheDecreeDoes() throws {
    guard let files = Self.files else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let (archive, run) = try Self.archivedRun(files, horizon: 1, archiveSuffix: ".debt.d")
    let shown = try CommandRunner.budgetcast(["runs", "show", run, "--archive", archive, "--json"])
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(shown.standardOutput.utf8)) as? [String: Any])
    let ratios = try #require(document["ratios"] as? [[String: Any]])
    let reference = try GoldenFile.load(
      [String: [String: String]].self, named: "gironde_debt_flows.json")
    for year in 2009...2013 {
      let row = try #require(ratios.first { $0["year"] as? Int == year })
      let flows = try #require(reference[String(year)])
      let repaid = try #require(Double(flows["repaid"] ?? ""))
      let borrowed = try #require(Double(flows["borrowed"] ?? ""))
      #expect(abs((row["capitalRepayment"] as? Double ?? 0) - repaid) < 0.01, "\(year) \(row)")
      #expect(abs((row["borrowing"] as? Double ?? 0) - borrowed) < 0.01, "\(year) \(row)")
      let gross = try #require(row["grossSavings"] as? Double)
      #expect(abs((row["netSavings"] as? Double ?? 0) - (gross - repaid)) < 0.01)
    }
  }

  /// A run on 2009–2011 against the executed 2012–2013: the section totals the
  /// evaluation reads are `inspect`'s, and its intervals have width (three-year
  /// histories once gave DOTM's exact fit and zero-width intervals).
  @Test func evaluateAgainstTheNextYears() throws {
    guard let files = Self.files else {
      print("skipped: ../shared/data/gironde is absent")
      return
    }
    let (archive, run) = try Self.archivedRun(Array(files.prefix(3)), horizon: 2)
    // Three years: every line with a history carries its last value forward, and the
    // synthesis says so in its first messages (counts grouped the French way).
    let report = archive + ".html"
    _ = try CommandRunner.budgetcast(["report", run, "--archive", archive, "--output", report])
    let html = try String(contentsOfFile: report, encoding: .utf8)
    #expect(html.contains("<strong>Historique court</strong> : 3 exercices exécutés (2009–2011)"))
    #expect(html.contains("1\u{202F}351 lignes sur 1\u{202F}478 le sont"))
    let evaluated = try CommandRunner.budgetcast(
      ["evaluate", run, "--archive", archive, "--json", "--actuals"] + files.suffix(2))
    #expect(evaluated.status == 0, "\(evaluated.standardError)")
    let document = try #require(
      try JSONSerialization.jsonObject(with: Data(evaluated.standardOutput.utf8))
        as? [String: Any])
    #expect(document["years"] as? [Int] == [2012, 2013])

    let actuals = archive + ".actuals.csv"
    _ = try CommandRunner.budgetcast(["import"] + files.suffix(2) + ["--output", actuals])
    let inspected = try CommandRunner.budgetcast([
      "inspect", actuals, "--level", "section", "--format", "csv",
    ])
    var sections: [String: Double] = [:]
    for line in inspected.standardOutput.split(separator: "\n") {
      let cells = line.split(separator: ",", omittingEmptySubsequences: false)
      guard cells.count == 8, cells[0] == "section", let amount = Double(cells[7]) else { continue }
      sections["\(cells[1])\(cells[2])@\(cells[6])"] = amount
    }
    let savings = try #require(document["grossSavings"] as? [[String: Any]])
    #expect(savings.count == 2)
    for row in savings {
      let year = try #require(row["year"] as? Int)
      let executed = (sections["FR@\(year)"] ?? .nan) - (sections["FD@\(year)"] ?? .nan)
      #expect(abs((row["actualGrossSavings"] as? Double ?? 0) - executed) < 0.01)
      let band = (row["bands"] as? [String: [String: Double]])?["80"]
      #expect((band?["upper"] ?? 0) - (band?["lower"] ?? 0) > 1e6, "\(row)")
    }
    let levels = try #require(document["levels"] as? [[String: Any]])
    let total = try #require(levels.first { $0["level"] as? String == "total" })
    #expect((total["wape"] as? Double ?? 1) < 0.05, "\(total)")
  }

  /// A DGFiP balance with its plan: the import summary gives the outstanding debt at
  /// 31 December (chapter 16's closing balances: euro loans and bonds) and its parts
  /// beside the flows, and the long CSV written keeps it as `balance` lines.
  @Test func aBalanceImportShowsTheDebtStock() throws {
    let plan = try CommandRunner.temporaryFile(
      named: "plan.xml", contents: BudgetFixture.planXML())
    let header =
      "EXER;IDENT;NDEPT;LBUDG;INSEE;CBUDG;CTYPE;CSTYP;NOMEN;SIREN;CREGI;CACTI;SECTEUR;FINESS;CODBUD1;CATEG;BAL;FONCTION;COMPTE;BEDEB;BECRE;OBNETDEB;OBNETCRE;ONBDEB;ONBCRE;OOBDEB;OOBCRE;SD;SC"
    let row = { (year: Int, account: String, debit: String, credit: String, closing: String) in
      "\(year);22330001300016;033;DEPARTEMENT;033;1;201;;M52;223300013;75;;;;;DEPT;DEF;01;\(account);0;0;\(debit);\(credit);0;0;0;0;0;\(closing)"
    }
    let balance = try CommandRunner.temporaryFile(
      named: "balance.csv",
      contents: ([header]
        + [2022, 2023].flatMap { year in
          [
            row(year, "1641", "46000000", "56000000", year == 2022 ? "620000000" : "630000000"),
            row(year, "16311", "0", "0", "140000000"),
            row(year, "65171", "210000000", "0", "0"),
          ]
        }).joined(separator: "\n") + "\n")
    let output = balance + ".long.csv"
    let imported = try CommandRunner.budgetcast([
      "import", balance, "--nomenclature", plan, "--output", output,
    ])
    #expect(imported.status == 0, "\(imported.standardError)")
    let debtRow = imported.standardOutput.split(separator: "\n").first {
      $0.contains("debt at 31/12 (16)")
    }
    #expect(debtRow?.contains("760000000.00") == true, "\(imported.standardOutput)")
    #expect(debtRow?.contains("770000000.00") == true)
    // Its parts: the bank loans and the bonds a loan table must hold.
    let summary = imported.standardOutput
    #expect(summary.contains("    bank loans (164)"), "\(summary)")
    #expect(summary.contains("    bonds (163)") && summary.contains("140000000.00"))
    #expect(!summary.contains("other debts"))
    let long = try String(contentsOfFile: output, encoding: .utf8)
    #expect(long.contains(",I,R,balance,16,1641,01,Emprunts en euros,630000000.00"))
  }

  /// `import` says which kind of collectivité `forecast` will take the accounts for.
  @Test func importSaysTheKindOfCollectivite() throws {
    for (nomenclature, kind) in [
      (
        "M57",
        "not said by the nomenclatures (M57): forecast takes departement unless --entity-kind says otherwise"
      ),
      ("M14", "commune (from M14)"),
    ] {
      let path = try CommandRunner.temporaryFile(
        named: "\(nomenclature).csv",
        contents: BudgetFixture.longCSV().replacingOccurrences(
          of: ",CA,M57,", with: ",CA,\(nomenclature),"))
      let run = try CommandRunner.budgetcast(["import", path, "--output", path + ".out"])
      #expect(run.standardOutput.contains("Kind: \(kind)\n"), "\(run.standardOutput)")
    }
  }

  @Test func unknownFormatIsALocatedError() throws {
    let path = try CommandRunner.temporaryFile(named: "x.csv", contents: "a,b\n1,2\n")
    let run = try CommandRunner.budgetcast(["import", path, "--output", path + ".out"])
    #expect(run.status == 65)
    #expect(run.standardError.hasPrefix("\(path):1:1: unknown budget file format"))
    #expect(!FileManager.default.fileExists(atPath: path + ".out"))
  }
}
