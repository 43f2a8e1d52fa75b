import LinearAlgebra

/// Holds some series of a coherent forecast at given values and spreads the
/// difference over the bottom series pro rata, keeping the result coherent.
///
/// With `b` the bottom forecasts, `A` the rows of the summing matrix S for the held
/// series and `v` their values, the result is the bottom vector closest to `b` in the
/// metric `D⁻¹`, `D = diag(|b_j| + ε)`, that satisfies `A·b′ = v`:
///
///     b′ = b + D·Aᵀ·(A·D·Aᵀ)⁻¹·(v − A·b)
///
/// so every free line moves in proportion to its size, which is the finance
/// director's usual "the rest adjusts pro rata". The h×h system (h held series) is
/// solved by Cholesky (`dpotrf`/`dpotrs`); ε (10⁻⁹ of the largest line, at least
/// 10⁻¹²) lets lines forecast at zero move a little rather than make it singular.
/// Held series that repeat each other (an aggregate and all its members) make the
/// system singular; agreeing values are then met through ``RedundantConstraints``,
/// contradicting ones refused.
public enum HeldValues {
  /// `coherent` (aggregates then bottoms) with `held` values imposed and the
  /// difference spread pro rata; `coherent` itself when nothing is held.
  public static func spread(
    _ held: [Int: Double], over coherent: [Double], structure: HierarchyStructure
  ) throws(ReconciliationError) -> [Double] {
    guard !held.isEmpty else { return coherent }
    let k = structure.aggregateCount
    let bottom = Array(coherent[k...])
    let largest = bottom.map { abs($0) }.max() ?? 0
    let epsilon = Swift.max(largest * 1e-9, 1e-12)
    let d = bottom.map { abs($0) + epsilon }
    let series = held.keys.sorted()
    // Row r of A: the bottom members of held series r.
    let members: [[Int]] = series.map { $0 < k ? structure.aggregates[$0] : [$0 - k] }
    var system = Matrix(rows: series.count, columns: series.count)
    for r in series.indices {
      let inRow = Set(members[r])
      for c in series.indices {
        system[r, c] = members[c].reduce(0) { $0 + (inRow.contains($1) ? d[$1] : 0) }
      }
    }
    let gap = series.indices.map { r in
      (held[series[r]] ?? 0) - members[r].reduce(0) { $0 + bottom[$1] }
    }
    do {
      let lambda = try RedundantConstraints.multipliers(system, [gap]).column(0)
      var adjusted = bottom
      for r in series.indices {
        for j in members[r] { adjusted[j] += d[j] * lambda[r] }
      }
      let residuals = series.indices.map { r in
        members[r].reduce(0) { $0 + adjusted[$1] } - (held[series[r]] ?? 0)
      }
      let scale = (adjusted.map(abs).max() ?? 0) + (held.values.map(abs).max() ?? 0)
      guard RedundantConstraints.isMet(residuals, scale: scale) else {
        throw ReconciliationError.inconsistentHeldValues(series)
      }
      var result = structure.aggregate(adjusted)
      // Aggregates none of whose members moved keep their value to the bit (a sum in
      // another order would differ in the last place).
      for index in 0..<k
      where structure.aggregates[index].allSatisfy({ adjusted[$0] == bottom[$0] }) {
        result[index] = coherent[index]
      }
      // Exact values where asked (rounding aside, the solution already meets them).
      for (index, value) in held { result[index] = value }
      return result
    } catch {
      throw .inconsistentHeldValues(series)
    }
  }
}
