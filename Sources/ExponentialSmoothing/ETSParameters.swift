/// The smoothing parameters and initial states of an ETS model.
///
/// Parameterisation as in R's `forecast::ets`: level `ℓ_t = q + α(p − q)`, trend
/// `b_t = φb_{t−1} + β(p − q)`, season `s_t = s_{t−m} + γ(y/q − s_{t−m})` (or
/// `y − q`), with `q = ℓ_{t−1} + φb_{t−1}` and p the deseasonalised observation;
/// the usual region is 0 < α < 1, 0 < β < α, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98.
public struct ETSParameters: Sendable, Hashable, Codable {
  /// Level smoothing α.
  public var alpha: Double
  /// Trend smoothing β (0 without trend).
  public var beta: Double
  /// Seasonal smoothing γ (0 without season).
  public var gamma: Double
  /// Damping φ (1 unless damped).
  public var phi: Double
  /// Initial level ℓ₀.
  public var level: Double
  /// Initial trend b₀ (0 without trend).
  public var trend: Double
  /// Initial seasonal states, in the order they are used.
  ///
  /// `seasons[j]` is the seasonal value used at time j of the first cycle
  /// (j = 0 … m−1). Empty without season.
  public var seasons: [Double]

  /// Parameters and states.
  public init(
    alpha: Double, beta: Double = 0, gamma: Double = 0, phi: Double = 1, level: Double,
    trend: Double = 0, seasons: [Double] = []
  ) {
    self.alpha = alpha
    self.beta = beta
    self.gamma = gamma
    self.phi = phi
    self.level = level
    self.trend = trend
    self.seasons = seasons
  }
}
