import Budget
import Foundation

/// An archived run computed again from its archived inputs: the files restored under
/// a temporary folder (removed afterwards), re-imported, and computed with the run's
/// parameters and scenario; replay and overrides both start here.
struct Recomputation {
  var inputs: RunInputs
  var dataset: BudgetDataset
  var outputs: RunOutputs

  /// Recomputes the run described by `manifest` with `overrides` held fixed.
  init(
    _ manifest: RunManifest, from archive: Archive, overrides: [RunManifest.Override], jobs: Int
  ) throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-recompute-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: directory) }
    inputs = try RunInputs.restore(manifest, from: archive, into: directory)
    dataset = try inputs.importDataset(format: manifest.parameters.format)
    outputs = try RunComputation(parameters: manifest.parameters, jobs: jobs)
      .compute(
        dataset, overrides: overrides, scenario: try inputs.scenario(),
        driverHistory: try inputs.driverHistory(), execution: try inputs.execution())
  }
}
