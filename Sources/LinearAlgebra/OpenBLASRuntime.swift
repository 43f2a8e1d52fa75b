/// The OpenBLAS runtime: thread pinning and the facts a run manifest records.
///
/// Results of BLAS and LAPACK depend, in the last bits, on the number of BLAS
/// threads and on the CPU kernel OpenBLAS picked (measured: 1 vs 2 threads changes
/// about 70 % of the entries of a 500×50 `XᵀX`, by at most 4e-13 relative). For
/// bit-for-bit replay budgetcast runs one BLAS thread per call and takes its
/// parallelism across series instead; `configure()` is called at start-up.
public enum OpenBLASRuntime {
  /// Prepares the runtime for reproducible numerical work; call once at start-up.
  ///
  /// - Sets the OpenBLAS thread count to 1 (`openblas_set_num_threads(1)`).
  /// - Turns off LAPACKE's NaN scan of every input array (`LAPACKE_set_nancheck(0)`):
  ///   every public entry point of this module rejects NaN and infinity itself
  ///   before calling LAPACK, and the scan otherwise re-reads the whole matrix on
  ///   each call (measured with perf over `make bench`: `LAPACKE_dge_nancheck` and
  ///   `dlaisnan` took about 5 % of the samples).
  public static func configure() {
    LAPACKFunnel.openblasSetNumThreads(1)
    LAPACKFunnel.setNaNCheck(false)
  }

  /// Re-executes the process with `OPENBLAS_NUM_THREADS=1` unless it is already set.
  ///
  /// Linux only, through `/proc/self/exe`. Returns normally if the variable is set
  /// or re-execution is impossible.
  public static func reexecuteWithOneBLASThreadIfNeeded() {
    if let value = getenv("OPENBLAS_NUM_THREADS"), String(cString: value) == "1" { return }
    setenv("OPENBLAS_NUM_THREADS", "1", 1)
    let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", arguments)
    // execv returns only on failure: carry on in this process.
  }

  /// A snapshot of the numerical environment, for `budgetcast version` and manifests.
  public static func environment() -> NumericalEnvironment {
    NumericalEnvironment(
      configuration: LAPACKFunnel.openblasGetConfig().trimmingSpaces(),
      coreName: LAPACKFunnel.openblasGetCorename().trimmingSpaces(),
      threadCount: LAPACKFunnel.openblasGetNumThreads(),
      coreTypeOverride: getenvString("OPENBLAS_CORETYPE"))
  }

  private static func getenvString(_ name: String) -> String? {
    guard let raw = getenv(name) else { return nil }
    return String(cString: raw)
  }
}

/// The BLAS configuration under which numbers were computed.
public struct NumericalEnvironment: Sendable, Hashable, Codable {
  /// `openblas_get_config()` such as `OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH … Haswell MAX_THREADS=64`.
  public var configuration: String
  /// `openblas_get_corename()`, the kernel family in use such as `Haswell`.
  public var coreName: String
  /// `openblas_get_num_threads()` at the time of the snapshot.
  public var threadCount: Int
  /// The `OPENBLAS_CORETYPE` environment variable, when set (it forces the kernel).
  public var coreTypeOverride: String?
}

extension String {
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while scalars.first?.isWhitespace == true { scalars.removeFirst() }
    while scalars.last?.isWhitespace == true { scalars.removeLast() }
    return String(scalars)
  }
}

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif
