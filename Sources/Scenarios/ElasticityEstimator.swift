import ARIMA
import Budget
import ForecastCore
import Foundation

/// Estimates the elasticities of the driver models (``DriverModel/library``) on the
/// département's own accounts and driver history, and decides which value each
/// scenario rule uses.
///
/// Each model is fitted by exact maximum likelihood as a regression with ARMA errors
/// (the ARIMA module, as R's `Arima(y, xreg = x)`): white-noise errors and, with at
/// least ``minimumForAutoregression`` years, AR(1) errors, the lower AICc kept. The
/// sample is the longest run of consecutive years where the response and every
/// regressor are known. An estimate replaces the documented default when it is
/// significant (|t| ≥ ``significance``, standard errors from the Hessian) and inside
/// the elasticity's plausible range (``plausibleRanges``); otherwise the default
/// stays and the reason is recorded. A value set in the scenario file wins over both.
public struct ElasticityEstimator: Sendable {
  /// Years of growth below which no estimate is attempted.
  public static let minimumObservations = 8
  /// Years of growth from which AR(1) errors are tried.
  public static let minimumForAutoregression = 10
  /// The |t| an estimate needs to replace the default.
  public static let significance = 2.0
  /// Values an estimate may take and still be used: the sign the economics give and
  /// at most twice the unit response (for RSA households, a quarter per point).
  public static let plausibleRanges: [String: ClosedRange<Double>] = [
    "rsa_households_per_unemployment_point": 0...0.25,
    "apa_per_population_75": 0...2,
    "apa_per_population_85": 0...2,
    "pch_per_beneficiaries": 0...2,
    "personnel_per_pay_index": 0...2,
    "charges_per_inflation_point": 0...2,
    "dmto_per_transactions": 0...2,
    "dmto_per_prices": 0...2,
  ]

  /// The kind of collectivité whose lines are estimated (``DrivenLine/belongs(to:)``).
  public var entityKind: EntityKind

  /// An estimator for a département's lines, or another kind's.
  public init(entityKind: EntityKind = .departement) {
    self.entityKind = entityKind
  }

  /// A model's data: consecutive years, the response growth and one column per regressor.
  struct Sample: Equatable {
    var years: [Int]
    var response: [Double]
    var columns: [[Double]]
  }

  /// Every elasticity of the library, estimated where the data allow, with the value
  /// used and why; `overrides` and `lags` are the scenario file's values and lags.
  ///
  /// Only the history up to the accounts' last year is data: later years are
  /// projections, never estimated on.
  public func elasticities(
    dataset: BudgetDataset, history: DriverHistory?, overrides: [String: Double] = [:],
    lags: [String: Int] = [:]
  ) -> [Elasticity] {
    let lines = Self.lineTotals(dataset, kind: entityKind)
    let history = dataset.lines.map(\.year).max().flatMap { last in history?.through(last) }
    var result: [Elasticity] = []
    for model in DriverModel.library.map({ $0.fixing(lags: lags) }) {
      let estimates = estimate(model, lines: lines, history: history)
      for (j, regressor) in model.regressors.enumerated() {
        let name = regressor.elasticity
        result.append(
          decide(
            name: name, estimate: estimates.map { $0[j] }, override: overrides[name],
            fixedLag: lags[name]))
      }
    }
    return result
  }

  /// The value used for `name` given its estimate (or why there is none); a lag set
  /// in the scenario file (`fixedLag`) is used whatever the verdict.
  func decide(
    name: String, estimate: Result<Elasticity.Estimate, Failure>, override: Double?,
    fixedLag: Int? = nil
  ) -> Elasticity {
    let fallback = ScenarioEffects.defaultElasticities[name] ?? 1
    let fitted = try? estimate.get()
    let defaultLag = DriverModel.defaultLag(of: name)
    let make = { (used: Double, verdict: Elasticity.Verdict, reason: String) in
      Elasticity(
        name: name, defaultValue: fallback, estimate: fitted, used: used, verdict: verdict,
        reason: reason
          + (fixedLag.map { ", lag of \($0) year\($0 == 1 ? "" : "s") set in the scenario file" }
            ?? ""),
        lag: fixedLag ?? (verdict == .significant ? fitted?.lag ?? defaultLag : defaultLag))
    }
    if let override { return make(override, .scenario, "set in the scenario file") }
    switch estimate {
    case .failure(let failure):
      return make(fallback, failure.verdict, failure.reason)
    case .success(let fit):
      let range = Self.plausibleRanges[name] ?? -Double.infinity...Double.infinity
      let shown = "\(Self.format(fit.value)) ± \(Self.format(fit.standardError))"
      if !(abs(fit.tStatistic) >= Self.significance) {
        return make(
          fallback, .notSignificant,
          "\(shown) is not significant (|t| = \(Self.format(abs(fit.tStatistic))) < 2)")
      }
      if !range.contains(fit.value) {
        return make(
          fallback, .implausible,
          "\(shown) is outside the plausible range \(Self.format(range.lowerBound))…\(Self.format(range.upperBound))"
        )
      }
      return make(
        fit.value, .significant,
        "\(shown) on \(fit.observations) years (\(fit.firstYear)–\(fit.lastYear)), |t| = \(Self.format(abs(fit.tStatistic)))"
          + Self.lagReason(fit))
    }
  }

