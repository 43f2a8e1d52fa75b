import RunArchive

/// Archived runs side by side, the first one the reference (usually the baseline).
///
/// Differences are `run − reference`. Each is decomposed by cause from the runs'
/// archived scenario effects (``ReportData/effects``): a cause's share is its effect in
/// the run minus its effect in the reference. Whatever the effects do not explain
/// (different accounts or parameters, human overrides) is reported as `other`, so the
/// parts always add up to the difference.
public struct ScenarioComparison: Sendable {
  /// Why runs cannot be compared.
  public enum Problem: Error, CustomStringConvertible, Sendable {
    case tooFewRuns
    case differentYears(String, [Int], [Int])

    public var description: String {
      switch self {
      case .tooFewRuns: return "give at least two runs to compare"
      case .differentYears(let id, let years, let reference):
        return
          "run \(id.prefix(12)) forecasts \(Self.span(years)), the reference \(Self.span(reference)); "
          + "compare runs of the same horizon"
      }
    }

    static func span(_ years: [Int]) -> String { "\(years.first ?? 0)–\(years.last ?? 0)" }
  }

  /// The runs, the reference first.
  public var runs: [ReportData]
  /// Each run's savings cascade.
  public var ratios: [FinancialRatios]
  /// Each run's simulated bands.
  public var bands: [RatioBands]

  /// The residual cause: what scenario effects do not explain.
  public static let otherCause = "other"

  /// A comparison of two runs or more that share their forecast years.
  public init(_ runs: [ReportData]) throws(Problem) {
    guard runs.count >= 2 else { throw .tooFewRuns }
    for run in runs.dropFirst() where run.forecastYears != runs[0].forecastYears {
      throw .differentYears(run.runID, run.forecastYears, runs[0].forecastYears)
    }
    self.runs = runs
    ratios = runs.map(FinancialRatios.init)
    bands = zip(runs, ratios).map { RatioBands($0, ratios: $1) }
  }

  /// The forecast years.
  public var years: [Int] { runs[0].forecastYears }

  /// The name of run `i`: its scenario's, else "reference" in `language`.
  public func name(_ i: Int, _ language: ReportLanguage) -> String {
    runs[i].scenario?.name ?? language.pick("référence", "reference")
  }

  /// Node `node` in `year` for run `i`: executed amount or forecast mean.
  public func value(_ node: String, _ year: Int, run i: Int) -> Double {
    runs[i].history[node]?[year] ?? runs[i].forecasts[node]?[year]?.mean ?? 0
  }

  /// Run `i`'s alert-threshold crossings.
  public func crossings(run i: Int) -> [ThresholdCrossing] {
    ThresholdCrossing.all(ratios[i], bands: bands[i])
  }

  /// The ratios' year `year` of run `i`.
  public func ratio(_ year: Int, run i: Int) -> FinancialRatios.Year? {
    ratios[i].years.first { $0.year == year }
  }

  /// The difference of `Σ plus − Σ minus` between run `i` and the reference in `year`,
  /// by cause (sorted by name, ``otherCause`` last, zero parts left out).
  public func decomposition(plus: [String], minus: [String] = [], year: Int, run i: Int)
    -> [(cause: String, amount: Double)]
  {
    let signed = plus.map { ($0, 1.0) } + minus.map { ($0, -1.0) }
    let total = signed.reduce(0) {
      $0 + $1.1 * (value($1.0, year, run: i) - value($1.0, year, run: 0))
    }
    var causes: [String: Double] = [:]
    for (node, sign) in signed {
      for (cause, amount) in runs[i].effects[node]?[year] ?? [:] {
        causes[cause, default: 0] += sign * amount
      }
      for (cause, amount) in runs[0].effects[node]?[year] ?? [:] {
        causes[cause, default: 0] -= sign * amount
      }
    }
    let names = causes.keys.sorted()
    let explained = names.reduce(0) { $0 + (causes[$1] ?? 0) }
    var parts = names.compactMap { name -> (String, Double)? in
      guard let amount = causes[name], amount != 0 else { return nil }
      return (name, amount)
    }
    let other = total - explained
    if abs(other) > 1e-9 * Swift.max(abs(total), 1) { parts.append((Self.otherCause, other)) }
    return parts
  }

  /// The gross-savings difference of run `i` in `year`, by cause.
  ///
  /// The scenario effects on operating revenue and spending, and `debt_interest`, the
  /// change in interest the debt schedule brings (more or less borrowing) beside the
  /// forecast of chapter 66. The parts add up to the difference of the ratios' gross
  /// savings.
  public func grossSavingsDecomposition(year: Int, run i: Int) -> [(cause: String, amount: Double)]
  {
    var parts = decomposition(plus: ["section/F/R"], minus: ["section/F/D"], year: year, run: i)
    let adjustment = { (run: Int) -> Double in
      (ratio(year, run: run)?.operatingSpending ?? 0) - value("section/F/D", year, run: run)
    }
    let interest = -(adjustment(i) - adjustment(0))
    if abs(interest) > 1e-6 {
      let other = parts.firstIndex { $0.cause == Self.otherCause } ?? parts.endIndex
      parts.insert(("debt_interest", interest), at: other)
    }
    return parts
  }

  /// Run `i`'s gross-savings difference by cause and forecast year, causes by name with
  /// ``otherCause`` last (a cause absent in a year has no entry for it).
  public func grossSavingsCauses(run i: Int) -> [(cause: String, amounts: [Int: Double])] {
    var amounts: [String: [Int: Double]] = [:]
    for year in years {
      for part in grossSavingsDecomposition(year: year, run: i) {
        amounts[part.cause, default: [:]][year] = part.amount
      }
    }
    let rank = { (cause: String) in cause == Self.otherCause ? 1 : 0 }
    return amounts.keys.sorted { (rank($0), $0) < (rank($1), $1) }.map { ($0, amounts[$0] ?? [:]) }
  }

  /// Run `i`'s gross savings minus the reference's in `year` (what the causes add up to).
  public func grossSavingsDifference(year: Int, run i: Int) -> Double {
    (ratio(year, run: i)?.grossSavings ?? 0) - (ratio(year, run: 0)?.grossSavings ?? 0)
  }

  /// The plain-language name of a cause of change.
  public static func causeLabel(_ cause: String, _ l: ReportLanguage) -> String {
    switch cause {
    case "rsa_households":
      return l.pick(
        "foyers allocataires du RSA (dont effet du chômage)", "RSA households (incl. unemployment)")
    case "pay_index_step":
      return l.pick("mesure datée sur le point d'indice", "dated pay-index step")
    case "shock": return l.pick("chocs ponctuels", "one-off shocks")
    case "investment_programme":
      return l.pick("programme pluriannuel d'investissement", "multi-year investment programme")
    case "tax_rates": return l.pick("taux de fiscalité votés", "voted tax rates")
    case "cnracl_rate":
      return l.pick("taux de cotisation employeur CNRACL", "CNRACL employer contribution rate")
    case "debt_interest":
      return l.pick("intérêts de la dette (échéancier)", "debt interest (schedule)")
    case "interaction": return l.pick("effets croisés", "interactions")
    case otherCause:
      return l.pick(
        "autres écarts (données, paramètres, ajustements)",
        "other (data, parameters, overrides)")
    default:
      // A driver or lever moved alone: its own name.
      return SensitivityAnalysis.Lever(rawValue: cause)?.label(l) ?? cause
    }
  }
}
