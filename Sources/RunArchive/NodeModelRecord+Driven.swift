import Scenarios

extension NodeModelRecord {
  /// A driven line's regression on its drivers (``DrivenLineForecaster``), as a node
  /// set from it records it: the total it forecasts, or a line whose own forecast is
  /// scaled to that total (``DrivenAnchoring``).
  public struct Driven: Codable, Sendable, Hashable {
    /// The driven line (`apa`, `personnel`, `general_charges`, `dmto`).
    public var line: String
    /// Whether the node is the driven total or a line scaled to it.
    public var role: DrivenAnchoring.Role
    /// The regression, such as `ln apa ~ ln population_85, ARIMA(0,1,0) with drift`.
    public var model: String
    /// The drivers, in the model's order.
    public var drivers: [String]
    /// Each driver's elasticity, in the drivers' order.
    public var elasticities: [Double]
    /// Each elasticity's standard error, in the drivers' order.
    public var standardErrors: [Double]
    /// Each regressor's values along its driver's path, horizons 1…H (log growth, or
    /// the rate as a fraction for inflation), in the drivers' order.
    public var pathRegressors: [[Double]]
    /// Each driver's contribution to the total's forecast (euros), horizons 1…H, in the
    /// drivers' order: the forecast less the one with that driver held at its last
    /// executed year's level (nil in runs archived before it was recorded).
    public var contributions: [[Double]]?
    /// Drivers the model projects itself (the RSA households along unemployment), by
    /// name, horizons 1…H (nil in runs archived before they were recorded).
    public var projectedDrivers: [String: [Double]]?

    /// Each regressor's mean along the path (its driver's mean yearly change).
    public var pathPace: [Double] {
      pathRegressors.map { $0.isEmpty ? 0 : $0.reduce(0, +) / Double($0.count) }
    }
    /// The sample's first year (levels).
    public var firstYear: Int
    /// The sample's last year (levels).
    public var lastYear: Int

    /// The record of one anchored node of a driven forecast.
    public init(_ anchor: DrivenAnchoring.Anchor) {
      let forecast = anchor.forecast
      line = forecast.line.rawValue
      role = anchor.role
      model = forecast.model
      drivers = forecast.drivers.map(\.rawValue)
      elasticities = forecast.elasticityNames.map { forecast.coefficients[$0] ?? .nan }
      standardErrors = forecast.elasticityNames.map { forecast.standardErrors[$0] ?? .nan }
      pathRegressors = forecast.pathRegressors
      contributions = forecast.drivers.map { forecast.contributions[$0] ?? [] }
      if !forecast.projectedDrivers.isEmpty {
        projectedDrivers = Dictionary(
          uniqueKeysWithValues: forecast.projectedDrivers.map { ($0.key.rawValue, $0.value) })
      }
      (firstYear, lastYear) = (forecast.firstYear, forecast.lastYear)
    }
  }
}
