import Foundation
import PackagePlugin

/// Records, at build time, the git commit the sources are built from.
///
/// A prebuild command writes `EngineCommit.swift` (`EngineCommit.hash`, nil outside a git checkout)
/// into the plugin's work directory, which SwiftPM compiles into the target. The file
/// is rewritten only when the commit changes, so an unchanged checkout rebuilds nothing.
@main
struct EngineCommitPlugin: BuildToolPlugin {
  func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
    let output = context.pluginWorkDirectoryURL.appendingPathComponent("generated")
    let script = """
      set -eu
      mkdir -p "$2"
      commit=$(git -C "$1" rev-parse HEAD 2>/dev/null || true)
      case "$commit" in
        *[!0-9a-f]* | "") value=nil ;;
        *) value="\\"$commit\\"" ;;
      esac
      printf '%s\\n' "/// The git commit the engine was built from (generated at build time)." \
        "enum EngineCommit { static let hash: String? = $value }" > "$2/EngineCommit.swift.new"
      if cmp -s "$2/EngineCommit.swift.new" "$2/EngineCommit.swift"; then
        rm "$2/EngineCommit.swift.new"
      else
        mv "$2/EngineCommit.swift.new" "$2/EngineCommit.swift"
      fi
      """
    return [
      .prebuildCommand(
        displayName: "Recording the git commit of the engine",
        executable: URL(fileURLWithPath: "/bin/sh"),
        arguments: ["-c", script, "engine-commit", context.package.directoryURL.path, output.path],
        outputFilesDirectory: output)
    ]
  }
}
