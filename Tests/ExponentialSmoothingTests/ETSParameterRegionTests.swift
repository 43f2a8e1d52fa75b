import BudgetcastTestSupport
import Testing

@testable import ExponentialSmoothing

/// The admissible region against R's verdicts (Golden/make_admissible_golden.R:
/// `forecast:::admissible` on 2,700 random points, nine structures and periods).
@Suite("ETS admissible parameter region")
struct ETSParameterRegionTests {
  struct Point: Decodable {
    var model: String
    var period: Int
    var alpha: Double
    var beta: Double
    var gamma: Double
    var phi: Double
    var admissible: Bool
  }

  @Test func agreesWithRsVerdictOnEveryPoint() throws {
    let points = try GoldenFile.load([Point].self, named: "admissible_golden.json")
    #expect(points.count == 2_700)
    var disagreements: [String] = []
    for point in points {
      let components = try #require(ETSComponents(code: point.model))
      let verdict = ETSParameterRegion.isAdmissible(
        alpha: point.alpha, beta: point.beta, gamma: point.gamma, phi: point.phi,
        components: components, period: point.period)
      if verdict != point.admissible {
        disagreements.append(
          "\(point.model) m=\(point.period) α=\(point.alpha) β=\(point.beta) γ=\(point.gamma) φ=\(point.phi): R \(point.admissible)"
        )
      }
    }
    #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    // Both verdicts occur for every structure: the test can fail either way.
    let byModel = Dictionary(grouping: points) { "\($0.model) \($0.period)" }
    #expect(byModel.values.allSatisfy { Set($0.map(\.admissible)).count == 2 })
  }
}