  /// Why a model has no estimate.
  public struct Failure: Error, Sendable, Hashable {
    /// The verdict recorded with the default value.
    public var verdict: Elasticity.Verdict
    /// Why, in English.
    public var reason: String
  }

  /// The model's elasticities, in regressor order, or why they cannot be estimated.
  func estimate(_ model: DriverModel, lines: [DrivenLine: [Int: Double]], history: DriverHistory?)
    -> Result<[Elasticity.Estimate], Failure>
  {
    guard let history else {
      return .failure(
        Failure(verdict: .noHistory, reason: "no driver history given (forecast --driver-history)"))
    }
    let needed = Set(model.regressors.map(\.driver) + (model.responseDriver.map { [$0] } ?? []))
    let absent = needed.filter { history.values[$0]?.isEmpty ?? true }.map(\.rawValue).sorted()
    guard absent.isEmpty else {
      return .failure(
        Failure(
          verdict: .missingDriver,
          reason: "the driver history has no \(absent.joined(separator: ", "))"))
    }
    // Each lag compared is fitted on the years every lag can use, so their AICc compare.
    let variants = model.lagVariants
    let rowsByVariant = variants.map { Self.rows($0.model, lines: lines, history: history) }
    let common = rowsByVariant.map { Set($0.map(\.year)) }
      .reduce(nil) { (shared: Set<Int>?, years) in shared?.intersection(years) ?? years }
    var best: (lag: Int?, estimates: [Elasticity.Estimate])?
    var aiccByLag: [String: Double] = [:]
    var failure: Failure?
    for (variant, rows) in zip(variants, rowsByVariant) {
      let sample = Self.sample(
        rows.filter { common?.contains($0.year) ?? true },
        regressors: variant.model.regressors.count)
      guard sample.years.count >= Self.minimumObservations else {
        return .failure(
          Failure(
            verdict: .tooFewYears,
            reason:
              "\(sample.years.count) consecutive years of data, at least \(Self.minimumObservations) needed"
          ))
      }
      switch fit(sample, names: variant.model.regressors.map(\.elasticity)) {
      case .failure(let problem): failure = failure ?? problem
      case .success(let estimates):
        let aicc = estimates.first?.aicc ?? .infinity
        if let lag = variant.lag { aiccByLag[String(lag)] = aicc }
        if aicc < best?.estimates.first?.aicc ?? .infinity { best = (variant.lag, estimates) }
      }
    }
    guard let best else {
      return .failure(failure ?? Failure(verdict: .fitFailed, reason: "no lag could be fitted"))
    }
    return .success(
      best.estimates.map { estimate in
        var chosen = estimate
        chosen.lag = best.lag
        chosen.aiccByLag = aiccByLag.isEmpty ? nil : aiccByLag
        return chosen
      })
  }

