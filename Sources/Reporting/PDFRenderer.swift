import Foundation

/// Turns the HTML report into an A4 PDF with WeasyPrint (Debian `weasyprint`, BSD),
/// run as a local subprocess: no network, page numbers and a table of contents with
/// page references from the report's print styles, and byte-reproducible output for a
/// given `SOURCE_DATE_EPOCH` (set here from the run, not the clock).
///
/// Chosen over headless Chromium (`../shared/docs/deps.md` §i): Chromium's PDFs are not
/// reproducible and it is a 300 MB install; wkhtmltopdf is archived upstream.
public enum PDFRenderer {
  /// Why a PDF could not be made.
  public struct Failure: Error, CustomStringConvertible {
    public var description: String
  }

  /// Renders `html` to `output`.
  public static func render(html: String, to output: String) throws(Failure) {
    guard let executable = which("weasyprint") else {
      throw Failure(
        description:
          "weasyprint is not installed; install it with 'apt-get install weasyprint' "
          + "(make demo does) or render --format html")
    }
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
      "budgetcast-pdf-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
    defer { try? FileManager.default.removeItem(at: directory) }
    let input = directory.appendingPathComponent("report.html")
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try Data(html.utf8).write(to: input)
    } catch {
      throw Failure(description: "\(directory.path): \(error.localizedDescription)")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--quiet", input.path, output]
    var environment = ProcessInfo.processInfo.environment
    environment["SOURCE_DATE_EPOCH"] = "0"
    process.environment = environment
    let errors = Pipe()
    process.standardError = errors
    do {
      try process.run()
    } catch {
      throw Failure(description: "cannot start \(executable): \(error.localizedDescription)")
    }
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw Failure(description: "weasyprint failed (\(process.terminationStatus)): \(message)")
    }
  }

  static func which(_ name: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { "\($0)/\(name)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
