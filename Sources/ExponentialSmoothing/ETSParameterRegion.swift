import ForecastCore

/// Where the smoothing parameters may lie during estimation (R's `bounds`).
///
/// - ``usual``: the traditional region, 0 < β < α < 1, 0 < γ < 1 − α, 0.8 ≤ φ ≤ 0.98
///   (each between 10⁻⁴ and 0.9999).
/// - ``admissible``: the forecastability region of Hyndman, Akram & Archibald (2008,
///   *The admissible parameter space for exponential smoothing models*, Annals of the
///   Institute of Statistical Mathematics 60), where the weight of old observations
///   dies out (``isAdmissible(alpha:beta:gamma:phi:components:period:)``). Wider than
///   the usual region in places (α up to 2), narrower in others (seasonal models
///   whose characteristic roots leave the unit circle).
/// - ``both``: inside both (R's default, and budgetcast's).
public enum ETSParameterRegion: String, Sendable, Hashable, Codable, CaseIterable {
  case usual, admissible, both

  /// The region estimation uses unless told otherwise.
  public static let `default` = ETSParameterRegion.both

  /// Roots may reach the unit circle by this much (rounding), as R allows.
  static let tolerance = 1e-10

  /// Whether α, β, γ, φ lie in the admissible region of a model of this structure
  /// and period, as Hyndman, Akram & Archibald (2008) give it.
  ///
  /// φ ∈ [0, 1]. Without season: α ∈ [1 − 1/φ, 1 + 1/φ] and, with a trend,
  /// β ∈ [α(φ − 1), (1 + φ)(2 − α)]. With a season of period m (β = 0 without trend,
  /// φ = 1 undamped): γ ∈ [max(1 − 1/φ − α, 0), 1 + 1/φ − α],
  /// α ≥ 1 − 1/φ − γ(1 − m + φ + φm)/(2φm), β ≥ −(1 − φ)(γ/m + α), and every root of
  /// `z^{m+1} + (α + β − φ)z^m + (α + β − αφ)(z^{m−1} + … + z²)
  ///  + (α + β − αφ + γ − 1)z + φ(1 − α − γ)` inside the unit circle (Schur–Cohn,
  /// ``UnitCircle``; without trend the polynomial always has the root 1, divided out
  /// first so that the test stays well conditioned).
  static func isAdmissible(
    alpha: Double, beta: Double, gamma: Double, phi: Double, components: ETSComponents,
    period: Int
  ) -> Bool {
    guard phi >= 0, phi <= 1 + 1e-8 else { return false }
    guard components.hasSeason, period > 1 else {
      guard alpha >= 1 - 1 / phi, alpha <= 1 + 1 / phi else { return false }
      return !components.hasTrend || (beta >= alpha * (phi - 1) && beta <= (1 + phi) * (2 - alpha))
    }
    let m = Double(period)
    guard gamma >= Swift.max(1 - 1 / phi - alpha, 0), gamma <= 1 + 1 / phi - alpha,
      alpha >= 1 - 1 / phi - gamma * (1 - m + phi + phi * m) / (2 * phi * m),
      beta >= -(1 - phi) * (gamma / m + alpha)
    else { return false }
    // Ascending coefficients c₀ … c_m of the monic polynomial of degree m + 1, on the
    // stack: this runs at every evaluation of the likelihood.
    return withUnsafeTemporaryAllocation(of: Double.self, capacity: period + 1) { c in
      c.initialize(repeating: alpha + beta - alpha * phi)
      c[0] = phi * (1 - alpha - gamma)
      c[1] = alpha + beta - alpha * phi + gamma - 1
      c[period] = alpha + beta - phi
      guard !components.hasTrend else {
        return UnitCircle.rootsInside(monic: UnsafeBufferPointer(c), radius: 1 + tolerance)
      }
      // P(z) = (z − 1)·R(z): synthetic division in place, descending from the leading 1,
      // r_{k−1} = c_k + r_k written over the c_k just used; R's coefficients r₀ … r_{m−1}
      // end in c[1 ... m].
      var carry = 1.0
      for k in stride(from: period, through: 1, by: -1) {
        carry += c[k]
        c[k] = carry
      }
      return UnitCircle.rootsInside(
        monic: UnsafeBufferPointer(rebasing: c[1...period]), radius: 1 + tolerance)
    }
  }
}
