// The one file through which every BLAS and LAPACK(E) call passes.
//
// Each function wraps one C routine, always in column-major layout, turns the
// LAPACK `info` code into a `LinearAlgebraError` that keeps the routine name and
// the raw code, and is named after the routine it wraps. Nothing else in the
// package imports CLAPACK.

import CLAPACK

/// Thin, typed wrappers over CBLAS and LAPACKE (column-major only).
enum LAPACKFunnel {
  typealias Index = budgetcast_lapack_int

  static let columnMajor = Int32(LAPACK_COL_MAJOR)

  @inline(__always)
  static func char(_ c: Unicode.Scalar) -> CChar { CChar(UInt8(ascii: c)) }

  @inline(__always)
  static func check(_ info: Index, _ routine: String) throws(LinearAlgebraError) {
    if info != 0 { throw LinearAlgebraError(routine: routine, info: Int(info)) }
  }

  @inline(__always)
  static func lead(_ rows: Int) -> Index { Index(Swift.max(1, rows)) }

  // MARK: - OpenBLAS runtime

  static func openblasSetNumThreads(_ count: Int) { openblas_set_num_threads(Int32(count)) }
  static func openblasGetNumThreads() -> Int { Int(openblas_get_num_threads()) }
  static func openblasGetConfig() -> String { String(cString: openblas_get_config()) }
  static func openblasGetCorename() -> String { String(cString: openblas_get_corename()) }

  /// Turns LAPACKE's scan of every input array for NaN on or off (`LAPACKE_set_nancheck`).
  static func setNaNCheck(_ enabled: Bool) { LAPACKE_set_nancheck(enabled ? 1 : 0) }

  // MARK: - BLAS

  /// `C ← alpha·op(A)·op(B) + beta·C` (`cblas_dgemm`).
  static func dgemm(
    transposeA: Bool, transposeB: Bool, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    cblas_dgemm(
      CblasColMajor, transposeA ? CblasTrans : CblasNoTrans, transposeB ? CblasTrans : CblasNoTrans,
      blasint(m), blasint(n), blasint(k), alpha, a, blasint(lda), b, blasint(ldb), beta, c,
      blasint(ldc))
  }

  /// `y ← alpha·op(A)·x + beta·y` (`cblas_dgemv`).
  static func dgemv(
    transpose: Bool, m: Int, n: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int,
    x: UnsafePointer<Double>, beta: Double, y: UnsafeMutablePointer<Double>
  ) {
    cblas_dgemv(
      CblasColMajor, transpose ? CblasTrans : CblasNoTrans, blasint(m), blasint(n), alpha, a,
      blasint(lda), x, 1, beta, y, 1)
  }

  /// Upper triangle of `C ← alpha·Aᵀ·A + beta·C` (`cblas_dsyrk`, trans = T).
  static func dsyrkTransposed(
    n: Int, k: Int, alpha: Double, a: UnsafePointer<Double>, lda: Int, beta: Double,
    c: UnsafeMutablePointer<Double>, ldc: Int
  ) {
    cblas_dsyrk(
      CblasColMajor, CblasUpper, CblasTrans, blasint(n), blasint(k), alpha, a, blasint(lda), beta,
      c, blasint(ldc))
  }

  /// `xᵀy` (`cblas_ddot`).
  static func ddot(n: Int, x: UnsafePointer<Double>, y: UnsafePointer<Double>) -> Double {
    cblas_ddot(blasint(n), x, 1, y, 1)
  }

  /// `y ← alpha·x + y` (`cblas_daxpy`).
  static func daxpy(
    n: Int, alpha: Double, x: UnsafePointer<Double>, y: UnsafeMutablePointer<Double>
  ) {
    cblas_daxpy(blasint(n), alpha, x, 1, y, 1)
  }

  // MARK: - QR and least squares

