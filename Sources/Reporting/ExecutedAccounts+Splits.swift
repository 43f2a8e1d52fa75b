import Budget

extension ExecutedAccounts {
  /// Reads each line of the run that the actuals no longer hold from the sub-accounts it
  /// was split into, when there are any.
  ///
  /// Those are the lines of the actuals on the same section,
  /// direction, chapter and function whose account extends the run's (`7311`
  /// *Contributions directes*, split in 2012 into `73111`, `73112` and `73114`), and
  /// that the run does not forecast itself. The plan de comptes refines an account this
  /// way, keeping its number as their prefix; accounts merged or re-numbered otherwise
  /// stay a line not executed beside new lines. Across the M52 → M57 switch the
  /// sub-accounts may carry the run line's function re-coded (``functionMap``).
  ///
  /// - Returns: the splits found, by the run's line identifier.
  mutating func readSplits(runLines: Set<String>) -> [String: [String]] {
    let executedLines = values.keys.filter { $0.hasPrefix("line/") && !runLines.contains($0) }
    var children: [String: [String]] = [:]
    for line in executedLines.sorted() {
      let parts = line.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 6 else { continue }
      children[parts[..<4].joined(separator: "/") + "/" + parts[5], default: []].append(line)
    }
    var splits: [String: [String]] = [:]
    for line in runLines.sorted() where counterparts[line] == nil && values[line] == nil {
      let parts = line.split(separator: "/", omittingEmptySubsequences: false)
      guard parts.count == 6, !parts[4].isEmpty else { continue }
      let functions = [String(parts[5])] + (functionMap[String(parts[5])].map { [$0] } ?? [])
      let siblings = Set(functions).sorted().flatMap {
        children[parts[..<4].joined(separator: "/") + "/" + $0] ?? []
      }
      let account = String(parts[4])
      let extensions = siblings.filter {
        AccountSubdivision.isSubAccount(ForecastEvaluation.account(ofLine: $0), of: account)
      }
      guard !extensions.isEmpty else { continue }
      splits[line] = extensions
      counterparts[line] = extensions
    }
    return splits
  }
}

extension ForecastEvaluation {
  /// The accounts split, once each whatever the functions: `7311 → 73111, 73112`.
  public var splitAccounts: [String] {
    var seen: Set<String> = []
    return splitLines.keys.sorted().compactMap { line in
      let children = Set((splitLines[line] ?? []).map(Self.account(ofLine:))).sorted()
      let text = "\(Self.account(ofLine: line)) → \(children.joined(separator: ", "))"
      return seen.insert(text).inserted ? text : nil
    }
  }

  /// The account of a line identifier (`line/F/R/731/7311/01` → `7311`).
  public static func account(ofLine line: String) -> String {
    let parts = line.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 6 ? String(parts[4]) : line
  }
}
