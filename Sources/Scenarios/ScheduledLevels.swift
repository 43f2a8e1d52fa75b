/// A level set by decree, as amounts in force from a month (the RSA base amount each
/// April, a pay-index step in July), and the yearly means they give.
///
/// The mean of year Y is `Σ_{m=1…12} A(Y, m) / 12`, A(Y, m) the amount whose date is the
/// latest at or before month m of Y: an amount raised by r in April counts 9/12 of r in
/// its year, all of it after. Years are given from the first whose January the dates
/// cover to the year of the last date (its amount holds to December, not beyond).
struct ScheduledLevels: Sendable {
  /// The amounts by month index `12·year + month − 1`, with the line each was read on.
  private var amounts: [Int: (value: Double, line: Int)] = [:]

  /// Adds an amount; returns the line of the first one when its month is already given
  /// (the schedule unchanged).
  mutating func add(year: Int, month: Int, value: Double, line: Int) -> Int? {
    let index = Self.index(year, month)
    if let first = amounts[index] { return first.line }
    amounts[index] = (value, line)
    return nil
  }

  /// The first date, as written (`2024-04`), and the line it was read on.
  var firstDate: String {
    guard let first = amounts.keys.min() else { return "" }
    let month = first % 12 + 1
    return "\(first / 12)-\(month < 10 ? "0" : "")\(month)"
  }
  var firstLine: Int { amounts.keys.min().flatMap { amounts[$0]?.line } ?? 0 }

  /// The mean amount in force in each year the schedule covers.
  var yearlyMeans: [Int: Double] {
    let dates = amounts.keys.sorted()
    guard let first = dates.first, let last = dates.last else { return [:] }
    let firstYear = (first + 11) / 12
    let lastYear = last / 12
    guard firstYear <= lastYear else { return [:] }
    var means: [Int: Double] = [:]
    var current = 0
    for year in firstYear...lastYear {
      var sum = 0.0
      for month in 0..<12 {
        let index = 12 * year + month
        while current + 1 < dates.count, dates[current + 1] <= index { current += 1 }
        sum += amounts[dates[current]]?.value ?? .nan
      }
      means[year] = sum / 12
    }
    return means
  }

  /// `YYYY-MM` as a year and month (1…12), or nil.
  static func month(_ text: String) -> (year: Int, month: Int)? {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month)
    else { return nil }
    return (year, month)
  }

  private static func index(_ year: Int, _ month: Int) -> Int { 12 * year + month - 1 }
}