  /// Householder QR factorisation `A = Q·R` (`dgeqrf`).
  static func dgeqrf(
    m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int, tau: UnsafeMutablePointer<Double>
  ) throws(LinearAlgebraError) {
    try check(LAPACKE_dgeqrf(columnMajor, Index(m), Index(n), a, Index(lda), tau), "dgeqrf")
  }

  /// `C ← Qᵀ·C` or `C ← Q·C` with Q from `dgeqrf` (`dormqr`, side = L).
  static func dormqrLeft(
    transpose: Bool, m: Int, n: Int, k: Int, a: UnsafePointer<Double>, lda: Int,
    tau: UnsafePointer<Double>, c: UnsafeMutablePointer<Double>, ldc: Int
  ) throws(LinearAlgebraError) {
    try check(
      LAPACKE_dormqr(
        columnMajor, char("L"), char(transpose ? "T" : "N"), Index(m), Index(n), Index(k), a,
        Index(lda), tau, c, Index(ldc)), "dormqr")
  }

  /// Solves `R·X = B` or `Rᵀ·X = B` for upper-triangular R, non-unit diagonal (`dtrtrs`).
  static func dtrtrsUpper(
    transpose: Bool, n: Int, nrhs: Int, a: UnsafePointer<Double>, lda: Int,
    b: UnsafeMutablePointer<Double>, ldb: Int
  ) throws(LinearAlgebraError) {
    try check(
      LAPACKE_dtrtrs(
        columnMajor, char("U"), char(transpose ? "T" : "N"), char("N"), Index(n), Index(nrhs), a,
        Index(lda), b, Index(ldb)), "dtrtrs")
  }

  /// Minimum-norm least squares by divide-and-conquer SVD (`dgelsd`); returns the rank.
  static func dgelsd(
    m: Int, n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, lda: Int,
    b: UnsafeMutablePointer<Double>, ldb: Int, s: UnsafeMutablePointer<Double>, rcond: Double
  ) throws(LinearAlgebraError) -> Int {
    var rank: Index = 0
    try check(
      LAPACKE_dgelsd(
        columnMajor, Index(m), Index(n), Index(nrhs), a, Index(lda), b, Index(ldb), s, rcond, &rank),
      "dgelsd")
    return Int(rank)
  }

  /// Singular values and, optionally, the thin factors (`dgesdd`, jobz = S or N).
  static func dgesdd(
    wantVectors: Bool, m: Int, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
    s: UnsafeMutablePointer<Double>, u: UnsafeMutablePointer<Double>?, ldu: Int,
    vt: UnsafeMutablePointer<Double>?, ldvt: Int
  ) throws(LinearAlgebraError) {
    try check(
      LAPACKE_dgesdd(
        columnMajor, char(wantVectors ? "S" : "N"), Index(m), Index(n), a, Index(lda), s, u,
        Index(ldu), vt, Index(ldvt)), "dgesdd")
  }

  // MARK: - Cholesky

  /// Cholesky factorisation `A = Uᵀ·U`, upper triangle (`dpotrf`).
  static func dpotrf(n: Int, a: UnsafeMutablePointer<Double>, lda: Int) throws(LinearAlgebraError) {
    try check(LAPACKE_dpotrf(columnMajor, char("U"), Index(n), a, Index(lda)), "dpotrf")
  }

  /// Solves `A·X = B` from the factor of `dpotrf` (`dpotrs`).
  static func dpotrs(
    n: Int, nrhs: Int, a: UnsafePointer<Double>, lda: Int, b: UnsafeMutablePointer<Double>, ldb: Int
  ) throws(LinearAlgebraError) {
    try check(
      LAPACKE_dpotrs(columnMajor, char("U"), Index(n), Index(nrhs), a, Index(lda), b, Index(ldb)),
      "dpotrs")
  }

  /// Inverse of `Uᵀ·U` from the upper factor U, upper triangle (`dpotri`).
  static func dpotri(n: Int, a: UnsafeMutablePointer<Double>, lda: Int) throws(LinearAlgebraError) {
    try check(LAPACKE_dpotri(columnMajor, char("U"), Index(n), a, Index(lda)), "dpotri")
  }

