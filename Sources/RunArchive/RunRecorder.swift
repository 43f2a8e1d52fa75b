import Budget
import DelimitedText
import Foundation

/// Creates runs: imports the user's files, computes, and archives everything.
public struct RunRecorder: Sendable {
  /// The archive written to.
  public var archive: Archive
  /// This engine, recorded in each manifest.
  public var engine: EngineDescription

  /// A recorder into `archive`.
  public init(archive: Archive, engine: EngineDescription) {
    self.archive = archive
    self.engine = engine
  }

  /// What recording a run produced.
  public struct Recorded: Sendable {
    public var id: String
    /// The run's manifest.
    public var manifest: RunManifest
    /// False when an identical run was already archived (same ID).
    public var isNew: Bool
  }

  /// Imports `dataFiles` (with `nomenclatureFile` when given), computes a forecast run
  /// (landing the current year from `executionFile` when given) and archives it.
  ///
  /// - Throws: ``DiagnosticReport`` when a file does not import (nothing is written),
  ///   ``ArchiveError`` otherwise.
  public func record(
    dataFiles: [String], nomenclatureFile: String?, scenarioFile: String? = nil,
    driverHistoryFile: String? = nil, executionFile: String? = nil, parameters: RunParameters,
    jobs: Int, actor: String, note: String
  ) throws -> Recorded {
    let inputs = try RunInputs.read(
      dataFiles: dataFiles, nomenclatureFile: nomenclatureFile, scenarioFile: scenarioFile,
      driverHistoryFile: driverHistoryFile, executionFile: executionFile)
    let dataset = try inputs.importDataset(format: parameters.format)
    // The kind of collectivité, made explicit: given, else what the nomenclatures say.
    var parameters = parameters
    parameters.entityKind = EntityKind.resolved(parameters.entityKind, for: dataset)
    // The normalised snapshot, written while the run computes.
    let snapshot = ConcurrentValue { [dataset] in Self.snapshot(dataset) }
    let outputs = try RunComputation(parameters: parameters, jobs: jobs).compute(
      dataset, scenario: try inputs.scenario(), driverHistory: try inputs.driverHistory(),
      execution: try inputs.execution())
    return try store(
      kind: .forecast, parent: nil, inputs: inputs, dataset: dataset, snapshot: snapshot.wait(),
      parameters: parameters, outputs: outputs, overrides: [], actor: actor,
      details: ["note": note, "jobs": String(jobs)])
  }

  /// The dataset as archived: normalised long CSV.
  static func snapshot(_ dataset: BudgetDataset) -> Data {
    Data(LongBudgetFormat.text(dataset).utf8)
  }

  /// Archives a computed run and makes it visible (objects, manifest, journal, index).
  func store(
    kind: RunManifest.Kind, parent: String?, inputs: RunInputs, dataset: BudgetDataset,
    snapshot: Data? = nil, parameters: RunParameters, outputs: RunOutputs,
    overrides: [RunManifest.Override],
    actor: String, details: [String: String]
  ) throws(ArchiveError) -> Recorded {
    guard SigningKey.isValidActor(actor) else {
      throw .invalidRequest(
        "--actor '\(actor)' must be letters, digits, '.', '_', '-' or '@' (it names a key file)")
    }
    let snapshot = snapshot ?? Self.snapshot(dataset)
    return try archive.locked(exclusive: true) { () throws(ArchiveError) -> Recorded in
      for file in inputs.files { try archive.storeObject(file.data) }
      let manifest = RunManifest(
        schema: RunManifest.currentSchema, kind: kind, parent: parent,
        inputs: inputs.files.map {
          .init(role: $0.role, name: $0.name, sha256: ContentHash.of($0.data), bytes: $0.data.count)
        },
        snapshot: .init(
          sha256: try archive.storeObject(snapshot), lines: dataset.lines.count,
          years: dataset.years, entities: dataset.entities),
        parameters: parameters, engine: engine, environment: RunEnvironment.current(),
        outputs: .init(
          forecasts: try archive.storeObject(outputs.forecasts),
          residuals: try archive.storeObject(outputs.residuals),
          models: try archive.storeObject(outputs.models),
          effects: try outputs.effects.map { data throws(ArchiveError) in
            try archive.storeObject(data)
          },
          elasticities: try outputs.elasticities.map { data throws(ArchiveError) in
            try archive.storeObject(data)
          },
          driverPaths: try outputs.driverPaths.map { data throws(ArchiveError) in
            try archive.storeObject(data)
          },
          landings: try outputs.landings.map { data throws(ArchiveError) in
            try archive.storeObject(data)
          },
          provisional: try outputs.provisional.map { data throws(ArchiveError) in
            try archive.storeObject(data)
          }),
        overrides: overrides, summary: outputs.summary)
      let id = try archive.storeManifest(manifest)
      let isNew = try !archive.visibleRuns().contains(id)
      let entry = try archive.journal.append(
        event: kind == .forecast ? .runCreated : .overrideAdded, actor: actor, run: id,
        details: details.merging(isNew ? [:] : ["identical": "true"]) { $1 },
        signer: try archive.signingKey(for: actor))
      if isNew {
        try ArchiveIndex(archive: archive).record(id: id, manifest: manifest, entry: entry)
      }
      return Recorded(id: id, manifest: manifest, isNew: isNew)
    }
  }
}
