import ForecastCore
import LinearAlgebra

/// Automatic ARIMA order selection (Hyndman & Khandakar 2008), as `forecast::auto.arima`.
///
/// D from the seasonal strength and d from repeated KPSS tests (``DifferencingTests``);
/// then a stepwise search by AICc: four starting models — (2,d,2)(1,D,1), (0,d,0)(0,D,0),
/// (1,d,0)(1,D,0), (0,d,1)(0,D,1), seasonal parts only when m > 1 — with a constant
/// when d + D ≤ 1 (a mean when undifferenced, a drift when differenced once), and
/// from the best one, every neighbour that changes p, q, P or Q by one (alone or p and
/// q together, P and Q together) or toggles the constant, moving whenever AICc
/// improves, within p, q ≤ 5 and P, Q ≤ 2. `stepwise = false` fits every model with
/// p + q + P + Q ≤ 5 instead. As R does, a fit whose AR or MA polynomial has a root
/// within 1.001 of the unit circle is rejected.
public struct AutoARIMA: Sendable {
  public var stepwise: Bool
  public var maximumP = 5
  public var maximumQ = 5
  public var maximumSeasonalP = 2
  public var maximumSeasonalQ = 2
  /// Largest p + q + P + Q of the exhaustive search.
  public var maximumOrder = 5

  public init(stepwise: Bool = true) { self.stepwise = stepwise }

  /// The selected model, fitted; with drivers, a regression with ARIMA errors whose
  /// differencing orders are tested on the residuals of the least-squares regression
  /// of the series on the drivers (as `auto.arima(xreg =)`).
  public func fit(_ series: TimeSeries, drivers: ARIMADrivers = .none) throws(ARIMAError)
    -> FittedARIMA
  {
    guard series.values.allSatisfy(\.isFinite) else { throw .nonFinite }
    try drivers.validate(count: series.count, what: "observations")
    var tested = series
    tested.values = Self.regressionResiduals(series.values, drivers)
    let y = tested.values
    let m = series.period
    let seasonal = m > 1 && series.count >= 2 * m + 1
    let seasonalD = seasonal ? DifferencingTests.seasonalDifferences(tested) : 0
    let seasonallyDifferenced =
      seasonalD == 1 ? (m..<y.count).map { y[$0] - y[$0 - m] } : y
    let d = DifferencingTests.regularDifferences(seasonallyDifferenced)
    let constantAllowed = d + seasonalD <= 1
    var cache: [Key: FittedARIMA?] = [:]
    func attempt(_ key: Key) -> FittedARIMA? {
      if let known = cache[key] { return known }
      let spec = ARIMASpecification(
        p: key.p, d: d, q: key.q, seasonalP: seasonal ? key.seasonalP : 0, seasonalD: seasonalD,
        seasonalQ: seasonal ? key.seasonalQ : 0, period: seasonal ? m : 1,
        includesMean: key.constant && d + seasonalD == 0,
        includesDrift: key.constant && d + seasonalD == 1)
      let fit = try? spec.fit(series, drivers: drivers, precision: .search)
      let admissible = fit.flatMap { Self.isAdmissible($0) ? $0 : nil }
      cache[key] = admissible
      return admissible
    }
    var best: (key: Key, fit: FittedARIMA)?
    func consider(_ key: Key) -> Bool {
      guard key.p >= 0, key.q >= 0, key.seasonalP >= 0, key.seasonalQ >= 0,
        key.p <= maximumP, key.q <= maximumQ, key.seasonalP <= maximumSeasonalP,
        key.seasonalQ <= maximumSeasonalQ, !key.constant || constantAllowed,
        seasonal || (key.seasonalP == 0 && key.seasonalQ == 0), cache[key] == nil,
        let fit = attempt(key), fit.aicc.isFinite
      else { return false }
      if best == nil || fit.aicc < best?.fit.aicc ?? .infinity {
        best = (key, fit)
        return true
      }
      return false
    }
    if stepwise {
      let s = seasonal ? 1 : 0
      let starts = [
        Key(p: 2, q: 2, seasonalP: s, seasonalQ: s, constant: constantAllowed),
        Key(p: 0, q: 0, seasonalP: 0, seasonalQ: 0, constant: constantAllowed),
        Key(p: 1, q: 0, seasonalP: s, seasonalQ: 0, constant: constantAllowed),
        Key(p: 0, q: 1, seasonalP: 0, seasonalQ: s, constant: constantAllowed),
        Key(p: 0, q: 0, seasonalP: 0, seasonalQ: 0, constant: false),
      ]
      for key in starts { _ = consider(key) }
      var moved = true
      while moved, let current = best?.key {
        moved = false
        for neighbour in current.neighbours where consider(neighbour) {
          moved = true
          break
        }
      }
    } else {
      for p in 0...maximumP {
        for q in 0...maximumQ {
          for sp in 0...(seasonal ? maximumSeasonalP : 0) {
            for sq in 0...(seasonal ? maximumSeasonalQ : 0) where p + q + sp + sq <= maximumOrder {
              for constant in constantAllowed ? [true, false] : [false] {
                _ = consider(Key(p: p, q: q, seasonalP: sp, seasonalQ: sq, constant: constant))
              }
            }
          }
        }
      }
    }
    if best == nil, !drivers.isEmpty {
      // Every candidate failed: say why, naming the drivers when they are the cause.
      _ = try ARIMASpecification(p: 0, d: d, q: 0).fit(series, drivers: drivers)
    }
    guard let chosen = best?.fit else {
      throw .estimationFailed(ARIMASpecification(p: 0, d: d, q: 0))
    }
    // The search compared candidates at R's optimiser tolerance; the chosen one is
    // estimated again to full precision, with its standard errors.
    guard let final = try? chosen.specification.fit(series, drivers: drivers),
      Self.isAdmissible(final), final.aicc.isFinite
    else { return chosen }
    return final
  }

