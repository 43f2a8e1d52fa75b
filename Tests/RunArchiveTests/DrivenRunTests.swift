import Budget
import BudgetcastTestSupport
import Foundation
import RunArchive
import Scenarios
import XCTest

/// A run with a driver history forecasts its driven lines from their drivers.
final class DrivenRunTests: XCTestCase {
  static let synthetic = RepositoryPaths.datasets.appendingPathComponent("synthetic")

  static func inputs() throws -> (BudgetDataset, DriverHistory) {
    let dataset = try BudgetImporter.importFiles(
      [synthetic.appendingPathComponent("departement_accounts.csv").path])
    let history = try DriverHistory.read(
      synthetic.appendingPathComponent("driver_history.csv").path)
    return (dataset, history)
  }

  func testWithOrderOperationsNoLineIsDrivenAndANoteSaysWhy() throws {
    let (dataset, history) = try Self.inputs()
    let parameters = RunParameters(
      horizon: 2, model: "naive", reconciliation: "bu", includeOrder: true, backtestHorizon: 0)
    let outputs = try RunComputation(parameters: parameters, jobs: 2).compute(
      dataset, driverHistory: history)
    let records = try JSONDecoder().decode([NodeModelRecord].self, from: outputs.models)
    XCTAssertTrue(records.allSatisfy { $0.driven == nil })
    XCTAssertTrue(
      outputs.summary.notes.contains { $0.hasPrefix("driven lines stay univariate:") },
      "\(outputs.summary.notes)")
  }

  func testDrivenChaptersComeFromTheirRegressionAndTheirLinesAddUp() throws {
    let (dataset, history) = try Self.inputs()
    let parameters = RunParameters(
      horizon: 3, model: "ets", reconciliation: "mint-shrink", includeOrder: false)
    let outputs = try RunComputation(parameters: parameters, jobs: 2).compute(
      dataset, driverHistory: history)
    let records = try JSONDecoder().decode([NodeModelRecord].self, from: outputs.models)
    let byNode = Dictionary(uniqueKeysWithValues: records.map { ($0.node, $0) })

    // APA (chapter 016) is its regression on the population aged 85+, personnel (012)
    // on the pay index, both projected to 2027 in the history; DMTO has significant
    // elasticities but no projected transactions or prices, and general charges do not
    // follow inflation here (not significant): both stay univariate, said in a note.
    let apa = try XCTUnwrap(byNode["chapter/F/D/016"])
    XCTAssertEqual(apa.driven?.role, .total)
    XCTAssertEqual(apa.driven?.drivers, ["population_85"])
    XCTAssertTrue(apa.model.hasPrefix("ln apa ~ ln population_85, ARIMA("), apa.model)
    XCTAssertTrue(apa.why.hasPrefix("regression on its drivers (population_85)"), apa.why)
    XCTAssertEqual(byNode["chapter/F/D/012"]?.driven?.role, .total)
    XCTAssertNil(byNode["line/F/R/73/7321/01"]?.driven)
    XCTAssertTrue(
      outputs.summary.notes.contains {
        $0.hasPrefix("dmto stays univariate: the driver history gives no real_estate_")
      }, "\(outputs.summary.notes)")
    XCTAssertNil(byNode["chapter/F/D/011"]?.driven)
    // RSA (chapter 017, one line) from its households, on projected unemployment, and
    // the base amount in force (elasticity 1, by construction).
    let rsa = try XCTUnwrap(byNode["chapter/F/D/017"])
    XCTAssertEqual(rsa.driven?.role, .total)
    XCTAssertEqual(rsa.driven?.drivers, ["unemployment_rate", "rsa_base_amount"])
    XCTAssertEqual(rsa.driven?.elasticities.last, 1)
    XCTAssertEqual(rsa.driven?.standardErrors.last, 0)
    XCTAssertTrue(
      rsa.model.hasPrefix("ln rsa = ln households + ln rsa_base_amount + ln base amounts"),
      rsa.model)
    XCTAssertTrue(rsa.why.contains("rsa_base_amount"), rsa.why)
    // The aggregates above them say how far their own forecast was moved.
    let section = try XCTUnwrap(byNode["section/F/D"])
    XCTAssertNotNil(section.statistics["driven.shift.h1"])
    XCTAssertTrue(
      section.why.hasSuffix("moved by the change of the driven lines under it (driven.shift)"))
    XCTAssertNil(byNode["section/F/R"]?.statistics["driven.shift.h1"])
    let apaLines = records.filter { $0.node.hasPrefix("line/F/D/016/") }
    XCTAssertEqual(apaLines.count, 2)
    XCTAssertTrue(apaLines.allSatisfy { $0.driven?.role == .share })
    XCTAssertTrue(apaLines.allSatisfy { $0.why.hasSuffix("add up to their driven total") })

    // Its base forecast is the regression's along the projected population, and the
    // lines' base forecasts are scaled to add up to it.
    let elasticities = ElasticityEstimator().elasticities(dataset: dataset, history: history)
    let driven = DrivenLineForecaster().forecasts(
      dataset: dataset, history: history, elasticities: elasticities, horizon: 3)
    let regression = try XCTUnwrap(driven.forecasts.first { $0.line == .apa })
    let rows = RunOutputs.parseCSV(outputs.forecasts)
    let header = try XCTUnwrap(rows.first)
    let base = try XCTUnwrap(header.firstIndex(of: "base"))
    let value = { (node: String, year: Int) -> Double in
      Double(rows.first { $0.first == node && $0[1] == String(year) }?[base] ?? "") ?? .nan
    }
    XCTAssertEqual(apa.driven?.contributions, [regression.contributions[.population85] ?? []])
    for (h, year) in (2025...2027).enumerated() {
      let expected = regression.forecast.mean[h]
      XCTAssertEqual(value("chapter/F/D/016", year), expected, accuracy: 1e-6 * expected)
      let lines = apaLines.map { value($0.node, year) }.reduce(0, +)
      XCTAssertEqual(lines, expected, accuracy: 1e-6 * expected)
    }
  }
}
