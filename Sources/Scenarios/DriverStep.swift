/// One change of a driver's path as a scenario file writes it: from a year (`2025:`,
/// meaning from January) or from a month (`2025-07:`), holding until the next change.
///
/// A year's value is the mean of its twelve months, so a change of x from month M counts
/// `x·(13 − M)/12` in its year and `x` after it, the same timing as a dated revaluation;
/// before the first change the driver is unchanged (0).
struct DriverStep: Hashable {
  var year: Int
  /// 1 to 12; nil for a whole-year key.
  var month: Int?
  var value: Double

  /// The years a scenario may date a value in.
  static let years = 1990...2100

  /// The year and month of a key `YYYY` or `YYYY-MM` (month nil for a year).
  static func date(_ key: String) -> (year: Int, month: Int?)? {
    let parts = key.split(separator: "-", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let year = Int(parts[0]), years.contains(year)
    else { return nil }
    guard parts.count == 2 else { return (year, nil) }
    guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
      return nil
    }
    return (year, month)
  }

  /// The yearly values of a path, from its first year to the year of its last change;
  /// later years keep the last change (``ScenarioEffects`` holds it).
  static func yearly(_ steps: [DriverStep]) -> [Int: Double] {
    let ordered = steps.sorted { ($0.year, $0.month ?? 1) < ($1.year, $1.month ?? 1) }
    guard let first = ordered.first, let last = ordered.last else { return [:] }
    var values: [Int: Double] = [:]
    var next = 0
    var current = 0.0
    for year in first.year...last.year {
      var months: [Double] = []
      for month in 1...12 {
        while next < ordered.count, (ordered[next].year, ordered[next].month ?? 1) <= (year, month)
        {
          current = ordered[next].value
          next += 1
        }
        months.append(current)
      }
      // A value that holds all year is kept as written (no rounding from the mean).
      values[year] = months.allSatisfy { $0 == months[0] } ? months[0] : months.reduce(0, +) / 12
    }
    return values
  }
}
