import ForecastCore
import Forecasting
import Foundation

/// The landings of `budgetcast landing` as a terminal table, CSV or JSON.
struct LandingOutput {
  var rows: [(id: String, landing: YearEndLanding.Landing)]
  var levels: [Double]

  /// One line per series: executed, the retained landing and its intervals, the other
  /// estimate beside it; then each series' basis and notes.
  func table(year: Int, through month: Int) -> String {
    var text = "Landing of \(year) after \(month) month(s) executed\n"
    let bounds = levels.map { "\(Int($0)) % interval".leftPadded(26) }.joined()
    text +=
      "series".padding(toLength: 16, withPad: " ", startingAt: 0) + "executed".leftPadded(14)
      + "method".leftPadded(9) + "landing".leftPadded(14) + bounds + "other".leftPadded(14) + "\n"
    for (id, landing) in rows {
      guard let retained = landing.retained else {
        text +=
          id.padding(toLength: 16, withPad: " ", startingAt: 0)
          + Self.amount(landing.executed).leftPadded(14) + "  no estimate\n"
        continue
      }
      let other = landing.estimates.first { $0.method != retained.method }
      text +=
        id.padding(toLength: 16, withPad: " ", startingAt: 0)
        + Self.amount(landing.executed).leftPadded(14)
        + retained.method.rawValue.leftPadded(9)
        + Self.amount(retained.total.mean[0]).leftPadded(14)
        + levels.map { level in
          guard let interval = retained.total.interval(level: level) else {
            return "—".leftPadded(26)
          }
          return "[\(Self.amount(interval.lower[0])), \(Self.amount(interval.upper[0]))]"
            .leftPadded(26)
        }.joined()
        + (other.map { Self.amount($0.total.mean[0]) } ?? "—").leftPadded(14) + "\n"
    }
    for (id, landing) in rows {
      for estimate in landing.estimates {
        text += "\(id) \(estimate.method.rawValue): \(estimate.basis)\n"
      }
      for note in landing.notes { text += "\(id): \(note)\n" }
    }
    return text
  }

  /// `series_id,year,through,executed,method,retained,landing,lo80,hi80,lo95,hi95,basis`:
  /// one row per series and estimate, bounds empty where the estimate has none.
  var csv: String {
    var text =
      "series_id,year,through,executed,method,retained,landing"
      + levels.map { ",lo\(ForecastOutput.levelName($0)),hi\(ForecastOutput.levelName($0))" }
      .joined() + ",basis\n"
    for (id, landing) in rows {
      for estimate in landing.estimates {
        let bounds = levels.map { level -> String in
          guard let interval = estimate.total.interval(level: level) else { return ",," }
          return ",\(interval.lower[0]),\(interval.upper[0])"
        }
        text +=
          "\(id),\(landing.year),\(landing.throughMonth),\(landing.executed),\(estimate.method.rawValue),"
          + "\(landing.retained?.method == estimate.method),\(estimate.total.mean[0])"
          + bounds.joined()
          + ",\"\(estimate.basis.replacingOccurrences(of: "\"", with: "\"\""))\"\n"
      }
    }
    return text
  }

  /// An array of series: year, month, executed, retained method, estimates with their
  /// intervals and basis, notes.
  var json: JSONValue {
    .array(
      rows.map { id, landing in
        var object = JSONObject()
        object["series"] = .string(id)
        object["year"] = .int(landing.year)
        object["through"] = .int(landing.throughMonth)
        object["executed"] = .finite(landing.executed)
        object["retained"] = landing.retained.map { .string($0.method.rawValue) } ?? .null
        object["estimates"] = .array(
          landing.estimates.map { estimate in
            var entry = JSONObject()
            entry["method"] = .string(estimate.method.rawValue)
            entry["landing"] = .finite(estimate.total.mean[0])
            for interval in estimate.total.intervals {
              entry["lo\(ForecastOutput.levelName(interval.level))"] = .finite(interval.lower[0])
              entry["hi\(ForecastOutput.levelName(interval.level))"] = .finite(interval.upper[0])
            }
            entry["basis"] = .string(estimate.basis)
            return .object(entry)
          })
        object["notes"] = .array(landing.notes.map(JSONValue.string))
        return .object(object)
      })
  }

  /// An amount rounded to the unit (the table's; CSV and JSON keep every digit).
  static func amount(_ value: Double) -> String { String(format: "%.0f", value) }
}
