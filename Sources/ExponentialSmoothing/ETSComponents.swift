import Foundation

/// The structure of an ETS model (Hyndman, Koehler, Ord & Snyder 2008): error,
/// trend and seasonal components, written as in R, `ETS(M,Ad,M)`.
public struct ETSComponents: Sendable, Hashable, Codable, CustomStringConvertible {
  /// How the error enters the observation equation.
  public enum ErrorType: String, Sendable, Hashable, Codable, CaseIterable {
    case additive = "A"
    case multiplicative = "M"
  }

  /// The trend component.
  public enum TrendType: String, Sendable, Hashable, Codable, CaseIterable {
    case none = "N"
    case additive = "A"
    case damped = "Ad"
  }

  /// The seasonal component.
  public enum SeasonType: String, Sendable, Hashable, Codable, CaseIterable {
    case none = "N"
    case additive = "A"
    case multiplicative = "M"
  }

  /// Additive or multiplicative errors.
  public var error: ErrorType
  /// No trend, additive or damped additive.
  public var trend: TrendType
  /// No season, additive or multiplicative.
  public var season: SeasonType

  /// A model structure.
  public init(error: ErrorType, trend: TrendType, season: SeasonType) {
    self.error = error
    self.trend = trend
    self.season = season
  }

  /// Parses `ANN`, `AAdM`, `A,Ad,M` or `ETS(A,Ad,M)`.
  public init?(code: String) {
    var text = code.uppercased().replacingOccurrences(of: "ETS(", with: "")
      .replacingOccurrences(of: ")", with: "").replacingOccurrences(of: ",", with: "")
    text = text.replacingOccurrences(of: "AD", with: "D")
    let letters = Array(text)
    guard letters.count == 3, let error = ErrorType(rawValue: String(letters[0])),
      let season = SeasonType(rawValue: String(letters[2]))
    else { return nil }
    let trend: TrendType
    switch letters[1] {
    case "N": trend = .none
    case "A": trend = .additive
    case "D": trend = .damped
    default: return nil
    }
    self.init(error: error, trend: trend, season: season)
  }

  /// `ETS(E,T,S)`.
  public var description: String { "ETS(\(error.rawValue),\(trend.rawValue),\(season.rawValue))" }

  /// Whether the model has a trend state.
  public var hasTrend: Bool { trend != .none }
  /// Whether the model has seasonal states.
  public var hasSeason: Bool { season != .none }
  /// Whether the model is linear (additive error, no multiplicative component), so
  /// that its forecast variance has a closed form.
  public var isLinear: Bool { error == .additive && season != .multiplicative }

  /// Whether R's usual restriction excludes this combination as numerically
  /// unstable: additive errors with multiplicative seasonality.
  public var isRestricted: Bool { error == .additive && season == .multiplicative }

  /// The candidates `auto` considers for a series: every non-restricted
  /// combination; multiplicative components only for strictly positive data;
  /// seasonal ones only when the period is between 2 and 24 and at least two
  /// full cycles are observed.
  public static func candidates(period: Int, count: Int, strictlyPositive: Bool) -> [ETSComponents]
  {
    let seasonal = period > 1 && period <= 24 && count >= 2 * period
    var result: [ETSComponents] = []
    for error in ErrorType.allCases where error == .additive || strictlyPositive {
      for trend in TrendType.allCases {
        for season in SeasonType.allCases {
          if season != .none && !seasonal { continue }
          if season == .multiplicative && !strictlyPositive { continue }
          let components = ETSComponents(error: error, trend: trend, season: season)
          if !components.isRestricted { result.append(components) }
        }
      }
    }
    return result
  }
}
