/// The forecasting methods budgetcast offers, by their command-line names.
public enum ForecastMethod: String, Sendable, Hashable, Codable, CaseIterable {
  /// Automatic ETS, chosen per series by AICc among all admissible structures.
  case auto
  /// The combination of automatic ETS and Theta (see ``EnsembleForecaster``).
  case ensemble
  /// Automatic ETS (same as `auto` today; `auto` may widen its choice later).
  case ets
  /// The standard Theta method (R's `thetaf`).
  case theta
  /// The optimised Theta model (Fiorucci et al. 2016).
  case otm
  /// The dynamic optimised Theta model (Fiorucci et al. 2016).
  case dotm
  case naive
  case snaive
  case drift
  case mean
  case ses
  case holt
  case damped
  /// The M4 "Comb" benchmark: mean of SES, Holt and damped on adjusted data.
  case comb
  /// ARIMA of a fixed order (`--order`, `--seasonal-order`), exact maximum likelihood.
  case arima
  /// ARIMA with automatic order selection (Hyndman & Khandakar 2008, stepwise AICc).
  case autoArima = "auto-arima"

  /// The simpler method used when this one fails on a series.
  public var fallback: ForecastMethod? {
    switch self {
    case .auto, .ets, .ensemble, .comb, .holt, .damped, .arima, .autoArima: return .theta
    case .theta: return .ses
    case .otm, .dotm: return .theta
    case .ses, .snaive, .drift: return .naive
    case .naive: return .mean
    case .mean: return nil
    }
  }
}
