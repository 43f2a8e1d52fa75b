import Foundation

/// Reads a committed golden JSON file (numbers produced by an independent reference
/// such as R, with the script that made them beside it).
public enum GoldenFile {
  /// Decodes `name` in the `Golden/` folder next to the calling test file.
  public static func load<T: Decodable>(
    _ type: T.Type, named name: String, besides testFile: String = #filePath
  ) throws -> T {
    let url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
    return try JSONDecoder().decode(T.self, from: try Data(contentsOf: url))
  }

  /// Relative difference |a − b| / max(|b|, tiny), 0 when both are equal.
  public static func relativeDifference(_ a: Double, _ b: Double) -> Double {
    a == b ? 0 : abs(a - b) / max(abs(b), .leastNormalMagnitude)
  }
}
