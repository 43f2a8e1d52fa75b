import Foundation
import LinearAlgebra

/// One problem size's timings, in seconds.
struct BenchmarkRow {
  var rows: Int
  var columns: Int
  /// `LeastSquaresQR` (what regressions use): QR plus extended-precision refinement.
  var refinedQR = 0.0
  /// `MinimumNormLeastSquares` (`dgelsd`), the algorithm numpy's `lstsq` calls.
  var lapackSVD = 0.0
  var label: String { "\(rows)x\(columns)" }
}

/// One small square system's solve times, in seconds.
struct SmallSystemRow {
  var size: Int
  /// `SmallLinearSystem.solveInPlace`, copying the system into scratch space first.
  var plainSwift: Double
  /// `Matrix.solve` (`dgesv`).
  var lapack: Double
}

/// The side-by-side table printed by `make bench`.
struct BenchmarkReport {
  var rows: [BenchmarkRow]
  var smallSystems: [SmallSystemRow]
  var gemmGflops: Double
  var peer: NumpyPeer?

  static func time(_ seconds: Double?) -> String {
    guard let seconds else { return "—" }
    if seconds < 1e-3 { return String(format: "%.2f µs", seconds * 1e6) }
    if seconds < 1 { return String(format: "%.3f ms", seconds * 1e3) }
    return String(format: "%.3f s", seconds)
  }

  func print() {
    let environment = OpenBLASRuntime.environment()
    Swift.print(
      "budgetcast benchmark — \(environment.configuration), core \(environment.coreName), \(environment.threadCount) BLAS thread"
    )
    if let peer { Swift.print("peer: numpy \(peer.version), OPENBLAS_NUM_THREADS=1") }
    Swift.print("")
    Swift.print("Least squares, median wall time per solve (factorisation + solve)")
    let header = [
      "size", "budgetcast QR+refine", "budgetcast dgelsd", "numpy lstsq", "numpy / QR",
      "numpy / dgelsd",
    ]
    var table = [header]
    for row in rows {
      let numpy = peer?.lstsqSeconds[row.label]
      let ratio = { (seconds: Double) in
        numpy.map { String(format: "%.2f×", $0 / seconds) } ?? "—"
      }
      table.append([
        row.label, Self.time(row.refinedQR), Self.time(row.lapackSVD), Self.time(numpy),
        ratio(row.refinedQR), ratio(row.lapackSVD),
      ])
    }
    Self.printTable(table)
    Swift.print("")
    Swift.print("Small square systems (ARMA autocovariances), median time per solve")
    var small = [["size", "plain Swift", "dgesv", "dgesv / plain"]]
    for row in smallSystems {
      small.append([
        "\(row.size)x\(row.size)", Self.time(row.plainSwift), Self.time(row.lapack),
        String(format: "%.1f×", row.lapack / row.plainSwift),
      ])
    }
    Self.printTable(small)
    Swift.print("")
    let peerGemm = peer.map { String(format: ", numpy %.1f GFLOP/s", $0.gemmGflops) } ?? ""
    Swift.print(
      String(format: "dgemm n = 1000, one thread: budgetcast %.1f GFLOP/s", gemmGflops) + peerGemm)
  }

  /// Prints rows of cells, the first column left-aligned, the others right-aligned.
  static func printTable(_ table: [[String]]) {
    let widths = (table.first ?? []).indices.map { j in table.map { $0[j].count }.max() ?? 0 }
    for line in table {
      Swift.print(
        line.enumerated().map { j, cell in
          j == 0
            ? cell.padding(toLength: widths[j], withPad: " ", startingAt: 0)
            : String(repeating: " ", count: widths[j] - cell.count) + cell
        }.joined(separator: "  "))
    }
  }
}
