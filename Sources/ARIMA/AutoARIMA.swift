import ForecastCore
import LinearAlgebra
import RealModule

/// Automatic ARIMA order selection (Hyndman & Khandakar 2008), as `forecast::auto.arima`.
///
/// D from the seasonal strength and d from repeated KPSS tests (``DifferencingTests``);
/// then a stepwise search by AICc: four starting models — (2,d,2)(1,D,1), (0,d,0)(0,D,0),
/// (1,d,0)(1,D,0), (0,d,1)(0,D,1), seasonal parts only when m > 1 — with a constant
/// when d + D ≤ 1 (a mean when undifferenced, a drift when differenced once), and
/// from the best one, every neighbour that changes p, q, P or Q by one (alone or p and
/// q together, P and Q together) or toggles the constant, moving whenever AICc
/// improves, within p, q ≤ 5 and P, Q ≤ 2 (bounded further by the series' length:
/// ``Limits``). `stepwise = false` fits every model with p + q + P + Q ≤ 5 instead. As R
/// does, a fit whose AR or MA polynomial has a root within 1.01 of the unit circle is
/// rejected (``isAdmissible(_:)``), and so is a model whose conditional-sum-of-squares
/// start has a non-stationary AR part (``ARIMAError/nonStationaryConditionalStart(_:)``);
/// the model kept is the search's fit, with its standard errors added.
public struct AutoARIMA: Sendable {
  /// Stepwise search (R's default) rather than every model up to ``maximumOrder``.
  public var stepwise: Bool
  /// Largest non-seasonal AR order p searched.
  public var maximumP = 5
  /// Largest non-seasonal MA order q searched.
  public var maximumQ = 5
  /// Largest seasonal AR order P searched.
  public var maximumSeasonalP = 2
  /// Largest seasonal MA order Q searched.
  public var maximumSeasonalQ = 2
  /// Largest p + q + P + Q of the exhaustive search.
  public var maximumOrder = 5
  /// Whether the search compares candidates by their conditional-sum-of-squares fit
  /// (``Approximation``) and re-estimates only the chosen one; nil takes R's default,
  /// series longer than 150 observations or periods above 12.
  public var approximation: Bool?

