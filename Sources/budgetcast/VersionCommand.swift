import ArgumentParser
import LinearAlgebra

/// `budgetcast version`: the engine and its numerical environment.
struct VersionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "version",
    abstract: "Print the engine version, git commit and the OpenBLAS configuration.")

  @Flag(help: "Print one JSON object instead of text.")
  var json = false

  func run() throws {
    let environment = OpenBLASRuntime.environment()
    let commit = EngineInfo.gitCommit
    if json {
      var object = JSONObject()
      object["version"] = .string(EngineInfo.version)
      object["gitCommit"] = commit.map(JSONValue.string) ?? .null
      object["build"] = .string(EngineInfo.buildConfiguration)
      object["openblasConfig"] = .string(environment.configuration)
      object["openblasCore"] = .string(environment.coreName)
      object["openblasThreads"] = .int(environment.threadCount)
      object["openblasCoreTypeOverride"] =
        environment.coreTypeOverride.map(JSONValue.string) ?? .null
      print(JSONValue.object(object).rendered())
    } else {
      print("budgetcast \(EngineInfo.version) (\(EngineInfo.buildConfiguration) build)")
      print("git commit:       \(commit ?? "unknown")")
      print("OpenBLAS config:  \(environment.configuration)")
      print(
        "OpenBLAS core:    \(environment.coreName)\(environment.coreTypeOverride.map { " (OPENBLAS_CORETYPE=\($0))" } ?? "")"
      )
      print("BLAS threads:     \(environment.threadCount)")
    }
  }
}
