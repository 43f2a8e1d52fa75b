import ForecastCore

/// What to fit: a seasonal ARIMA(p,d,q)(P,D,Q)m model, optionally with a mean (when
/// undifferenced) or a drift (when differenced once), as R's `Arima`.
///
/// The model is `φ(B)Φ(Bᵐ)(1 − B)ᵈ(1 − Bᵐ)ᴰ(y_t − x_tᵀβ) = θ(B)Θ(Bᵐ)ε_t`, with
/// `φ(B) = 1 − φ₁B − … − φ_pBᵖ`, `θ(B) = 1 + θ₁B + … + θ_qBᵠ` (R's sign convention),
/// ε_t ~ N(0, σ²), and x_t the regressors: a constant for the mean, t for the drift.
public struct ARIMASpecification: Sendable, Hashable, Codable, CustomStringConvertible {
  /// Non-seasonal autoregressive order p.
  public var p: Int
  /// Non-seasonal differences d.
  public var d: Int
  /// Non-seasonal moving-average order q.
  public var q: Int
  /// Seasonal autoregressive order P (lags m, 2m, …).
  public var seasonalP: Int
  /// Seasonal differences D.
  public var seasonalD: Int
  /// Seasonal moving-average order Q.
  public var seasonalQ: Int
  /// Seasonal period m (1 when there is no seasonal part).
  public var period: Int
  /// Include a constant mean (only meaningful when d + D = 0).
  public var includesMean: Bool
  /// Include a linear drift (only meaningful when d + D = 1).
  public var includesDrift: Bool

  /// A specification; a period below 1 is read as 1 (no seasonal part).
  public init(
    p: Int, d: Int, q: Int, seasonalP: Int = 0, seasonalD: Int = 0, seasonalQ: Int = 0,
    period: Int = 1,
    includesMean: Bool = false, includesDrift: Bool = false
  ) {
    (self.p, self.d, self.q) = (p, d, q)
    (self.seasonalP, self.seasonalD, self.seasonalQ) = (seasonalP, seasonalD, seasonalQ)
    self.period = Swift.max(1, period)
    self.includesMean = includesMean
    self.includesDrift = includesDrift
  }

  /// `ARIMA(1,1,1)(0,1,1)[12] with drift`.
  public var description: String {
    var text = "ARIMA(\(p),\(d),\(q))"
    if seasonalP + seasonalD + seasonalQ > 0 {
      text += "(\(seasonalP),\(seasonalD),\(seasonalQ))[\(period)]"
    }
    if includesMean { text += " with non-zero mean" }
    if includesDrift { text += " with drift" }
    return text
  }

  /// Total differencing order d + m·D (observations lost).
  var differencingLength: Int { d + seasonalD * period }

  /// Names of the coefficients in R's order: ar, ma, sar, sma, intercept or drift.
  public var coefficientNames: [String] {
    (1...Swift.max(1, p)).prefix(p).map { "ar\($0)" }
      + (1...Swift.max(1, q)).prefix(q).map { "ma\($0)" }
      + (1...Swift.max(1, seasonalP)).prefix(seasonalP).map { "sar\($0)" }
      + (1...Swift.max(1, seasonalQ)).prefix(seasonalQ).map { "sma\($0)" }
      + (includesMean ? ["intercept"] : []) + (includesDrift ? ["drift"] : [])
  }
}