  /// Reciprocal 1-norm condition estimate from a Cholesky factor (`dpocon`).
  static func dpocon(n: Int, a: UnsafePointer<Double>, lda: Int, anorm: Double)
    throws(LinearAlgebraError)
    -> Double
  {
    var rcond = 0.0
    try check(
      LAPACKE_dpocon(columnMajor, char("U"), Index(n), a, Index(lda), anorm, &rcond), "dpocon")
    return rcond
  }

  // MARK: - LU, eigen, conditioning

  /// Solves `A·X = B` by LU with partial pivoting (`dgesv`); A is overwritten by its factors.
  static func dgesv(
    n: Int, nrhs: Int, a: UnsafeMutablePointer<Double>, lda: Int, b: UnsafeMutablePointer<Double>,
    ldb: Int
  ) throws(LinearAlgebraError) {
    var pivots = [Index](repeating: 0, count: Swift.max(1, n))
    try check(
      LAPACKE_dgesv(columnMajor, Index(n), Index(nrhs), a, Index(lda), &pivots, b, Index(ldb)),
      "dgesv")
  }

  /// LU factorisation with partial pivoting (`dgetrf`).
  static func dgetrf(
    n: Int, a: UnsafeMutablePointer<Double>, lda: Int, pivots: UnsafeMutablePointer<Index>
  ) throws(LinearAlgebraError) {
    try check(LAPACKE_dgetrf(columnMajor, Index(n), Index(n), a, Index(lda), pivots), "dgetrf")
  }

  /// Reciprocal 1-norm condition estimate from LU factors (`dgecon`).
  static func dgecon(n: Int, a: UnsafePointer<Double>, lda: Int, anorm: Double)
    throws(LinearAlgebraError)
    -> Double
  {
    var rcond = 0.0
    try check(
      LAPACKE_dgecon(columnMajor, char("1"), Index(n), a, Index(lda), anorm, &rcond), "dgecon")
    return rcond
  }

  /// The 1-norm of a general matrix (`dlange`).
  static func dlangeOneNorm(m: Int, n: Int, a: UnsafePointer<Double>, lda: Int) -> Double {
    LAPACKE_dlange(columnMajor, char("1"), Index(m), Index(n), a, Index(lda))
  }

  /// All eigenvalues (ascending) and, optionally, eigenvectors of a symmetric matrix,
  /// from its upper triangle, by the MRRR algorithm (`dsyevr`).
  static func dsyevr(
    wantVectors: Bool, n: Int, a: UnsafeMutablePointer<Double>, lda: Int,
    w: UnsafeMutablePointer<Double>, z: UnsafeMutablePointer<Double>, ldz: Int
  ) throws(LinearAlgebraError) {
    var found: Index = 0
    var support = [Index](repeating: 0, count: 2 * Swift.max(1, n))
    try check(
      LAPACKE_dsyevr(
        columnMajor, char(wantVectors ? "V" : "N"), char("A"), char("U"), Index(n), a, Index(lda),
        0, 0, 0, 0, 0, &found, w, z, Index(ldz), &support), "dsyevr")
  }

  /// Eigenvalues `wr + i·wi` of a general square matrix, without eigenvectors, by the
  /// Hessenberg QR algorithm (`dgeev`; A is overwritten).
  static func dgeevValues(
    n: Int, a: UnsafeMutablePointer<Double>, lda: Int, wr: UnsafeMutablePointer<Double>,
    wi: UnsafeMutablePointer<Double>
  ) throws(LinearAlgebraError) {
    var left = 0.0
    var right = 0.0
    try check(
      LAPACKE_dgeev(
        columnMajor, char("N"), char("N"), Index(n), a, Index(lda), wr, wi, &left, 1, &right, 1),
      "dgeev")
  }
}
