/// Explanatory series (drivers) of a regression with ARIMA errors: one column per
/// driver over the history, and later over the forecast horizon.
///
/// The model is `y_t = β₀·c_t + Σ_j β_j·x_{j,t} + η_t` with η an ARIMA process: the
/// regression is on the undifferenced series, so differencing applies to y and every
/// driver alike (as R's `Arima(xreg =)`).
public struct ARIMADrivers: Sendable, Hashable {
  /// Driver names, in column order.
  public var names: [String]
  /// `columns[j][t]`: driver j at the t-th observation.
  public var columns: [[Double]]

  /// Drivers named `names` with values `columns` (one array per driver).
  public init(names: [String], columns: [[Double]]) {
    self.names = names
    self.columns = columns
  }

  /// No driver.
  public static let none = ARIMADrivers(names: [], columns: [])

  /// Whether there is no driver (a plain ARIMA).
  public var isEmpty: Bool { names.isEmpty }

  /// Checks the drivers against a series of `count` observations (or a horizon).
  func validate(count: Int, what: String) throws(ARIMAError) {
    for (name, column) in zip(names, columns) {
      guard column.count == count else {
        throw .driver(name, "has \(column.count) values for \(count) \(what)")
      }
      guard column.allSatisfy(\.isFinite) else {
        throw .driver(name, "holds a missing, NaN or infinite value among the \(what)")
      }
    }
  }
}
