/// A failure reported by a LAPACK routine, or a precondition of the linear-algebra
/// layer that the input did not meet.
///
/// LAPACK returns an integer `info`: `0` is success, `-k` means the k-th argument
/// had an illegal value (for the LAPACKE high-level interface this also covers a
/// NaN found in an input array by LAPACKE's NaN check), and `k > 0` is a numerical
/// failure whose meaning depends on the routine (a zero pivot in `dgetrf`, a
/// non-positive leading minor in `dpotrf`, a singular value that failed to
/// converge in `dgelsd`...). The raw code and the routine name are kept so that a
/// message can always be traced back to the LAPACK documentation.
public struct LinearAlgebraError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The kinds of failure, kept internal so that cases can be added later.
  enum Representation: Sendable, Hashable {
    case illegalArgument(position: Int)
    case numericalFailure(info: Int)
    case dimensionMismatch(String)
    case nonFiniteInput
  }

  let representation: Representation

  /// The LAPACK or BLAS routine that failed, such as `"dpotrf"`.
  public let routine: String

  /// The raw LAPACK `info` code, or 0 when the failure was detected before the call.
  public var info: Int {
    switch representation {
    case .illegalArgument(let position): return -position
    case .numericalFailure(let info): return info
    case .dimensionMismatch, .nonFiniteInput: return 0
    }
  }

  /// Whether LAPACK rejected an argument (`info < 0`) rather than failing numerically.
  public var isIllegalArgument: Bool {
    if case .illegalArgument = representation { return true }
    return false
  }

  /// Whether the routine ran and hit a numerical failure (`info > 0`).
  public var isNumericalFailure: Bool {
    if case .numericalFailure = representation { return true }
    return false
  }

  /// Whether the input held NaN or infinity.
  public var isNonFiniteInput: Bool { representation == .nonFiniteInput }

  init(routine: String, info: Int) {
    self.routine = routine
    self.representation =
      info < 0 ? .illegalArgument(position: -info) : .numericalFailure(info: info)
  }

  init(routine: String, _ representation: Representation) {
    self.routine = routine
    self.representation = representation
  }

  public var description: String {
    switch representation {
    case .illegalArgument(let position):
      return "\(routine): argument \(position) is illegal (info = -\(position))"
        + " (a NaN in an input array is reported this way by LAPACKE)"
    case .numericalFailure(let info):
      return "\(routine): numerical failure (info = \(info))"
    case .dimensionMismatch(let detail):
      return "\(routine): dimension mismatch: \(detail)"
    case .nonFiniteInput:
      return "\(routine): input holds NaN or infinity"
    }
  }
}
