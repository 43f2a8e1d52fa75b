import LinearAlgebra
import Reconciliation

/// The correlation of some nodes' one-step residuals, as the report's bands use it.
enum ResidualCorrelation {
  /// The Schäfer–Strimmer shrunk correlation of `nodes`' residuals over the years where
  /// all are finite, or the identity with fewer than four such years (too few to say
  /// how the nodes move together).
  static func matrix(of nodes: [String], in data: ReportData) -> Matrix {
    let n = nodes.count
    let columns = nodes.map { data.residuals[$0] ?? [] }
    let length = columns.map(\.count).min() ?? 0
    let rows = (0..<length).map { t in columns.map { $0[t] } }.filter { $0.allSatisfy(\.isFinite) }
    guard n > 0, rows.count >= 4 else { return Matrix.identity(n) }
    let covariance = ShrinkageCovariance(residuals: rows).shrunk()
    var correlation = Matrix(rows: n, columns: n)
    for i in 0..<n {
      for j in 0..<n {
        let scale = (covariance[i, i] * covariance[j, j]).squareRoot()
        correlation[i, j] = scale > 0 ? covariance[i, j] / scale : (i == j ? 1 : 0)
      }
    }
    return correlation
  }
}
