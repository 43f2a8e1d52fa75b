import Crypto
import Foundation

/// An actor's Ed25519 key, kept under `ARCHIVE/keys/ACTOR.ed25519` (base64 of the
/// 32-byte private key, mode 0600); its public half is published in the journal by
/// a `key.added` entry, against which `verify` checks every signature.
public struct SigningKey: Sendable {
  let actor: String
  private let key: Curve25519.Signing.PrivateKey

  /// A new random key for `actor`.
  init(newFor actor: String) {
    self.actor = actor
    self.key = Curve25519.Signing.PrivateKey()
  }

  /// The key stored for `actor` under `directory`, nil when there is none.
  static func load(actor: String, from directory: URL) throws(ArchiveError) -> SigningKey? {
    let url = fileURL(actor: actor, in: directory)
    guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
    guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
      let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
    else {
      throw .corrupt(url.path, "not a base64 Ed25519 private key")
    }
    return SigningKey(actor: actor, key: key)
  }

  private init(actor: String, key: Curve25519.Signing.PrivateKey) {
    self.actor = actor
    self.key = key
  }

  /// Writes the private key (mode 0600).
  func save(in directory: URL) throws(ArchiveError) {
    try DurableFile.makeDirectory(directory)
    let url = Self.fileURL(actor: actor, in: directory)
    try DurableFile.write(Data((privateKeyText + "\n").utf8), to: url)
    chmod(url.path, 0o600)
  }

  /// Base64 of the private key, as stored.
  var privateKeyText: String { key.rawRepresentation.base64EncodedString() }

  /// Base64 of the public key.
  var publicKey: String { key.publicKey.rawRepresentation.base64EncodedString() }

  /// Base64 Ed25519 signature of `hash`'s ASCII text.
  func signature(of hash: String) throws(ArchiveError) -> String {
    do {
      return try key.signature(for: Data(hash.utf8)).base64EncodedString()
    } catch {
      throw .invalidRequest("cannot sign with \(actor)'s key: \(error)")
    }
  }

  /// Whether `signature` (base64) is `publicKey`'s (base64) signature of `hash`.
  static func isValid(signature: String, of hash: String, publicKey: String) -> Bool {
    guard let raw = Data(base64Encoded: publicKey), let bytes = Data(base64Encoded: signature),
      let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
    else { return false }
    return key.isValidSignature(bytes, for: Data(hash.utf8))
  }

  static func fileURL(actor: String, in directory: URL) -> URL {
    directory.appendingPathComponent("\(actor).ed25519")
  }

  /// Whether `actor` can name a key file: letters, digits, `.`, `_`, `-` and `@`.
  static func isValidActor(_ actor: String) -> Bool {
    !actor.isEmpty && !actor.hasPrefix(".")
      && actor.unicodeScalars.allSatisfy {
        CharacterSet.alphanumerics.contains($0) || "._-@".unicodeScalars.contains($0)
      }
  }
}
