import ArgumentParser
import Reporting

/// The options of every command that renders a document: language, output path and
/// the actor recorded in the journal.
struct RenderingOptions: ParsableArguments {
  @Option(help: "fr or en.")
  var lang: String = "fr"

  @Option(help: "Where to write the document.")
  var output: String?

  @Option(help: "Who renders it (default $BUDGETCAST_ACTOR, else $USER).")
  var actor: String = ArchiveOptions.defaultActor

  /// The language asked for (French when unknown; `validate` rejects that).
  var language: ReportLanguage { ReportLanguage(rawValue: lang) ?? .french }

  func validate() throws {
    guard ReportLanguage(rawValue: lang) != nil else {
      throw ValidationError("--lang must be fr or en")
    }
  }

  /// The output path, required by formats written to a file.
  func requireOutput(for format: String) throws -> String {
    guard let output else { throw ValidationError("--format \(format) needs --output PATH") }
    return output
  }
}
