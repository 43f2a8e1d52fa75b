import Foundation

extension Archive {
  /// Creates `actor`'s Ed25519 signing key under `keys/` and publishes its public half
  /// in the journal (`key.added`, signed by the new key); returns the public key.
  ///
  /// From then on every journal entry by `actor` is signed, and `verify` rejects an
  /// unsigned one.
  public func addSigningKey(for actor: String) throws(ArchiveError) -> String {
    guard SigningKey.isValidActor(actor) else {
      throw .invalidRequest(
        "--actor '\(actor)' must be letters, digits, '.', '_', '-' or '@' (it names a key file)")
    }
    return try locked(exclusive: true) { () throws(ArchiveError) -> String in
      guard try signingKey(for: actor) == nil else {
        throw .invalidRequest(
          "\(actor) already has a key (\(SigningKey.fileURL(actor: actor, in: keysDirectory).path))"
        )
      }
      let key = SigningKey(newFor: actor)
      try key.save(in: keysDirectory)
      try journal.append(
        event: .keyAdded, actor: actor, run: nil, details: ["publicKey": key.publicKey],
        signer: key)
      return key.publicKey
    }
  }

  /// Records in the journal that a report of run `id` was rendered.
  public func recordReport(run id: String, format: String, path: String, actor: String)
    throws(ArchiveError)
  {
    try locked(exclusive: true) { () throws(ArchiveError) in
      try journal.append(
        event: .reportRendered, actor: actor, run: id, details: ["format": format, "path": path],
        signer: try signingKey(for: actor))
    }
  }

  /// Records in the journal that run `id` was compared with executed accounts: the
  /// actuals, normalised as `import` writes them, are archived under their content
  /// hash (returned) so that the evaluation can be checked again; `details` add the
  /// headline figures.
  @discardableResult
  public func recordEvaluation(
    run id: String, actuals: Data, details: [String: String], actor: String
  ) throws(ArchiveError) -> String {
    try locked(exclusive: true) { () throws(ArchiveError) -> String in
      let hash = try storeObject(actuals)
      try journal.append(
        event: .runEvaluated, actor: actor, run: id,
        details: details.merging(["actuals": hash]) { _, archived in archived },
        signer: try signingKey(for: actor))
      return hash
    }
  }

  /// The journal entries, oldest first.
  public func journalEntries() throws(ArchiveError) -> [JournalEntry] {
    try journal.entries()
  }
}
