import ArgumentParser

/// `--lag DRIVER=K[,K…]`: which lags of a driver enter a regression with ARIMA errors.
///
/// A driver lagged k contributes its value at t − k to observation t (RSA households
/// follow unemployment by about a year: `--lag unemployment=1`); several lags give one
/// column each (`--lag unemployment=0,1`). A driver the option does not name enters
/// unlagged. Lagged values come from the drivers file itself, which may start before
/// the series; at the horizon, a lag of k needs assumed values only beyond k steps.
struct DriverLags: Sendable, Hashable {
  /// Lags by driver name.
  var lags: [String: [Int]] = [:]

  /// The lags of `driver` (0 alone when not given).
  func lags(of driver: String) -> [Int] { lags[driver] ?? [0] }

  /// The column name of `driver` lagged `k`: `unemployment.lag1` (the name alone for 0).
  static func columnName(_ driver: String, lag k: Int) -> String {
    k == 0 ? driver : "\(driver).lag\(k)"
  }

  /// No lag: every driver enters as it is.
  init() {}

  /// Parses the repeated option's values.
  init(_ arguments: [String]) throws(ValidationError) {
    for argument in arguments {
      let parts = argument.split(separator: "=", maxSplits: 1).map(String.init)
      let values = parts.count == 2 ? parts[1].split(separator: ",").map { Int($0) } : []
      guard parts.count == 2, !parts[0].isEmpty, !values.isEmpty,
        values.allSatisfy({ ($0 ?? -1) >= 0 })
      else {
        throw ValidationError(
          "--lag '\(argument)' is not DRIVER=K[,K…] with whole numbers K ≥ 0 (e.g. unemployment=1)")
      }
      let ks = values.compactMap { $0 }
      guard Set(ks).count == ks.count, lags[parts[0]] == nil else {
        throw ValidationError("--lag gives a lag of '\(parts[0])' twice")
      }
      lags[parts[0]] = ks
    }
  }
}
