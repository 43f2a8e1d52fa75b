import Scenarios

extension SpreadsheetReport {
  /// The *Dette* sheet: the loan table at 31 December of the last executed year, then
  /// the existing debt's extinction profile (as in the HTML report's Dette section).
  func debtSheet(_ sheet: XLSXWorkbook.Sheet, _ debt: Scenario.Debt) {
    let l = language
    let lastYear = data.historyYears.last ?? 0
    let headers = [
      l.pick("Emprunt", "Loan"),
      l.pick("Encours au 31/12/\(lastYear)", "Outstanding 31/12/\(lastYear)"),
      l.pick("Taux (%)", "Rate (%)"), l.pick("Durée résiduelle (ans)", "Years left"),
      l.pick("Profil", "Profile"),
    ]
    for (column, header) in headers.enumerated() {
      sheet.write(header, row: 0, column: column, style: .header)
    }
    let loans = debt.existingLoans
    for (index, loan) in loans.enumerated() {
      sheet.write(loan.name, row: index + 1, column: 0)
      sheet.write(loan.outstanding, row: index + 1, column: 1)
      sheet.write(100 * loan.rate, row: index + 1, column: 2, style: .plain)
      sheet.write(Double(loan.years), row: index + 1, column: 3, style: .plain)
      sheet.write(l.loanProfile(loan.profile), row: index + 1, column: 4)
    }
    let top = loans.count + 3
    let profileHeaders = [
      l.pick("Profil d'extinction : année", "Extinction: year"),
      l.pick("Capital remboursé", "Capital repaid"), l.pick("Intérêts", "Interest"),
      l.pick("Annuité", "Debt service"), l.pick("Encours au 31/12", "Outstanding at 31/12"),
    ]
    for (column, header) in profileHeaders.enumerated() {
      sheet.write(header, row: top, column: column, style: .header)
    }
    for (index, year) in DebtSchedule(debt: debt).extinction(from: lastYear + 1).enumerated() {
      let row = top + 1 + index
      sheet.write(Double(year.year), row: row, column: 0, style: .plain)
      sheet.write(year.capital, row: row, column: 1)
      sheet.write(year.interest, row: row, column: 2)
      sheet.write(year.capital + year.interest, row: row, column: 3)
      sheet.write(year.outstanding, row: row, column: 4)
    }
    sheet.width(30, columns: 0...0)
    sheet.width(18, columns: 1...4)
    sheet.freeze(rows: 1, columns: 1)
  }
}
