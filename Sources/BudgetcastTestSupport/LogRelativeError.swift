import Foundation

/// The log relative error of McCullough (1998): the number of correct significant
/// digits of `estimate` against `certified`.
///
/// `LRE = −log₁₀(|x − c| / |c|)`, or `−log₁₀|x − c|` (log absolute error) when the
/// certified value c is 0. An exact match scores 17, above what double precision
/// can resolve, so that exact results never fail a threshold.
public func logRelativeError(_ estimate: Double, certified: Double) -> Double {
  if estimate == certified { return 17 }
  guard estimate.isFinite else { return 0 }
  let error = abs(estimate - certified)
  let lre = certified == 0 ? -log10(error) : -log10(error / abs(certified))
  return min(17, max(0, lre))
}
