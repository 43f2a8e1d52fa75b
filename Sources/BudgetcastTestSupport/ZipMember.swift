import Foundation

/// Reads one member of a zip file (an XLSX workbook) with `unzip -p`, which `make test`
/// installs with the report tools.
public enum ZipMember {
  /// The text of `member` inside the zip file at `path` (empty when absent).
  public static func text(of member: String, in path: String) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", path, member]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }
}
