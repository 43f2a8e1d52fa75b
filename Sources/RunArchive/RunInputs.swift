import Budget
import DelimitedText
import Foundation
import Scenarios

/// The user's files of a run, byte for byte, and how to import them again.
struct RunInputs: Sendable {
  struct File: Sendable {
    /// `data`, `nomenclature`, `driver-history`, `execution`, `scenario` or `scenario-source`.
    var role: String
    /// The path it was read from (or restored to).
    var path: String
    var data: Data
    var name: String { URL(fileURLWithPath: path).lastPathComponent }
  }

  var files: [File]

  /// Reads the files the user named; a scenario is stored resolved (its bases merged,
  /// as canonical JSON, which replay reads) beside the YAML file as written.
  static func read(
    dataFiles: [String], nomenclatureFile: String?, scenarioFile: String? = nil,
    driverHistoryFile: String? = nil, executionFile: String? = nil
  ) throws -> RunInputs {
    guard !dataFiles.isEmpty else {
      throw ArchiveError.invalidRequest("no data file given (--data FILE…)")
    }
    let named =
      dataFiles.map { ("data", $0) } + (nomenclatureFile.map { [("nomenclature", $0)] } ?? [])
      + (driverHistoryFile.map { [("driver-history", $0)] } ?? [])
      + (executionFile.map { [("execution", $0)] } ?? [])
    var files: [File] = []
    for (role, path) in named {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw ArchiveError.io(path, "cannot read the file (check the path and permissions)")
      }
      files.append(File(role: role, path: path, data: data))
    }
    if let scenarioFile {
      let scenario = try ScenarioFile.read(scenarioFile)
      guard let source = FileManager.default.contents(atPath: scenarioFile) else {
        throw ArchiveError.io(scenarioFile, "cannot read the file")
      }
      files.append(File(role: "scenario-source", path: scenarioFile, data: source))
      files.append(
        File(
          role: "scenario", path: "scenario.json",
          data: try CanonicalJSON.encode(scenario, pretty: true)))
    }
    return RunInputs(files: files)
  }

  /// The resolved scenario, when the run has one.
  func scenario() throws(ArchiveError) -> Scenario? {
    guard let file = files.first(where: { $0.role == "scenario" }) else { return nil }
    return try CanonicalJSON.decode(Scenario.self, from: file.data, path: file.path)
  }

  /// The driver history, when the run has one.
  func driverHistory() throws -> DriverHistory? {
    // Parsed from the bytes archived, not read again from the path.
    try files.first { $0.role == "driver-history" }.map {
      try DriverHistory(table: try DelimitedTable(bytes: Array($0.data), file: $0.path))
    }
  }

  /// The monthly execution the current year is landed from, when the run has one.
  func execution() throws -> MonthlyExecution? {
    try files.first { $0.role == "execution" }.map {
      try MonthlyExecution(
        table: try DelimitedTable(bytes: Array($0.data), file: $0.path), path: $0.path)
    }
  }

  /// The archived inputs of `manifest`, restored under `directory` with their names.
  static func restore(_ manifest: RunManifest, from archive: Archive, into directory: URL)
    throws(ArchiveError) -> RunInputs
  {
    var files: [File] = []
    for (position, input) in manifest.inputs.enumerated() {
      let folder = directory.appendingPathComponent(String(position))
      try DurableFile.makeDirectory(folder)
      let url = folder.appendingPathComponent(input.name)
      let data = try archive.object(input.sha256)
      do {
        try data.write(to: url)
      } catch {
        throw .io(url.path, error.localizedDescription)
      }
      files.append(File(role: input.role, path: url.path, data: data))
    }
    return RunInputs(files: files)
  }

  /// The dataset the files import to.
  func importDataset(format: String?) throws -> BudgetDataset {
    let chosen = try format.map { name throws(ArchiveError) -> BudgetFileFormat in
      guard let format = BudgetFileFormat(rawValue: name) else {
        throw .invalidRequest("unknown format '\(name)'")
      }
      return format
    }
    let plan = try files.first { $0.role == "nomenclature" }.map { try Nomenclature.read($0.path) }
    return try BudgetImporter.importFiles(
      files.filter { $0.role == "data" }.map(\.path), format: chosen, nomenclature: plan)
  }
}
