import ForecastCore
import RealModule

extension ARIMASpecification {
  /// The optimiser's point that starts the exact likelihood, by R's CSS-ML rule.
  ///
  /// The conditional sum of squares is minimised over the raw coefficients, with no
  /// stationarity or invertibility constraint, from zero ARMA coefficients and the
  /// least-squares β, by BFGS as R's `arima`. When that minimum's regular and
  /// seasonal AR parts are stationary, it is mapped into the optimiser's space (AR
  /// parts by ``ARMAPolynomials/unconstrainedAR(_:)``, MA parts made invertible). When
  /// an AR part is not stationary, R stops ("non-stationary AR part from CSS") and
  /// `auto.arima` skips the model: so does a model search here
  /// (``ARIMAError/nonStationaryConditionalStart(_:)``), while a fit of a given order
  /// starts instead from the minimum with stationary AR parts. When the minimisation
  /// does not converge, the search starts, as R's, from zero ARMA coefficients.
  func conditionalStart(
    _ likelihood: ARMALikelihood, from start: [Double], scale: [Double], precision: Precision
  ) throws(ARIMAError) -> [Double] {
    let raw = Self.conditionalMinimum(likelihood, from: start, scale: scale, raw: true)
    // Without convergence R keeps its zero start.
    guard raw.converged else { return start }
    let arBlocks = [(0, p), (p + q, seasonalP)]
    let mapped = arBlocks.map { first, count in
      ARMAPolynomials.unconstrainedAR(Array(raw.point[first..<(first + count)]))
    }
    if mapped.allSatisfy({ $0 != nil }) {
      // AR parts to their partial autocorrelations, MA parts made invertible, β as is.
      var point = raw.point
      for ((first, count), u) in zip(arBlocks, mapped) {
        point.replaceSubrange(first..<(first + count), with: u ?? [])
      }
      for (first, count) in [(p, q), (p + q + seasonalP, seasonalQ)] {
        point.replaceSubrange(
          first..<(first + count),
          with: ARMAPolynomials.invertibleMA(Array(raw.point[first..<(first + count)])))
      }
      let value = point.withUnsafeBufferPointer {
        likelihood.negativeLogLikelihood(transformed: $0)
      }
      if value.isFinite { return point }
    } else if precision == .search {
      throw .nonStationaryConditionalStart(self)
    }
    let constrained = Self.conditionalMinimum(likelihood, from: start, scale: scale, raw: false)
    let fromConstrained = constrained.point.withUnsafeBufferPointer {
      likelihood.negativeLogLikelihood(transformed: $0)
    }
    return constrained.value.isFinite && fromConstrained.isFinite ? constrained.point : start
  }

  /// BFGS on R's CSS objective, ½·ln of the conditional mean square, over the raw
  /// coefficients or over the optimiser's space (AR parts kept stationary).
  static func conditionalMinimum(
    _ likelihood: ARMALikelihood, from start: [Double], scale: [Double], raw: Bool
  ) -> QuasiNewton.Result {
    QuasiNewton().minimize(start: start, scale: scale) {
      0.5
        * Double.log(
          raw
            ? likelihood.conditionalSumOfSquares(natural: $0)
            : likelihood.conditionalSumOfSquares(transformed: $0))
    }
  }

  /// R's `arima(method = "CSS")`, which `auto.arima(approximation = TRUE)` compares
  /// candidates with: the raw coefficients minimising the conditional sum of squares
  /// (converged or not, as R keeps them), their conditional mean square, and the
  /// differenced length; nil when the series is too short or the minimum not finite.
  func conditionalFit(_ series: TimeSeries, drivers: ARIMADrivers) -> (
    coefficients: [Double], meanSquare: Double, count: Int
  )? {
    let y = series.values
    let k = coefficientNames.count + drivers.names.count
    guard y.count - differencingLength > k + 1,
      (try? drivers.validate(count: y.count, what: "observations")) != nil
    else { return nil }
    let x = ARIMARegressors.history(self, count: y.count) + drivers.columns
    let (likelihood, start, scale) = problem(y, x)
    let minimum = Self.conditionalMinimum(likelihood, from: start, scale: scale, raw: true)
    let meanSquare = minimum.point.withUnsafeBufferPointer {
      likelihood.conditionalSumOfSquares(natural: $0)
    }
    guard minimum.value.isFinite, meanSquare.isFinite, meanSquare > 0 else { return nil }
    return (minimum.point, meanSquare, likelihood.errors.count)
  }
}
