import Reconciliation

extension HierarchicalBudgetForecaster {
  /// The methods tried, in order, when a year's system cannot be solved.
  ///
  /// WLS-variance is MinT with the covariance shrunk all the way to its diagonal (the
  /// shrinkage target), so it is the nearest method that still weights each line by
  /// its own scale; bottom-up needs no system at all. Structural WLS and OLS are not
  /// fallbacks: their adjustments ignore scale, so a chapter's discrepancy of millions
  /// moves a 7,000 € line as much as a 70 M€ one. Measured on Gironde's accounts with
  /// three years of history (2009–2011, forecast 2012–2013, where MinT's covariance
  /// of two residual years is singular): structural WLS held 1,119 of 2,956 line-years
  /// at zero, WLS-variance 19, bottom-up none.
  static let fallbackMethods: [ReconciliationMethod] = [.wlsVariance, .bottomUp]

  /// Reconciles year `h` after `method` failed with `error`, by the first of
  /// ``fallbackMethods`` that succeeds, and notes which one.
  ///
  /// - Throws: ``ReconciliationError/inconsistentHeldValues(_:)`` when held values
  ///   contradict each other, or the last error when no method succeeds.
  static func fallingBack(
    after error: ReconciliationError, from method: ReconciliationMethod, base: [Double],
    structure: HierarchyStructure, bases: BaseForecasts, holding fixed: [Int: Double],
    notes: inout [String], horizon h: Int
  ) throws(ReconciliationError) -> [Double] {
    var failure = error
    for fallback in fallbackMethods where fallback != method {
      do {
        let values = try Reconciler.reconcile(
          base, structure: structure, method: fallback, residuals: bases.residuals,
          holding: fixed)
        notes.append("\(failure); \(fallback.rawValue) used for horizon \(h + 1)")
        return values
      } catch {
        if case .inconsistentHeldValues = error { throw error }
        failure = error
      }
    }
    throw failure
  }
}
