import CXLSXWriter
import Foundation

/// A thin wrapper over libxlsxwriter; every C call of the spreadsheet report is here.
///
/// The document's creation time is fixed (the Unix epoch) so that the same run gives
/// the same bytes. Non-finite numbers are written as empty cells: Excel cannot hold them.
final class XLSXWorkbook {
  /// Why the workbook could not be written.
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Cell styles.
  enum Style {
    case plain, header, euros, percent, override, forecast
  }

  private let workbook: UnsafeMutablePointer<lxw_workbook>
  private var styles: [Style: UnsafeMutablePointer<lxw_format>] = [:]
  private var properties = lxw_doc_properties()
  private let title: UnsafeMutablePointer<CChar>?

  init(path: String, title: String) throws(Failure) {
    guard let workbook = workbook_new(path) else {
      throw Failure(description: "\(path): cannot create the workbook")
    }
    self.workbook = workbook
    self.title = strdup(title)
    properties.title = self.title
    properties.created = 0
    workbook_set_properties(workbook, &properties)
    styles[.plain] = nil
    styles[.header] = format { format_set_bold($0) }
    styles[.euros] = format { format_set_num_format($0, "#,##0") }
    styles[.percent] = format { format_set_num_format($0, "0.0") }
    styles[.forecast] = format {
      format_set_num_format($0, "#,##0")
      format_set_italic($0)
    }
    styles[.override] = format {
      format_set_num_format($0, "#,##0")
      format_set_bold($0)
      format_set_bg_color($0, 0xFFE0B2)
    }
  }

  deinit { free(title) }

  private func format(_ configure: (UnsafeMutablePointer<lxw_format>) -> Void)
    -> UnsafeMutablePointer<lxw_format>?
  {
    guard let format = workbook_add_format(workbook) else { return nil }
    configure(format)
    return format
  }

  /// A new worksheet.
  func sheet(_ name: String) throws(Failure) -> Sheet {
    guard let sheet = workbook_add_worksheet(workbook, name) else {
      throw Failure(description: "cannot add the sheet '\(name)'")
    }
    return Sheet(sheet: sheet, workbook: self)
  }

  /// Writes the file.
  func close() throws(Failure) {
    let status = workbook_close(workbook)
    guard status == LXW_NO_ERROR else {
      throw Failure(description: "libxlsxwriter: \(String(cString: lxw_strerror(status)))")
    }
  }

  /// One worksheet.
  struct Sheet {
    fileprivate let sheet: UnsafeMutablePointer<lxw_worksheet>
    fileprivate let workbook: XLSXWorkbook

    func write(_ text: String, row: Int, column: Int, style: Style = .plain) {
      worksheet_write_string(
        sheet, lxw_row_t(row), lxw_col_t(column), text, workbook.styles[style] ?? nil)
    }

    func write(_ number: Double, row: Int, column: Int, style: Style = .euros) {
      guard number.isFinite else { return }
      worksheet_write_number(
        sheet, lxw_row_t(row), lxw_col_t(column), number, workbook.styles[style] ?? nil)
    }

    func comment(_ text: String, row: Int, column: Int) {
      worksheet_write_comment(sheet, lxw_row_t(row), lxw_col_t(column), text)
    }

    func width(_ width: Double, columns: ClosedRange<Int>) {
      worksheet_set_column(
        sheet, lxw_col_t(columns.lowerBound), lxw_col_t(columns.upperBound), width, nil)
    }

    func freeze(rows: Int, columns: Int) {
      worksheet_freeze_panes(sheet, lxw_row_t(rows), lxw_col_t(columns))
    }
  }
}
