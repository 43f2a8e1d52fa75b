import Budget
import BudgetcastTestSupport
import DelimitedText
import Testing

@Suite("Malformed budget files give located errors and import nothing")
struct MalformedBudgetFileTests {
  static let header =
    "Département,Budget,Type nomenclature,Exercice,Type fichier,Date vote,Dépense/Recette,Investissement/Fonctionnement,Réel/Ordre id/Ordre diff,Chapitre,Sous-chapitre,Opération,Article,Rubrique fonctionnelle,Libellé,Code devise,Montant,"

  func problems(_ contents: String) throws -> [String] {
    let path = try CommandRunner.temporaryFile(named: "ca.csv", contents: contents)
    do {
      _ = try BudgetImporter.importFiles([path])
      return []
    } catch {
      return error.diagnostics.map { String($0.description.dropFirst(path.count + 1)) }
    }
  }

  @Test func textInAmountsAndBadCodesAreAllLocated() throws {
    let found = try problems(
      Self.header + "\n"
        + "C001,B00,M52,2012,CA,29/03/2013,D,F,OR,C017,,,A65171,R567,RSA,E,12 000 000.5,\n"
        + "C001,B00,M52,2012,CA,29/03/2013,X,F,OR,C017,,,A65171,R567,RSA,E,abc,\n"
        + "C001,B00,M52,20x2,CA,29/03/2013,D,F,ZZ,C017,,,A65171,R567,RSA,E,1,\n")
    #expect(found.count == 4)
    #expect(found.contains { $0.contains("'X' in column 'Dépense/Recette' is not a valid code") })
    #expect(found.contains { $0.contains("'abc' in column 'Montant' is not a number") })
    #expect(found.contains { $0.contains("'20x2' in column 'Exercice' is not a year") })
    #expect(found.contains { $0.contains("'ZZ' is not an operation type") })
  }

  @Test func raggedLinesAndUnknownFormats() throws {
    #expect(
      try problems(Self.header + "\nC001,B00,M52\n").contains {
        $0.hasPrefix("2:1: row has 3 fields")
      })
    #expect(try problems("a,b,c\n1,2,3\n").first?.contains("unknown budget file format") == true)
  }

  /// A chart of accounts or a workbook given as data is named for what it is, once,
  /// instead of as hundreds of ragged rows.
  @Test func xmlAndWorkbooksAreRecognised() throws {
    let xml = try problems(
      "\u{FEFF}<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<Nomenclature a=\"1,2\">\n")
    #expect(xml.count == 1)
    #expect(xml.first?.hasPrefix("1:1: an XML document") == true)
    #expect(xml.first?.contains("--nomenclature") == true)
    let workbook = try problems("PK\u{03}\u{04}\u{14}\u{00}xl/workbook.xml")
    #expect(workbook.first?.hasPrefix("1:1: a spreadsheet workbook") == true, "\(workbook)")
  }

  @Test func windows1252FilesAreDecoded() throws {
    // "Département" in Windows-1252 (é = 0xE9) in a long-format file.
    var bytes = Array(
      "entity,budget,year,stage,nomenclature,section,direction,operation,chapter,account,function,label,amount\n"
        .utf8)
    bytes +=
      Array("C001,B00,2012,CA,M52,F,D,real,017,65171,567,D".utf8) + [0xE9]
      + Array("pense,10.00\n".utf8)
    let table = try DelimitedTable(bytes: bytes, file: "cp1252.csv")
    #expect(table.encoding == .windows1252)
    #expect(table.rows[0][11].text == "Dépense")
  }
}
