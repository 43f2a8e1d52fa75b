/// Why an archive operation failed.
public enum ArchiveError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A file could not be read or written: path, system message.
  case io(String, String)
  /// No run has this identifier (or prefix).
  case unknownRun(String)
  /// Several runs start with this prefix.
  case ambiguousRun(String, [String])
  /// An archived file is not what it should be: path, problem.
  case corrupt(String, String)
  /// The request cannot be carried out: what is wrong and how to fix it.
  case invalidRequest(String)
  /// The SQLite index failed (it can be rebuilt with `budgetcast archive reindex`).
  case index(String)

  public var description: String {
    switch self {
    case .io(let path, let message): return "\(path): \(message)"
    case .unknownRun(let id):
      return "no run '\(id)' in the archive; 'budgetcast runs list' shows the runs"
    case .ambiguousRun(let prefix, let candidates):
      return
        "'\(prefix)' matches \(candidates.count) runs (\(candidates.prefix(4).joined(separator: ", "))…); "
        + "give more characters of the run ID"
    case .corrupt(let path, let problem): return "\(path): \(problem)"
    case .invalidRequest(let message): return message
    case .index(let message):
      return "archive index: \(message); rebuild it with 'budgetcast archive reindex'"
    }
  }
}
