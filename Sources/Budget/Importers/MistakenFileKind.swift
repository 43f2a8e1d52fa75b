import Foundation

/// Files users pass as budget data by mistake, recognised from their first bytes so
/// that the message says what they are rather than listing a thousand ragged rows.
enum MistakenFileKind: CustomStringConvertible {
  case xml, spreadsheet

  /// The kind of the file at `path`, nil for text that may be a table.
  init?(_ path: String) {
    guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
    defer { try? handle.close() }
    let head = [UInt8]((try? handle.read(upToCount: 64)) ?? Data())
    let text = head.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
    if text.starts(with: Array("<?xml".utf8)) || text.first == UInt8(ascii: "<") {
      self = .xml
    } else if head.starts(with: [0x50, 0x4B, 0x03, 0x04])
      || head.starts(with: [0xD0, 0xCF, 0x11, 0xE0])
    {
      self = .spreadsheet
    } else {
      return nil
    }
  }

  var description: String {
    switch self {
    case .xml: return "an XML document"
    case .spreadsheet: return "a spreadsheet workbook (XLSX or XLS)"
    }
  }

  var remedy: String {
    switch self {
    case .xml:
      return
        "a CSV export of the accounts; an official plan-de-compte XML is given with --nomenclature FILE"
    case .spreadsheet: return "the sheet saved as CSV (File › Save as › CSV, UTF-8 or Windows-1252)"
    }
  }
}
