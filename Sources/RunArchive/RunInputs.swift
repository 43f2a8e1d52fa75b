import Budget
import DelimitedText
import Foundation

/// The user's files of a run, byte for byte, and how to import them again.
struct RunInputs: Sendable {
  struct File: Sendable {
    /// `data` or `nomenclature`.
    var role: String
    /// The path it was read from (or restored to).
    var path: String
    var data: Data
    var name: String { URL(fileURLWithPath: path).lastPathComponent }
  }

  var files: [File]

  /// Reads the files the user named.
  static func read(dataFiles: [String], nomenclatureFile: String?) throws(ArchiveError)
    -> RunInputs
  {
    guard !dataFiles.isEmpty else { throw .invalidRequest("no data file given (--data FILE…)") }
    let named =
      dataFiles.map { ("data", $0) } + (nomenclatureFile.map { [("nomenclature", $0)] } ?? [])
    var files: [File] = []
    for (role, path) in named {
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .io(path, "cannot read the file (check the path and permissions)")
      }
      files.append(File(role: role, path: path, data: data))
    }
    return RunInputs(files: files)
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