  /// The residuals of the least-squares regression of `y` on a constant and the
  /// drivers (`y` itself without drivers).
  static func regressionResiduals(_ y: [Double], _ drivers: ARIMADrivers) -> [Double] {
    guard !drivers.isEmpty else { return y }
    let columns = [[Double](repeating: 1, count: y.count)] + drivers.columns
    guard let beta = try? LeastSquaresQR(Matrix(columns: columns)).solve(y) else { return y }
    return y.indices.map { t in y[t] - zip(beta, columns).reduce(0) { $0 + $1.0 * $1.1[t] } }
  }

  /// One candidate of the search.
  struct Key: Hashable {
    var p, q, seasonalP, seasonalQ: Int
    var constant: Bool

    /// R's stepwise moves, in R's order.
    var neighbours: [Key] {
      var keys: [Key] = []
      let seasonalMoves = [(-1, 0), (0, -1), (1, 0), (0, 1), (-1, -1), (-1, 1), (1, -1), (1, 1)]
      for (dp, dq) in seasonalMoves {
        keys.append(
          Key(p: p, q: q, seasonalP: seasonalP + dp, seasonalQ: seasonalQ + dq, constant: constant))
      }
      for (dp, dq) in seasonalMoves {
        keys.append(
          Key(p: p + dp, q: q + dq, seasonalP: seasonalP, seasonalQ: seasonalQ, constant: constant))
      }
      keys.append(Key(p: p, q: q, seasonalP: seasonalP, seasonalQ: seasonalQ, constant: !constant))
      return keys
    }
  }

  /// Whether every AR and MA root lies outside the circle of radius 1.001.
  static func isAdmissible(_ fit: FittedARIMA) -> Bool {
    let s = fit.specification
    let c = fit.coefficients
    let ar = Array(c[0..<s.p])
    let ma = Array(c[s.p..<(s.p + s.q)]).map { -$0 }
    let sar = Array(c[(s.p + s.q)..<(s.p + s.q + s.seasonalP)])
    let smaStart = s.p + s.q + s.seasonalP
    let sma = Array(c[smaStart..<(smaStart + s.seasonalQ)]).map { -$0 }
    return [ar, ma, sar, sma].allSatisfy { Self.rootsOutside($0, radius: 1.001) }
  }

  /// Whether `1 − φ₁z − … − φ_pzᵖ` has every root outside |z| = radius: the step-down
  /// (inverse Durbin–Levinson) recursion on `φ_k·radiusᵏ` gives reflection coefficients
  /// that must all lie strictly inside (−1, 1) (Schur–Cohn).
  static func rootsOutside(_ phi: [Double], radius: Double) -> Bool {
    var a = phi.enumerated().map { $1 * Double.pow(radius, Double($0 + 1)) }
    while let kappa = a.last {
      guard abs(kappa) < 1, kappa.isFinite else { return false }
      let k = a.count
      var next = [Double](repeating: 0, count: k - 1)
      for j in 0..<(k - 1) { next[j] = (a[j] + kappa * a[k - 2 - j]) / (1 - kappa * kappa) }
      a = next
    }
    return true
  }
}
