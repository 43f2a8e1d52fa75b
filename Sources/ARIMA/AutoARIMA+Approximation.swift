import ForecastCore
import RealModule

extension AutoARIMA {
  /// The candidates' criterion under R's `auto.arima(approximation = TRUE)`.
  ///
  /// R's default for series longer than 150 observations or periods above 12: each candidate is
  /// fitted by conditional sum of squares only (``ARIMASpecification/conditionalFit(_:drivers:)``),
  /// and its AIC is `offset + n*·ln σ̂²_CSS + 2(k + 1)` (n* the differenced length, k
  /// the coefficients), AICc `AIC + 2(k + 1)(k + 2)/(n* − k − 2)`; the offset,
  /// `−2ℓ₀ − N·ln σ̂₀²` of ARIMA(0,d,0)(0,D,0) fitted by likelihood (N the series'
  /// length, σ̂₀² the maximum-likelihood variance), puts it near the likelihood's
  /// scale. A candidate with a root within 1.01 of the unit circle is refused, as in
  /// the exact search.
  struct Approximation {
    let series: TimeSeries
    let drivers: ARIMADrivers
    let offset: Double

    init(_ series: TimeSeries, drivers: ARIMADrivers, d: Int, seasonalD: Int, period: Int) {
      self.series = series
      self.drivers = drivers
      let base = ARIMASpecification(
        p: 0, d: d, q: 0, seasonalD: seasonalD, period: seasonalD > 0 ? period : 1,
        includesMean: d + seasonalD == 0)
      guard let fit = try? base.fit(series, drivers: drivers), !fit.residuals.isEmpty else {
        offset = 0
        return
      }
      let n = Double(fit.residuals.count)
      let variance = fit.sigma2 * (n - Double(fit.coefficients.count)) / n
      offset = -2 * fit.logLikelihood - Double(series.count) * Double.log(variance)
    }

    /// AICc (AIC with `short`, three observations or fewer), nil when refused.
    func criterion(_ specification: ARIMASpecification, short: Bool) -> Double? {
      guard let fit = specification.conditionalFit(series, drivers: drivers),
        AutoARIMA.isAdmissible(specification, fit.coefficients)
      else { return nil }
      let n = Double(fit.count)
      let parameters = Double(fit.coefficients.count + 1)
      let aic = offset + n * Double.log(fit.meanSquare) + 2 * parameters
      guard !short else { return aic }
      let room = n - parameters - 1
      return room > 0 ? aic + 2 * parameters * (parameters + 1) / room : nil
    }
  }
}
