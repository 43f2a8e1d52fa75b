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

// Small square systems (the ARMA autocovariances): plain Swift against dgesv, each
// starting from a fresh copy of the matrix as a likelihood evaluation does.
let smallSystems = [3, 14, 27].map { n -> SmallSystemRow in
  var a = Matrix(rows: n, columns: n)
  for k in 0..<(n * n) { a[k % n, k / n] = random.uniform() + (k % (n + 1) == 0 ? Double(n) : 0) }
  let b = (0..<n).map { _ in random.uniform() }
  var scratch = a.elements
  var x = b
  let plain = Timing.median {
    for _ in 0..<1_000 {
      scratch.withUnsafeMutableBufferPointer { scratch in
        x.withUnsafeMutableBufferPointer { x in
          for k in 0..<(n * n) { scratch[k] = a.elements[k] }
          for k in 0..<n { x[k] = b[k] }
          _ = SmallLinearSystem.eliminate(scratch, x, size: n)
        }
      }
    }
  }
  let rhs = Matrix(columns: [b])
  let lapack = Timing.median { for _ in 0..<1_000 { _ = try? a.solve(rhs) } }
  return SmallSystemRow(size: n, plainSwift: plain / 1_000, lapack: lapack / 1_000)
}

let peer = python.flatMap { NumpyPeer.run(python: $0, sizes: sizes) }
BenchmarkReport(rows: rows, smallSystems: smallSystems, gemmGflops: gemmGflops, peer: peer)
  .print()
