/// A rule the engine applied to a series by design, not a failure: reports say it in
/// their own language from these values, and ``description`` is its English text for
/// logs and records.
public enum ForecastRemark: Sendable, Hashable, Codable, CustomStringConvertible {
  /// A closed budget line: zero in every year from `firstZeroYear` to `lastYear`, the
  /// last executed ones; forecast at zero.
  case closedLine(firstZeroYear: Int, lastYear: Int)
  /// Fewer than `minimum` observations for the ensemble's members: naive forecast.
  case shortHistory(observations: Int, minimum: Int)
  /// Automatic ARIMA left out of the ensemble: fewer than `minimum` observations.
  case arimaLeftOut(observations: Int, minimum: Int)

  /// `2023`, or `2022–2024` for several years.
  public static func span(_ first: Int, _ last: Int) -> String {
    first == last ? "\(last)" : "\(first)–\(last)"
  }

  public var description: String {
    switch self {
    case .closedLine(let first, let last):
      return "closed: zero in \(Self.span(first, last)), the last executed years"
    case .shortHistory(let observations, let minimum):
      return
        "short: \(observations) observations, fewer than \(minimum) for the ensemble's members; naive forecast"
    case .arimaLeftOut(let observations, let minimum):
      return "ARIMA left out: \(observations) observations, fewer than \(minimum)"
    }
  }
}
