import Reconciliation

extension HierarchicalBudgetForecaster {
  /// Holds at zero the never-negative lines that held values pushed below zero.
  ///
  /// Such a line (a held total lowered below what the other lines can absorb) is
  /// held at zero too and the year reconciled again, so that the held values still
  /// hold and the rest adjusts over the remaining lines; at most
  /// ``maximumZeroRounds`` rounds. When the held values leave no room (they would
  /// need a negative line), the values stay as reconciled and a note says so.
  static func holdingNegativesAtZero(
    _ values: [Double], base: [Double], held: [Int: Double], structure: HierarchyStructure,
    method: ReconciliationMethod, bases: BaseForecasts, notes: inout [String], horizon h: Int
  ) -> [Double] {
    let k = structure.aggregateCount
    var values = values
    var holding = held
    for _ in 0..<maximumZeroRounds {
      let negative = (k..<values.count).filter {
        bases.nonNegative[$0] && holding[$0] == nil && values[$0] < 0
      }
      guard !negative.isEmpty else { return values }
      for index in negative { holding[index] = 0 }
      do {
        values = try Reconciler.reconcile(
          base, structure: structure, method: method, residuals: bases.residuals,
          holding: holding)
      } catch {
        notes.append(
          "horizon \(h + 1): the held values need \(negative.count) never-negative line(s) below zero; kept as reconciled"
        )
        return values
      }
      notes.append(
        "horizon \(h + 1): \(negative.count) never-negative line(s) held at zero so that the held values hold"
      )
    }
    return values
  }

  /// Rounds of ``holdingNegativesAtZero(_:base:held:structure:method:bases:notes:horizon:)``.
  static let maximumZeroRounds = 10

  /// `values` (a coherent year) with `held` met locally: the lines under each held
  /// series move pro rata, the aggregates above it by the difference, nothing else.
  ///
  /// A never-negative line can only go below zero when a held value cuts more than the
  /// lines under it hold; it is left so (the held values hold) and a note says how many.
  static func spreading(
    _ held: [Int: Double], over values: [Double], structure: HierarchyStructure,
    bases: BaseForecasts, notes: inout [String], horizon h: Int
  ) throws(ReconciliationError) -> [Double] {
    let spread = try HeldValues.spread(held, over: values, structure: structure)
    let negative = (structure.aggregateCount..<spread.count).filter {
      bases.nonNegative[$0] && held[$0] == nil && spread[$0] < 0
    }
    if !negative.isEmpty {
      notes.append(
        "horizon \(h + 1): \(negative.count) never-negative line(s) below zero: "
          + "the held values cut more than the lines under them hold")
    }
    return spread
  }
}
