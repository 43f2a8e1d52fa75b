#if arch(x86_64) || arch(i386)
  /// The widest hardware floating-point type: 80-bit x87 extended precision
  /// (64-bit significand, unit roundoff ≈ 5.4e-20) on x86.
  typealias ExtendedReal = Float80
#else
  /// The widest hardware floating-point type; on this architecture plain `Double`,
  /// so the extended-precision kernels bring no extra accuracy here.
  typealias ExtendedReal = Double
#endif
