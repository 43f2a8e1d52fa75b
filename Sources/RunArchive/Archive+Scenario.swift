import Scenarios

extension Archive {
  /// The resolved scenario a run was made with (its `scenario` input), nil without one.
  public func scenario(of manifest: RunManifest) throws(ArchiveError) -> Scenario? {
    guard let input = manifest.inputs.first(where: { $0.role == "scenario" }) else { return nil }
    return try CanonicalJSON.decode(Scenario.self, from: try object(input.sha256), path: input.name)
  }

  /// A run's driver paths stated in levels or growth (`driver-paths.csv`), empty without.
  public func driverPaths(of manifest: RunManifest) throws -> [DriverPathResolver.Row] {
    try manifest.outputs.driverPaths.map { try RunOutputs.driverPathRows(try object($0)) } ?? []
  }
}
