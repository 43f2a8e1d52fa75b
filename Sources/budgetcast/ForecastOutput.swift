import ForecastCore
import Forecasting
import Foundation

/// Writes `fit`'s forecasts CSV and its details JSON.
struct ForecastOutput {
  let outcomes: [SeriesOutcome?]
  let tasks: [PanelRunner.Task]
  let levels: [Double]

  static func levelName(_ level: Double) -> String {
    level == level.rounded() ? String(Int(level)) : String(level)
  }

  func write(csv path: String, details detailsPath: String?) throws {
    let sortedLevels = levels.sorted()
    var lines = [
      "series_id,h,forecast"
        + sortedLevels.map { ",lo\(Self.levelName($0)),hi\(Self.levelName($0))" }.joined()
    ]
    var failures: [String] = []
    for (task, outcome) in zip(tasks, outcomes) {
      guard let outcome else {
        failures.append("\(task.id): no method could forecast this series")
        continue
      }
      for h in 0..<task.horizon {
        var cells = [task.id, String(h + 1), "\(outcome.forecast.mean[h])"]
        for level in sortedLevels {
          let interval = outcome.forecast.interval(level: level)
          cells.append(interval.map { "\($0.lower[h])" } ?? "")
          cells.append(interval.map { "\($0.upper[h])" } ?? "")
        }
        lines.append(cells.joined(separator: ","))
      }
      for reason in outcome.fallbacks {
        failures.append("\(task.id): \(reason); used \(outcome.used.rawValue)")
      }
      for remark in outcome.remarks { failures.append("\(task.id): \(remark)") }
    }
    try (lines.joined(separator: "\n") + "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    if !failures.isEmpty {
      FileHandle.standardError.write(
        Data((failures.prefix(20).joined(separator: "\n") + "\n").utf8))
      if failures.count > 20 {
        FileHandle.standardError.write(Data("… and \(failures.count - 20) more fallbacks\n".utf8))
      }
    }
    if let detailsPath {
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      let entries = outcomes.compactMap { $0 }.map(SeriesDetails.init)
      try encoder.encode(entries).write(to: URL(fileURLWithPath: detailsPath))
    }
  }
}

/// One series in `--details`: the model and why.
struct SeriesDetails: Encodable {
  var seriesId: String
  var requested: String
  var used: String
  var model: String
  var parameters: [String: Double]
  var aicc: Double?
  var statistics: [String: Double]
  /// Each driver's contribution to each forecast (dynamic regression).
  var contributions: [String: [Double]]?
  var fallbacks: [String]
  /// Rules applied by design (ARIMA left out of a short series, the naive forecast of a
  /// very short one), in English.
  var remarks: [String]?

  init(_ outcome: SeriesOutcome) {
    seriesId = outcome.id
    requested = outcome.requested.rawValue
    used = outcome.used.rawValue
    model = outcome.model
    parameters = outcome.parameters
    aicc = outcome.aicc.flatMap { $0.isFinite ? $0 : nil }
    statistics = outcome.statistics.filter { $0.value.isFinite }
    fallbacks = outcome.fallbacks
    remarks = outcome.remarks.isEmpty ? nil : outcome.remarks.map(\.description)
    contributions = outcome.contributions.isEmpty ? nil : outcome.contributions
  }
}
