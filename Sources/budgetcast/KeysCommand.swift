import ArgumentParser
import Foundation
import RunArchive

/// `budgetcast keys`: signing keys for the journal.
struct KeysCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "keys", abstract: "Manage the actors' Ed25519 signing keys.",
    subcommands: [Initialise.self])

  /// `budgetcast keys init`.
  struct Initialise: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "init",
      abstract: "Create an actor's signing key; from then on their journal entries are signed.")

    @Option(help: "The actor (default $BUDGETCAST_ACTOR, else $USER).")
    var actor: String = ArchiveOptions.defaultActor

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
      let key = try ArchiveOptions.reporting { try archive.store.addSigningKey(for: actor) }
      print("Created \(actor)'s Ed25519 key; public key \(key) published in the journal.")
    }
  }
}

/// `budgetcast archive`: maintenance of the archive.
struct ArchiveCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "archive", abstract: "Archive maintenance.", subcommands: [Reindex.self])

  /// `budgetcast archive reindex`.
  struct Reindex: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Rebuild the SQLite index from the journal and the manifests.")

    @OptionGroup var archive: ArchiveOptions

    func run() throws {
      let count = try ArchiveOptions.reporting { () throws -> Int in
        let index = ArchiveIndex(archive: archive.store)
        try index.rebuild()
        return try index.list().count
      }
      print("Index rebuilt: \(count) run(s).")
    }
  }
}
