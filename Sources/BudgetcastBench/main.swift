// `make bench`: least squares and dgemm, budgetcast against numpy in the same run.
//
// Release build only; never part of the tests. Medians over repeated runs (at least
// 5, and at least 0.3 s of work per cell), one BLAS thread on both sides.

import Foundation
import LinearAlgebra

OpenBLASRuntime.configure()

let arguments = CommandLine.arguments
let python = arguments.firstIndex(of: "--python").flatMap {
  $0 + 1 < arguments.count ? arguments[$0 + 1] : nil
}
let sizes = [(20, 3), (82, 11), (200, 10), (5_000, 50), (100_000, 20)]

var random = SplitMix64(seed: 20_241_130)
var rows: [BenchmarkRow] = []
for (m, n) in sizes {
  var a = Matrix(rows: m, columns: n)
  for k in 0..<(m * n) { a[k % m, k / m] = random.uniform() }
  let b = (0..<m).map { _ in random.uniform() }
  var row = BenchmarkRow(rows: m, columns: n)
  row.refinedQR = Timing.median { _ = try? LeastSquaresQR(a).solve(b) }
  row.lapackSVD = Timing.median { _ = try? MinimumNormLeastSquares(a, b, rankTolerance: 1e-12) }
  rows.append(row)
}

var x = Matrix(rows: 1_000, columns: 1_000)
var y = Matrix(rows: 1_000, columns: 1_000)
for k in 0..<1_000_000 {
  x[k % 1_000, k / 1_000] = random.uniform()
  y[k % 1_000, k / 1_000] = random.uniform()
}
let gemmSeconds = Timing.median(minimumTotal: 1.0) { _ = try? x.multiplied(by: y) }
let gemmGflops = 2e9 / gemmSeconds / 1e9

let peer = python.flatMap { NumpyPeer.run(python: $0, sizes: sizes) }
BenchmarkReport(rows: rows, gemmGflops: gemmGflops, peer: peer).print()
