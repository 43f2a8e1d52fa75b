import RealModule

/// A small, fast, reproducible random generator: SplitMix64 (Steele, Lea & Flood 2014).
///
/// It is identical on every platform, so that simulated prediction intervals replay
/// bit for bit from the seed recorded in a run.
public struct SeededRandom: Sendable, RandomNumberGenerator {
  private var state: UInt64

  /// A generator started from `seed`.
  public init(seed: UInt64) { state = seed }

  /// A seed derived from a base seed and a text key (a series identifier), so that
  /// each series gets its own stream whatever order or thread it runs in (FNV-1a).
  public static func seed(_ base: UInt64, key: String) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ base
    for byte in key.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform number in (0, 1), never exactly 0 or 1.
  public mutating func uniform() -> Double {
    (Double(next() >> 11) + 0.5) / 9_007_199_254_740_992
  }

  private var spare: Double?

  /// A standard normal draw (Box–Muller, both values of each pair used).
  public mutating func normal() -> Double {
    if let value = spare {
      spare = nil
      return value
    }
    let radius = (-2 * Double.log(uniform())).squareRoot()
    let angle = 2 * Double.pi * uniform()
    spare = radius * Double.sin(angle)
    return radius * Double.cos(angle)
  }
}
