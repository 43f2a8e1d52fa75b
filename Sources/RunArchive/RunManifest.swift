import Budget
import BudgetForecast
import Foundation
import LinearAlgebra

/// What a run is: its inputs, parameters, engine, numerical environment and outputs.
///
/// The manifest is stored as canonical pretty-printed JSON under
/// `runs/RUN-ID.json`, and the run ID is the SHA-256 of those bytes. It holds no clock
/// time, actor or worker count, so the same inputs and options on the same engine give
/// the same run ID; who ran it, when and why are in the journal. The schema is
/// documented with an example in the README (*Archived runs*).
public struct RunManifest: Codable, Sendable, Hashable {
  /// The schema identifier of this version.
  public static let currentSchema = "budgetcast.run/1"

  /// The schema identifier, `budgetcast.run/1`.
  public var schema: String
  /// `forecast` (computed from data) or `override` (a parent run with human values).
  public var kind: Kind
  /// The run this one derives from (override runs).
  public var parent: String?
  /// The files given by the user, byte for byte.
  public var inputs: [InputFile]
  /// The normalised dataset (budgetcast's long CSV), content-addressed.
  public var snapshot: Snapshot
  /// Every option, defaults made explicit.
  public var parameters: RunParameters
  /// The engine that computed the run.
  public var engine: EngineDescription
  /// The numerical environment it ran in.
  public var environment: RunEnvironment
  /// The output files, by role.
  public var outputs: Outputs
  /// Human overrides (override runs), in the order they were made.
  public var overrides: [Override]
  /// Counts and notes for listings.
  public var summary: Summary

  /// Run kinds.
  public enum Kind: String, Codable, Sendable, Hashable, CaseIterable {
    case forecast, override
  }

  /// One user file.
  public struct InputFile: Codable, Sendable, Hashable {
    /// `data`, `nomenclature`, `scenario` (the resolved scenario, JSON),
    /// `scenario-source` (a scenario YAML file as written) or `driver-history`.
    public var role: String
    /// The file's name as given (last path component).
    public var name: String
    /// SHA-256 of its bytes, hexadecimal.
    public var sha256: String
    /// Its size in bytes.
    public var bytes: Int
  }

  /// The normalised dataset.
  public struct Snapshot: Codable, Sendable, Hashable {
    /// SHA-256 of the normalised dataset (`snapshot.csv`).
    public var sha256: String
    /// Budget lines it holds.
    public var lines: Int
    /// Fiscal years it covers.
    public var years: [Int]
    /// Entities it covers.
    public var entities: [String]
  }

  /// Output files (SHA-256 of each).
  public struct Outputs: Codable, Sendable, Hashable {
    /// Base and reconciled forecasts with intervals, every node and year.
    public var forecasts: String
    /// One-step in-sample residuals used by reconciliation.
    public var residuals: String
    /// Per node: model, why, parameters, criteria, backtest accuracy, fallbacks.
    public var models: String
    /// Scenario runs: the effect of each cause on each node and year (`effects.csv`).
    public var effects: String?
    /// The driver models' elasticities, estimated or assumed, with why
    /// (`elasticities.json`; runs archived before they existed have none).
    public var elasticities: String? = nil
    /// Scenario runs with driver paths in levels or growth: each driver's reference
    /// forecast, assumed level and change by year (`driver-paths.csv`).
    public var driverPaths: String? = nil
    /// Runs that land the current year: each landed series' estimates (`landings.json`).
    public var landings: String? = nil
    /// Runs that land the current year: the completed year's lines, in budgetcast's long
    /// format (`provisional.csv`), which join the history.
    public var provisional: String? = nil

    /// Every output file the run has, by name, in the order replay reports them.
    public var files: [(name: String, sha256: String)] {
      let optional = [
        ("effects.csv", effects), ("elasticities.json", elasticities),
        ("driver-paths.csv", driverPaths), ("landings.json", landings),
        ("provisional.csv", provisional),
      ]
      return [
        ("forecasts.csv", forecasts), ("residuals.csv", residuals), ("models.json", models),
      ] + optional.compactMap { name, hash in hash.map { (name, $0) } }
    }
  }

  /// A human value replacing the model's.
  public struct Override: Codable, Sendable, Hashable {
    /// The node (`line/F/D/017/65171/567`, `chapter/F/D/017`, …).
    public var node: String
    /// The year overridden.
    public var year: Int
    /// The model's reconciled value in the parent run (euros).
    public var modelValue: Double
    /// The human value (euros).
    public var value: Double
    /// How it was given: `value` or `percent`, with the figure typed.
    public var given: String
    /// Who made it.
    public var actor: String
    /// Why, as they gave it.
    public var reason: String
    /// ISO 8601 time of the override.
    public var date: String
  }

  /// Counts for listings.
  public struct Summary: Codable, Sendable, Hashable {
    /// Series forecast (lines and aggregates).
    public var series: Int
    /// Of which aggregates (chapters, sections, totals).
    public var aggregates: Int
    /// The years forecast.
    public var forecastYears: [Int]
    /// The reconciliation actually used (may differ from the one asked for).
    public var reconciliationUsed: String
    /// What the run noted (fallbacks, checks), in English.
    public var notes: [String]
  }
}

