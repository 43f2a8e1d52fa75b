import Baselines
import BudgetcastTestSupport
import ForecastCore
import Testing
import Theta

/// Benchmark methods and Theta against R (Golden/make_benchmark_golden.R).
@Suite("Benchmarks and Theta against R forecast")
struct BenchmarkGoldenTests {
  struct Case: Decodable, CustomStringConvertible {
    var series: String
    var method: String
    var period: Double
    var y: [Double]
    var mean: [Double]
    var lower80: [Double]
    var upper80: [Double]
    var lower95: [Double]
    var upper95: [Double]
    var description: String { "\(series) \(method)" }
  }

  static let cases = (try? GoldenFile.load([Case].self, named: "benchmark_golden.json")) ?? []

  /// The parameterised tests run over `cases`, empty if the file failed to load: this
  /// test fails instead.
  @Test func goldenFileHoldsEveryCase() throws {
    #expect(try GoldenFile.load([Case].self, named: "benchmark_golden.json").count == 30)
  }

  func forecast(_ c: Case) throws -> Forecast {
    let series = TimeSeries(values: c.y, period: Int(c.period))
    let h = c.mean.count
    if c.method == "theta" {
      return try ThetaMethod().forecast(series, horizon: h, levels: [80, 95])
    }
    let method = try #require(NaiveMethod(rawValue: c.method))
    return try #require(method.forecast(series, horizon: h, levels: [80, 95]))
  }

  @Test("Same forecasts and intervals as R", arguments: cases)
  func sameAsR(_ c: Case) throws {
    let result = try forecast(c)
    // Theta's SES is estimated by budgetcast's own optimiser: 0.5 % there, exact elsewhere.
    let tolerance = c.method == "theta" ? 5e-3 : 1e-10
    func close(_ a: [Double], _ b: [Double]) -> Bool {
      zip(a, b).allSatisfy { abs($0 - $1) <= tolerance * Swift.max(1, abs($1)) }
    }
    #expect(close(result.mean, c.mean), "point forecasts")
    // On seasonal series R's thetaf adds the adjusted series' SES spread to the
    // reseasonalised mean; budgetcast reseasonalises the bounds too, so that the
    // spread scales with the multiplicative season. Intervals are compared elsewhere.
    let seasonal = SeasonalAdjustment(TimeSeries(values: c.y, period: Int(c.period))).isSeasonal
    guard !(c.method == "theta" && seasonal) else { return }
    let i95 = try #require(result.interval(level: 95))
    let i80 = try #require(result.interval(level: 80))
    #expect(close(i95.lower, c.lower95) && close(i95.upper, c.upper95), "95 % interval")
    #expect(close(i80.lower, c.lower80) && close(i80.upper, c.upper80), "80 % interval")
  }
}
