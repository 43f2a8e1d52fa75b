/// How held values (human overrides) enter a reconciled forecast.
///
/// A finance director who raises the RSA chapter by 4.6 % expects that chapter's lines
/// to carry the change and the section and total above it to grow by as much, not the
/// other lines to shrink to pay for it; that is ``local``. ``reconcile`` redoes the
/// reconciliation with the values held (constrained MinT, WLS or OLS), so every free
/// series may move: on the demo département, a +9.8 M€ RSA override then raised total
/// spending by only 7.5 M€, held 37 lines at zero and lowered forecast revenue by 3.3 M€
/// through the residual correlations. Runs archived before this choice existed used
/// ``reconcile`` and replay with it.
public enum HeldAdjustment: String, Sendable, Hashable, Codable, CaseIterable {
  /// The reconciled forecast stays; each held value is met by moving the lines under it
  /// pro rata (``HeldValues``), and the aggregates above it by the difference.
  case local
  /// The reconciliation is redone with the held values fixed; every free series may move.
  case reconcile
}
