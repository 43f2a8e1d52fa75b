import Foundation
import RunArchive

/// A Jupyter notebook (nbformat 4.5) that re-computes an archived run independently.
///
/// It reads the archive's files itself (manifest, objects, journal-free), checks every
/// SHA-256, rebuilds the hierarchy from the normalised snapshot, checks that the
/// reconciled forecasts add up, re-runs a sample of the ETS fits from their archived
/// parameters with numpy and statsmodels, re-estimates the driver elasticities with
/// statsmodels, re-derives the scenario's driver effects, and plots. Each check states its tolerance and raises when budgetcast disagrees, so a
/// headless execution (`make notebooks`) fails on any mismatch.
///
/// The archive path and run ID are defaults written at export; the environment
/// variables `BUDGETCAST_ARCHIVE` and `BUDGETCAST_RUN` override them, so one
/// notebook can check a fresh run of the same data.
public struct VerificationNotebook: Sendable {
  /// The run checked, by default (`BUDGETCAST_RUN` overrides it).
  public var runID: String
  /// The archive holding it, by default (`BUDGETCAST_ARCHIVE` overrides it).
  public var archivePath: String
  /// The run's manifest, whose parameters and hashes the notebook restates.
  public var manifest: RunManifest
  /// How many ETS fits to re-run (the social chapters first, then the largest).
  public var sample: Int

  /// A notebook for one archived run, re-running `sample` ETS fits.
  public init(runID: String, archivePath: String, manifest: RunManifest, sample: Int = 12) {
    self.runID = runID
    self.archivePath = archivePath
    self.manifest = manifest
    self.sample = sample
  }

  /// The notebook as JSON bytes (keys sorted: the same run exports the same bytes).
  public func json() throws -> Data {
    var cells: [[String: Any]] = [markdown(introduction), code(parameters)]
    for section in Self.sections {
      cells.append(markdown(section.markdown))
      cells.append(code(section.code))
    }
    for (index, _) in cells.enumerated() { cells[index]["id"] = "cell-\(index + 1)" }
    let notebook: [String: Any] = [
      "cells": cells,
      "metadata": [
        "kernelspec": ["display_name": "Python 3", "language": "python", "name": "python3"],
        "language_info": ["name": "python"],
      ],
      "nbformat": 4, "nbformat_minor": 5,
    ]
    return try JSONSerialization.data(
      withJSONObject: notebook, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
  }

  var introduction: String {
    let p = manifest.parameters
    return """
      # Independent verification of budgetcast run `\(runID.prefix(12))`

      Entity \(manifest.snapshot.entities.joined(separator: ", ")), accounts \(manifest.snapshot.years.first ?? 0)–\(manifest.snapshot.years.last ?? 0), \
      model `\(p.model)`, reconciliation `\(p.reconciliation)`, horizon \(p.horizon), seed \(p.seed); \
      engine budgetcast \(manifest.engine.version).

      This notebook reads the run's archived files directly and re-computes them with numpy, \
      statsmodels and matplotlib; nothing of budgetcast runs here. Every check states its \
      tolerance and raises an error when budgetcast's numbers disagree. Set \
      `BUDGETCAST_ARCHIVE` and `BUDGETCAST_RUN` to check another run.
      """
  }

  var parameters: String {
    """
    import os

    ARCHIVE = os.environ.get("BUDGETCAST_ARCHIVE", \(Self.pythonString(archivePath)))
    RUN = os.environ.get("BUDGETCAST_RUN", \(Self.pythonString(runID)))
    SAMPLE = int(os.environ.get("BUDGETCAST_SAMPLE", "\(sample)"))
    """
  }

  func markdown(_ text: String) -> [String: Any] {
    ["cell_type": "markdown", "metadata": [String: Any](), "source": Self.lines(text)]
  }

  func code(_ text: String) -> [String: Any] {
    [
      "cell_type": "code", "execution_count": NSNull(), "metadata": [String: Any](),
      "outputs": [Any](), "source": Self.lines(text),
    ]
  }

  /// Notebook source: lines each ending in a newline but the last.
  static func lines(_ text: String) -> [String] {
    let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    return parts.enumerated().map { $0.offset < parts.count - 1 ? $0.element + "\n" : $0.element }
  }

  /// A Python string literal (JSON's escaping is valid Python).
  static func pythonString(_ text: String) -> String {
    let data =
      (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]))
      ?? Data("[\"\"]".utf8)
    return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
  }
}
