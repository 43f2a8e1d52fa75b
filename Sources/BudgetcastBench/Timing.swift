import Foundation

/// Wall-clock medians of repeated work.
enum Timing {
  /// Median seconds of `work`, run at least `minimumRuns` times and for at least
  /// `minimumTotal` seconds.
  static func median(minimumTotal: Double = 0.3, minimumRuns: Int = 5, _ work: () -> Void) -> Double
  {
    var times: [Double] = []
    let start = DispatchTime.now().uptimeNanoseconds
    while times.count < minimumRuns
      || Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 < minimumTotal
    {
      let t0 = DispatchTime.now().uptimeNanoseconds
      work()
      times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
    }
    times.sort()
    return times[times.count / 2]
  }
}

/// SplitMix64 uniform numbers in [−1, 1), identical on every machine.
struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }

  mutating func uniform() -> Double {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) / Double(1 << 53) * 2 - 1
  }
}
