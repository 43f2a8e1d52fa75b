import Baselines
import ExponentialSmoothing
import ForecastCore
import RealModule

/// The standard Theta method (Assimakopoulos & Nikolopoulos 2000) in the
/// formulation of Hyndman & Billah (2003): simple exponential smoothing with drift
/// equal to half the slope of the linear trend, on the seasonally adjusted series
/// (M4 adjustment: 90 % autocorrelation test, multiplicative decomposition), as R's
/// `thetaf`.
///
/// With α and ℓ_n from SES and b the least-squares slope of y on time,
/// `ŷ_{n+h} = ℓ_n + (b/2)·(h − 1 + (1 − (1 − α)^n)/α)`; intervals are SES's,
/// shifted by the same drift.
public struct ThetaMethod: Sendable {
  /// The standard Theta method.
  public init() {}

  /// The fit behind a Theta forecast, for explanations.
  public struct Fit: Sendable {
    /// Simple exponential smoothing of the (seasonally adjusted) series.
    public var ses: FittedETS
    /// Half the least-squares slope, b/2.
    public var drift: Double
    /// The seasonal adjustment applied, if any.
    public var adjustment: SeasonalAdjustment
  }

  /// Fits SES and the drift on the adjusted series.
  public func fit(_ series: TimeSeries) throws(ETSError) -> Fit {
    let adjustment = SeasonalAdjustment(series)
    let y = adjustment.adjusted.values
    let ses = try SmoothingBenchmark.ses.fit(adjustment.adjusted)
    return Fit(ses: ses, drift: Self.slope(y) / 2, adjustment: adjustment)
  }

  /// Forecasts `series`.
  public func forecast(_ series: TimeSeries, horizon: Int, levels: [Double]) throws(ETSError)
    -> Forecast
  {
    let fit = try fit(series)
    let n = Double(series.count)
    // As R's thetaf: α at least 1e-10, so that (1 − (1 − α)ⁿ)/α stays defined when the
    // least squares put α on its bound (short series).
    let alpha = Swift.max(fit.ses.parameters.alpha, 1e-10)
    let base = fit.ses.forecast(horizon: horizon, levels: levels)
    let shift = (0..<horizon).map { h in
      fit.drift * (Double(h) + (1 - Double.pow(1 - alpha, n)) / alpha)
    }
    let add = { (values: [Double]) in zip(values, shift).map { $0 + $1 } }
    let drifted = base.mapValues(add)
    return fit.adjustment.reseasonalize(drifted, historyCount: series.count)
  }

  /// Least-squares slope of y on time 0…n−1.
  static func slope(_ y: [Double]) -> Double {
    let n = Double(y.count)
    guard y.count > 1 else { return 0 }
    let meanTime = (n - 1) / 2
    let meanValue = y.reduce(0, +) / n
    var sxy = 0.0
    var sxx = 0.0
    for (t, value) in y.enumerated() {
      sxy += (Double(t) - meanTime) * (value - meanValue)
      sxx += (Double(t) - meanTime) * (Double(t) - meanTime)
    }
    return sxy / sxx
  }
}