  /// The regression with white-noise and (given enough years) AR(1) errors; the lower
  /// AICc wins.
  func fit(_ sample: Sample, names: [String]) -> Result<[Elasticity.Estimate], Failure> {
    let orders = sample.years.count >= Self.minimumForAutoregression ? [0, 1] : [0]
    var best: FittedARIMA?
    var problem = Failure(verdict: .fitFailed, reason: "")
    for p in orders {
      let specification = ARIMASpecification(p: p, d: 0, q: 0, includesMean: true)
      do {
        let fitted = try specification.fit(
          TimeSeries(values: sample.response),
          drivers: ARIMADrivers(names: names, columns: sample.columns))
        if fitted.aicc < best?.aicc ?? .infinity { best = fitted }
      } catch .collinearDrivers(let collinear) {
        problem.verdict = .notIdentified
        problem.reason =
          "\(collinear.joined(separator: ", ")) does not vary enough over "
          + "\(sample.years.first ?? 0)–\(sample.years.last ?? 0) to be told from the trend"
      } catch {
        problem = Failure(
          verdict: .fitFailed, reason: "the regression could not be fitted: \(error)")
      }
    }
    guard let best else { return .failure(problem) }
    let offset = best.specification.coefficientNames.count
    let estimates = names.indices.map { j in
      Elasticity.Estimate(
        value: best.coefficients[offset + j], standardError: best.standardErrors[offset + j],
        observations: sample.years.count, firstYear: sample.years.first ?? 0,
        lastYear: sample.years.last ?? 0, model: best.specification.description,
        aicc: best.aicc)
    }
    guard estimates.allSatisfy({ $0.value.isFinite && $0.standardError.isFinite }) else {
      return .failure(
        Failure(verdict: .fitFailed, reason: "the estimate or its standard error is not finite"))
    }
    return .success(estimates)
  }

  /// The years where the response's growth and every regressor are known, in order.
  static func rows(
    _ model: DriverModel, lines: [DrivenLine: [Int: Double]], history: DriverHistory
  ) -> [(year: Int, y: Double, x: [Double])] {
    switch model.response {
    case .line(let line): return rows(model, levels: lines[line] ?? [:], history: history)
    case .driver(let driver):
      return rows(model, levels: history.values[driver] ?? [:], history: history)
    }
  }

  /// The years where the growth of `levels` (the response) and every regressor are
  /// known, in order.
  static func rows(_ model: DriverModel, levels: [Int: Double], history: DriverHistory)
    -> [(year: Int, y: Double, x: [Double])]
  {
    let growth = DriverModel.logGrowth(levels)
    var rows: [(year: Int, y: Double, x: [Double])] = []
    for year in growth.keys.sorted() {
      let x = model.regressors.compactMap { DriverModel.value($0, year: year, history: history) }
      guard let y = growth[year], x.count == model.regressors.count,
        x.allSatisfy(\.isFinite)
      else { continue }
      rows.append((year, y, x))
    }
    return rows
  }

  /// The longest run of consecutive years of `rows` (the latest on a tie), as the
  /// response and one column per regressor.
  static func sample(_ rows: [(year: Int, y: Double, x: [Double])], regressors: Int) -> Sample {
    var best = 0..<0
    var start = 0
    for i in rows.indices where i == rows.count - 1 || rows[i + 1].year != rows[i].year + 1 {
      if i + 1 - start >= best.count { best = start..<(i + 1) }
      start = i + 1
    }
    let chosen = rows[best]
    return Sample(
      years: chosen.map(\.year), response: chosen.map(\.y),
      columns: (0..<regressors).map { j in chosen.map { $0.x[j] } })
  }

  /// Each driven line's total by year (real operations, euros), for a `kind` budget;
  /// each line's function read in the plan of its last year
  /// (``BudgetDataset/linePlans()``).
  static func lineTotals(_ dataset: BudgetDataset, kind: EntityKind) -> [DrivenLine: [Int: Double]]
  {
    var cents: [DrivenLine: [Int: Int64]] = [:]
    let plan = dataset.linePlans()
    for line in dataset.lines where line.operation == .real {
      guard
        let driven = DrivenLine.classify(
          section: line.section.rawValue, direction: line.direction.rawValue,
          chapter: line.chapter, account: line.account, function: line.function,
          plan: plan(line)),
        driven.belongs(to: kind)
      else { continue }
      cents[driven, default: [:]][line.year, default: 0] += line.amountCents
    }
    return cents.mapValues { $0.mapValues { Double($0) / 100 } }
  }

  static func format(_ value: Double) -> String { String(format: "%.3g", value) }

  /// How the lag was chosen, for a reason text (empty without a lag to choose).
  static func lagReason(_ fit: Elasticity.Estimate) -> String {
    guard let lag = fit.lag, let compared = fit.aiccByLag, compared.count > 1 else { return "" }
    let listed = compared.keys.sorted().map { "\($0): \(Self.format(compared[$0] ?? .nan))" }
    return
      ", a lag of \(lag) year\(lag == 1 ? "" : "s") chosen by AICc (\(listed.joined(separator: ", ")))"
  }
}

extension DriverModel {
  /// The driver the model explains, when it explains a driver.
  var responseDriver: Scenario.Driver? {
    if case .driver(let driver) = response { return driver }
    return nil
  }
}
