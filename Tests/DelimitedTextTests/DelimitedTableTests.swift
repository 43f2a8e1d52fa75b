import DelimitedText
import Testing

@Suite("Reading delimited files")
struct DelimitedTableTests {
  func table(_ text: String) throws -> DelimitedTable {
    try DelimitedTable(bytes: Array(text.utf8), file: "in.csv")
  }

  func problems(_ text: String, bytes: [UInt8]? = nil) -> [String] {
    do {
      _ = try DelimitedTable(bytes: bytes ?? Array(text.utf8), file: "in.csv")
      return []
    } catch {
      return error.diagnostics.map(\.description)
    }
  }

  @Test func readsRFC4180WithQuotesAndCRLF() throws {
    let t = try table(
      "name,note,value\r\n\"Dupont, Jean\",\"he said \"\"hi\"\"\",3\r\nB,\"two\nlines\",4\r\n")
    #expect(t.columnNames == ["name", "note", "value"])
    #expect(
      t.rows.map { $0.map(\.text) } == [
        ["Dupont, Jean", "he said \"hi\"", "3"], ["B", "two\nlines", "4"],
      ])
    #expect(t.rows[1][0].line == 3)
    #expect(t.separator == ",")
  }

  @Test func detectsSemicolonBOMAndDecimalComma() throws {
    let t = try DelimitedTable(
      bytes: [0xEF, 0xBB, 0xBF] + Array("année;montant\n2023;1 234,5\n".utf8), file: "fr.csv")
    #expect(t.separator == ";")
    #expect(t.columnNames == ["année", "montant"])
    #expect(try t.numericColumns(["montant"]) == [[1234.5]])
  }

  @Test func decodesWindows1252() throws {
    // "Dépense;€" in Windows-1252: é = 0xE9, € = 0x80.
    let bytes: [UInt8] = [
      0x44, 0xE9, 0x70, 0x65, 0x6E, 0x73, 0x65, 0x3B, 0x80, 0x0A, 0x31, 0x3B, 0x32, 0x0A,
    ]
    let t = try DelimitedTable(bytes: bytes, file: "cp1252.csv")
    #expect(t.encoding == .windows1252)
    #expect(t.columnNames == ["Dépense", "€"])
  }

  @Test func skipsBlankLines() throws {
    let t = try table("a,b\n\n1,2\n   \n3,4\n")
    #expect(t.rows.count == 2)
  }

  @Test func emptyFileIsLocated() {
    #expect(
      problems("") == [
        "in.csv:1:1: file is empty; expected a header row naming the columns, then one row per observation"
      ])
  }

  @Test func raggedRowsAreAllReported() {
    let found = problems("a,b,c\n1,2\n1,2,3\n1,2,3,4\n")
    #expect(found.count == 2)
    #expect(found[0].hasPrefix("in.csv:2:1: row has 2 fields; expected 3 fields"))
    #expect(found[1].hasPrefix("in.csv:4:7: row has 4 fields"))
  }

  @Test func quotingProblemsAreLocated() {
    #expect(
      problems("a,b\n1,\"open\n").first?.hasPrefix(
        "in.csv:2:3: quoted field opened here is never closed") == true)
    #expect(
      problems("a,b\n1,ab\"c\n").first?.hasPrefix("in.csv:2:5: '\"' inside an unquoted field")
        == true)
  }

  @Test func duplicateAndEmptyColumnNames() {
    let found = problems("x,y,x,\n1,2,3,4\n")
    #expect(found.contains { $0.hasPrefix("in.csv:1:5: column name 'x' appears twice") })
    #expect(found.contains { $0.hasPrefix("in.csv:1:7: column name is empty") })
  }

  @Test func everyBadCellIsReportedWithItsColumn() throws {
    let t = try table("y,x\n1,2\nabc,3\n4,\n5,nan\n")
    do {
      _ = try t.numericColumns(["y", "x", "z"])
      Issue.record("expected a report")
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "in.csv:1:1: column 'z' not found; expected one of the header's columns: y, x"
        ])
    }
    do {
      _ = try t.numericColumns(["y", "x"])
      Issue.record("expected a report")
    } catch {
      #expect(
        error.diagnostics.map(\.description) == [
          "in.csv:3:1: 'abc' in column 'y' is not a number; expected a decimal number such as 1234.5",
          "in.csv:4:3: missing value in column 'x'; expected a number in every row (fill the cell or remove the row)",
          "in.csv:5:3: 'nan' in column 'x' is not a finite number; expected a finite number such as 1234.5",
        ])
    }
  }

  @Test func reportListsTwentyThenCounts() throws {
    let rows = (1...25).map { "r\($0)" }.joined(separator: "\n")
    let t = try table("v\n" + rows + "\n")
    do {
      _ = try t.numericColumns(["v"])
    } catch {
      #expect(error.diagnostics.count == 25)
      let lines = error.description.split(separator: "\n")
      #expect(lines.count == 21)
      #expect(lines.last == "… and 5 more problems in the same file")
    }
  }
}
