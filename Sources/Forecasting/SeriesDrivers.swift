import ARIMA

/// A series' drivers over its history and over the forecast horizon.
public struct SeriesDrivers: Sendable, Hashable {
  /// One column per driver over the history.
  public var history: ARIMADrivers
  /// The same drivers over the horizon (the paths the forecast is conditional on).
  public var future: ARIMADrivers

  /// A series' drivers over its history and over the horizon.
  public init(history: ARIMADrivers, future: ARIMADrivers) {
    self.history = history
    self.future = future
  }
}
