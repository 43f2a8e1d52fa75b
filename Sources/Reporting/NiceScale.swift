import Foundation

/// The ticks of a chart's value axis at nice values.
///
/// Ticks fall on 1, 2, 2.5 or 5 times a power of ten and the range is widened to whole
/// steps (Heckbert, "Nice numbers for graph labels", *Graphics Gems*, 1990): a reader
/// sees 600, 700 … 1 100 M€ rather than 609, 727 … 1 082 M€.
struct NiceScale: Equatable {
  /// The first and last ticks: the axis' extent.
  var low: Double
  var high: Double
  /// The distance between two ticks.
  var step: Double
  /// The decimals a tick needs to be written exactly (one for 2.5, two for 0.25).
  var decimals: Int

  /// The ticks covering `low…high`, about `count` of them.
  ///
  /// From `count − 2` to `count + 3` ticks, by the step's rounding. An empty range is
  /// widened by one around its value, a non-finite one replaced by 0…1.
  init(covering low: Double, _ high: Double, count: Int = 5) {
    var (low, high) = (Swift.min(low, high), Swift.max(low, high))
    if !(low.isFinite && high.isFinite) { (low, high) = (0, 1) }
    if high - low <= 1e-12 * Swift.max(abs(high), 1) { (low, high) = (low - 1, high + 1) }
    let rough = (high - low) / Double(Swift.max(count - 1, 1))
    let exponent = Int(floor(log10(rough)))
    let magnitude = pow(10, Double(exponent))
    let fraction = rough / magnitude
    // The nice fraction nearest the rough one (Heckbert's rounding, with 2.5 beside
    // 2 and 5): rounding rather than ceiling keeps about `count` ticks where a
    // ceiling could halve them (a step of 118 becomes 100, not 200).
    let nice = [(1.5, 1.0), (2.25, 2), (3.5, 2.5), (7.5, 5)].first { fraction < $0.0 }?.1 ?? 10
    step = nice * magnitude
    let first = floor(low / step + 1e-9)
    let last = ceil(high / step - 1e-9)
    self.low = first * step
    self.high = last * step
    let stepExponent = nice == 10 ? exponent + 1 : exponent
    decimals = Swift.max(0, -stepExponent) + (nice == 2.5 && stepExponent <= 0 ? 1 : 0)
  }

  /// Every tick from ``low`` to ``high``, each a whole multiple of the step (no drift
  /// from repeated addition; −0 written as 0).
  var ticks: [Double] {
    let first = (low / step).rounded()
    let count = Int(((high - low) / step).rounded())
    return (0...count).map { index in
      let value = (first + Double(index)) * step
      return value == 0 ? 0 : value
    }
  }
}