/// Every option of a run, defaults explicit.
///
/// The worker count is not here: results do not depend on it.
public struct RunParameters: Codable, Sendable, Hashable {
  /// Years forecast after the last executed one.
  public var horizon: Int
  /// The forecasting method (`ensemble`, `auto`, …).
  public var model: String
  /// The reconciliation asked for (`mint-shrink`, `wls`, …).
  public var reconciliation: String
  /// Whether order operations are forecast too.
  public var includeOrder: Bool
  /// Interval levels in percent.
  public var levels: [Double]
  /// Base seed of every simulation.
  public var seed: UInt64
  /// Years held out for each line's backtest accuracy (0: no backtest).
  public var backtestHorizon: Int
  /// The input format when forced (`nil`: detected from each file's header).
  public var format: String?
  /// Whether lines are joined across the M52 → M57 switch (``NomenclatureBridge``);
  /// false for runs archived before the bridge existed.
  public var bridgesNomenclatures: Bool
  /// Whether, with ``bridgesNomenclatures``, subdivided accounts are joined to their
  /// sub-accounts (``AccountSubdivision``); false for runs archived before.
  public var bridgesSubdivisions: Bool
  /// How overrides enter the forecast; ``HeldAdjustment/reconcile`` for runs archived
  /// before the choice existed.
  public var overrideAdjustment: HeldAdjustment
  /// The last month of the current year's monthly execution the run lands that year
  /// from (`2025-09`, ``ProvisionalYear``); nil: no landing, the forecast starts the
  /// year after the accounts.
  public var landingThrough: String?
  /// The kind of collectivité (its ratios' article and debt ceilings in reports): given,
  /// or inferred from the nomenclatures (``EntityKind/inferred(from:)``), else
  /// département; nil in runs archived before the choice existed (département).
  public var entityKind: EntityKind?

  /// ``entityKind``, département for runs archived before the choice existed.
  public var collectivityKind: EntityKind { entityKind ?? .departement }

  /// ``landingThrough`` as ``MonthlyExecution/monthIndex(_:)`` counts it (12·year + month − 1).
  public var landingMonth: Int? { landingThrough.flatMap(MonthlyExecution.monthIndex) }

  /// Parameters; the defaults are the CLI's.
  public init(
    horizon: Int, model: String, reconciliation: String, includeOrder: Bool,
    levels: [Double] = [80, 95], seed: UInt64 = 20_241_130, backtestHorizon: Int = 2,
    format: String? = nil, bridgesNomenclatures: Bool = true,
    overrideAdjustment: HeldAdjustment = .local
  ) {
    self.bridgesSubdivisions = bridgesNomenclatures
    self.horizon = horizon
    self.model = model
    self.reconciliation = reconciliation
    self.includeOrder = includeOrder
    self.levels = levels
    self.seed = seed
    self.backtestHorizon = backtestHorizon
    self.format = format
    self.bridgesNomenclatures = bridgesNomenclatures
    self.overrideAdjustment = overrideAdjustment
  }

  /// Decodes the parameters; the fields added since the first schema default to what
  /// older runs did.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    horizon = try container.decode(Int.self, forKey: .horizon)
    model = try container.decode(String.self, forKey: .model)
    reconciliation = try container.decode(String.self, forKey: .reconciliation)
    includeOrder = try container.decode(Bool.self, forKey: .includeOrder)
    levels = try container.decode([Double].self, forKey: .levels)
    seed = try container.decode(UInt64.self, forKey: .seed)
    backtestHorizon = try container.decode(Int.self, forKey: .backtestHorizon)
    format = try container.decodeIfPresent(String.self, forKey: .format)
    bridgesNomenclatures =
      try container.decodeIfPresent(Bool.self, forKey: .bridgesNomenclatures) ?? false
    bridgesSubdivisions =
      try container.decodeIfPresent(Bool.self, forKey: .bridgesSubdivisions) ?? false
    overrideAdjustment =
      try container.decodeIfPresent(HeldAdjustment.self, forKey: .overrideAdjustment) ?? .reconcile
    landingThrough = try container.decodeIfPresent(String.self, forKey: .landingThrough)
    entityKind = try container.decodeIfPresent(EntityKind.self, forKey: .entityKind)
  }

  /// The dataset the run forecasts: `dataset` joined across the M52 → M57 switch when
  /// the run bridges nomenclatures.
  public func forecastDataset(_ dataset: BudgetDataset) -> (BudgetDataset, NomenclatureBridge?) {
    guard bridgesNomenclatures else { return (dataset, nil) }
    let bridge = NomenclatureBridge(dataset, subdividedAccounts: bridgesSubdivisions)
    return (bridge.applied(to: dataset), bridge)
  }
}

/// The engine build.
public struct EngineDescription: Codable, Sendable, Hashable {
  /// `budgetcast`.
  public var name: String
  /// The engine version.
  public var version: String
  /// The git commit it was built from, when known.
  public var gitCommit: String?
  /// `release` or `debug`.
  public var buildConfiguration: String

  /// A description of this build.
  public init(version: String, gitCommit: String?, buildConfiguration: String) {
    self.name = "budgetcast"
    self.version = version
    self.gitCommit = gitCommit
    self.buildConfiguration = buildConfiguration
  }
}

/// The numerical environment: the BLAS build and core in use, the CPU.
public struct RunEnvironment: Codable, Sendable, Hashable {
  /// OpenBLAS configuration, core name, thread count (1 by design).
  public var blas: NumericalEnvironment
  /// `model name` from `/proc/cpuinfo`.
  public var cpuModel: String
  /// The instruction-set architecture the engine was built for.
  public var architecture: String

  /// The environment of this process.
  public static func current() -> RunEnvironment {
    let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
    let model =
      cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
      .flatMap { $0.split(separator: ":", maxSplits: 1).last }
      .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
    #if arch(x86_64)
      let architecture = "x86_64"
    #elseif arch(arm64)
      let architecture = "arm64"
    #else
      let architecture = "other"
    #endif
    return RunEnvironment(
      blas: OpenBLASRuntime.environment(), cpuModel: model, architecture: architecture)
  }
}