  /// A search with R's default limits.
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
    let limits = Limits(self, count: series.count, period: m, seasonal: seasonal)
    // AICc is undefined on three observations or fewer; R's auto.arima uses AIC there.
    let criterion = { (fit: FittedARIMA) in series.count <= 3 ? fit.aic : fit.aicc }
    func specification(_ key: Key) -> ARIMASpecification {
      ARIMASpecification(
        p: key.p, d: d, q: key.q, seasonalP: seasonal ? key.seasonalP : 0, seasonalD: seasonalD,
        seasonalQ: seasonal ? key.seasonalQ : 0, period: seasonal ? m : 1,
        includesMean: key.constant && d + seasonalD == 0,
        includesDrift: key.constant && d + seasonalD == 1)
    }
    func exactFit(_ key: Key) -> FittedARIMA? {
      let fit = try? specification(key).fit(series, drivers: drivers, precision: .search)
      return fit.flatMap { Self.isAdmissible($0) && criterion($0).isFinite ? $0 : nil }
    }
    let approximate =
      (approximation ?? (series.count > 150 || m > 12))
      ? Approximation(series, drivers: drivers, d: d, seasonalD: seasonalD, period: m) : nil
    // Each candidate in the order tried with its criterion (+∞ when refused), and its
    // fit unless approximated.
    var tried: [(key: Key, score: Double)] = []
    var seen: Set<Key> = []
    var fits: [Key: FittedARIMA] = [:]
    var best: (key: Key, score: Double)?
    func consider(_ key: Key) -> Bool {
      guard limits.contains(key), !key.constant || constantAllowed, seen.insert(key).inserted
      else { return false }
      var score = Double.infinity
      if let approximate {
        score = approximate.criterion(specification(key), short: series.count <= 3) ?? .infinity
      } else if let fit = exactFit(key) {
        fits[key] = fit
        score = criterion(fit)
      }
      tried.append((key, score))
      guard score.isFinite, score < best?.score ?? .infinity else { return false }
      best = (key, score)
      return true
    }
    if stepwise {
      for key in limits.starts(constant: constantAllowed, short: series.count < 10) {
        _ = consider(key)
      }
      // As in `auto.arima`, the start models choose the orders the search moves from,
      // not the constant: when the start without constant wins, the search still
      // explores around the orders with the constant (and toggles it as one move).
      guard var current = best?.key else { return try fallback(series, drivers, d: d) }
      current.constant = constantAllowed
      var moved = true
      while moved {
        moved = false
        for neighbour in current.neighbours where consider(neighbour) {
          current = neighbour
          moved = true
          break
        }
      }
    } else {
      for p in 0...limits.p {
        for q in 0...limits.q {
          for sp in 0...limits.seasonalP {
            for sq in 0...limits.seasonalQ where p + q + sp + sq <= maximumOrder {
              for constant in constantAllowed ? [true, false] : [false] {
                _ = consider(Key(p: p, q: q, seasonalP: sp, seasonalQ: sq, constant: constant))
              }
            }
          }
        }
      }
    }
    // As R's auto.arima, the model kept is the search's fit (R's optimiser tolerance);
    // only its standard errors, which the search leaves out, are added. An approximated
    // search estimates its candidates by likelihood from the best score on (ties in the
    // order tried, as R's `order` of its results), until one is admissible; an exact
    // one has its best fit in hand.
    let ranked = tried.enumerated().filter { $0.element.score.isFinite }.sorted {
      ($0.element.score, $0.offset) < ($1.element.score, $1.offset)
    }
    for (_, candidate) in ranked {
      guard let chosen = fits[candidate.key] ?? exactFit(candidate.key) else { continue }
      return chosen.specification.withStandardErrors(chosen)
    }
    return try fallback(series, drivers, d: d)
  }

  /// When every candidate failed: the error that says why, naming the drivers when they
  /// are the cause.
  func fallback(_ series: TimeSeries, _ drivers: ARIMADrivers, d: Int) throws(ARIMAError)
    -> FittedARIMA
  {
    let simplest = ARIMASpecification(p: 0, d: d, q: 0)
    if !drivers.isEmpty { _ = try simplest.fit(series, drivers: drivers) }
    throw .estimationFailed(simplest)
  }

  /// The residuals of the least-squares regression of `y` on a constant and the
  /// drivers (`y` itself without drivers).
  static func regressionResiduals(_ y: [Double], _ drivers: ARIMADrivers) -> [Double] {
    guard !drivers.isEmpty else { return y }
    let columns = [[Double](repeating: 1, count: y.count)] + drivers.columns
    guard let beta = try? LeastSquaresQR(Matrix(columns: columns)).solve(y) else { return y }
    return y.indices.map { t in y[t] - zip(beta, columns).reduce(0) { $0 + $1.0 * $1.1[t] } }
  }

  /// The largest orders searched for a series, as `auto.arima` bounds them: at most a
  /// third of the observations for p and q (of the seasonal cycles for P and Q), and
  /// p, q < m when a seasonal part is possible.
  struct Limits {
    var p, q, seasonalP, seasonalQ: Int

    init(_ search: AutoARIMA, count n: Int, period m: Int, seasonal: Bool) {
      seasonalP = seasonal ? Swift.min(search.maximumSeasonalP, n / 3 / m) : 0
      seasonalQ = seasonal ? Swift.min(search.maximumSeasonalQ, n / 3 / m) : 0
      p = Swift.min(search.maximumP, n / 3, seasonalP > 0 ? m - 1 : .max)
      q = Swift.min(search.maximumQ, n / 3, seasonalQ > 0 ? m - 1 : .max)
    }

    func contains(_ key: Key) -> Bool {
      (0...p).contains(key.p) && (0...q).contains(key.q)
        && (0...seasonalP).contains(key.seasonalP) && (0...seasonalQ).contains(key.seasonalQ)
    }

    /// The stepwise search's first models: (2,d,2)(1,D,1) — (1,d,1)(0,D,0) under ten
    /// observations — (0,d,0)(0,D,0), (1,d,0)(1,D,0), (0,d,1)(0,D,1), each within the
    /// limits, with the constant when allowed; and (0,d,0)(0,D,0) without it.
    func starts(constant: Bool, short: Bool) -> [Key] {
      let first = Key(
        p: Swift.min(short ? 1 : 2, p), q: Swift.min(short ? 1 : 2, q),
        seasonalP: short ? 0 : Swift.min(1, seasonalP),
        seasonalQ: short ? 0 : Swift.min(1, seasonalQ),
        constant: constant)
      return [
        first,
        Key(p: 0, q: 0, seasonalP: 0, seasonalQ: 0, constant: constant),
        Key(
          p: Swift.min(1, p), q: 0, seasonalP: Swift.min(1, seasonalP), seasonalQ: 0,
          constant: constant),
        Key(
          p: 0, q: Swift.min(1, q), seasonalP: 0, seasonalQ: Swift.min(1, seasonalQ),
          constant: constant),
        Key(p: 0, q: 0, seasonalP: 0, seasonalQ: 0, constant: false),
      ]
    }
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

  /// Whether every root of the AR and MA polynomials, seasonal products expanded, lies
  /// outside the circle of radius 1.01 (as `auto.arima`): a seasonal factor's root w in
  /// `Bᵐ` gives roots of modulus `|w|^(1/m)`, so its own roots must lie outside 1.01ᵐ.
  static func isAdmissible(_ fit: FittedARIMA) -> Bool {
    isAdmissible(fit.specification, fit.coefficients)
  }

  /// ``isAdmissible(_:)`` for the coefficients `c` of `s`.
  static func isAdmissible(_ s: ARIMASpecification, _ c: [Double]) -> Bool {
    let ar = Array(c[0..<s.p])
    let ma = Array(c[s.p..<(s.p + s.q)]).map { -$0 }
    let sar = Array(c[(s.p + s.q)..<(s.p + s.q + s.seasonalP)])
    let smaStart = s.p + s.q + s.seasonalP
    let sma = Array(c[smaStart..<(smaStart + s.seasonalQ)]).map { -$0 }
    let radius = 1.01
    let seasonalRadius = Double.pow(radius, Double(s.period))
    return UnitCircle.rootsOutside(lagPolynomial: ar, radius: radius)
      && UnitCircle.rootsOutside(lagPolynomial: ma, radius: radius)
      && UnitCircle.rootsOutside(lagPolynomial: sar, radius: seasonalRadius)
      && UnitCircle.rootsOutside(lagPolynomial: sma, radius: seasonalRadius)
  }
}
