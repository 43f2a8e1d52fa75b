import ARIMA
import ForecastCore
import Foundation

/// The RSA chain's two estimated parts (households, spending per household) forecast
/// together: their one-step errors may correlate, and the variance of their sum says so.
extension DrivenLineForecaster {
  /// The correlation of two models' one-step errors over the years both have,
  /// `Σ a_t·b_t / √(Σ a_t²·Σ b_t²)` (uncentred: innovations have mean zero); 0 with
  /// fewer than three common years or a zero series.
  static func errorCorrelation(_ a: [Int: Double], _ b: [Int: Double]) -> Double {
    // In year order: a dictionary's order changes from process to process, and the
    // sums must round the same way in every run and replay.
    let years = a.keys.filter { b[$0] != nil }.sorted()
    guard years.count >= 3 else { return 0 }
    var (ab, aa, bb) = (0.0, 0.0, 0.0)
    for year in years {
      let (x, y) = (a[year] ?? 0, b[year] ?? 0)
      (ab, aa, bb) = (ab + x * y, aa + x * x, bb + y * y)
    }
    guard aa > 0, bb > 0 else { return 0 }
    return Swift.min(1, Swift.max(-1, ab / (aa * bb).squareRoot()))
  }

  /// The standard deviations, horizons 1…H, of the sum of two models' forecasts.
  ///
  /// With ρ the correlation of their one-step errors:
  ///
  /// `Var_h = σ_a²·Σ_{j<h} ψa_j² + σ_b²·Σ_{j<h} ψb_j² + 2ρ·σ_a·σ_b·Σ_{j<h} ψa_j·ψb_j`
  ///
  /// ψ the models' weights (``FittedARIMA/psiWeights(_:)``); at ρ = 0 the variances add.
  static func combinedDeviations(
    _ a: FittedARIMA, _ b: FittedARIMA, correlation: Double, horizon: Int
  ) -> [Double] {
    let (psiA, psiB) = (a.psiWeights(horizon), b.psiWeights(horizon))
    let cross = correlation * (a.sigma2 * b.sigma2).squareRoot()
    var (sumA, sumB, sumAB) = (0.0, 0.0, 0.0)
    return (0..<horizon).map { j in
      sumA += psiA[j] * psiA[j]
      sumB += psiB[j] * psiB[j]
      sumAB += psiA[j] * psiB[j]
      return Swift.max(0, a.sigma2 * sumA + b.sigma2 * sumB + 2 * cross * sumAB).squareRoot()
    }
  }
}
