import Foundation

/// One NIST StRD linear-regression dataset with its certified values, read from
/// `datasets/nist/` (written by `datasets/nist/make_fixtures.py`).
public struct NISTDataset: Sendable, CustomStringConvertible {
  /// Certified values as published by NIST.
  public struct Certified: Sendable, Decodable {
    /// The predictor columns, in the certified order.
    public var predictors: [String]
    /// Whether the certified model has an intercept (first estimate).
    public var intercept: Bool
    /// The number of observations.
    public var observations: Int
    /// The certified coefficients.
    public var estimates: [Double]
    /// The certified coefficients' standard deviations.
    public var standardDeviations: [Double]
    /// The certified residual standard deviation.
    public var residualStandardDeviation: Double
    /// The certified R².
    public var rSquared: Double
  }

  /// Dataset name such as `Longley`.
  public var name: String
  /// The response y.
  public var response: [Double]
  /// Predictor columns by name, in file order.
  public var predictors: [(name: String, values: [Double])]
  /// The certified results.
  public var certified: Certified

  /// Path of the dataset's CSV file.
  public var csvPath: String { Self.folder.appendingPathComponent("\(name).csv").path }

  public var description: String { name }

  /// The eleven datasets, in NIST's order of difficulty within each class.
  public static let names = [
    "Norris", "Pontius", "NoInt1", "NoInt2", "Filip", "Longley",
    "Wampler1", "Wampler2", "Wampler3", "Wampler4", "Wampler5",
  ]

  static let folder = RepositoryPaths.datasets.appendingPathComponent("nist")

  /// Loads dataset `name`.
  public static func load(_ name: String) throws -> NISTDataset {
    let json = try Data(contentsOf: folder.appendingPathComponent("certified.json"))
    let all = try JSONDecoder().decode([String: Certified].self, from: json)
    guard let certified = all[name] else { throw CocoaError(.fileReadCorruptFile) }
    let text = try String(contentsOf: folder.appendingPathComponent("\(name).csv"), encoding: .utf8)
    let lines = text.split(separator: "\n").map { $0.split(separator: ",").map(String.init) }
    guard let header = lines.first else { throw CocoaError(.fileReadCorruptFile) }
    let rows = lines.dropFirst().map { $0.compactMap(Double.init) }
    let column = { (j: Int) in rows.map { $0[j] } }
    return NISTDataset(
      name: name, response: column(0),
      predictors: (1..<header.count).map { (header[$0], column($0)) }, certified: certified)
  }
}
