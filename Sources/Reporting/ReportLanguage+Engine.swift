extension ReportLanguage {
  /// A model's name as the engine records it, in the report's language.
  ///
  /// The notation (ETS(M,A,N), ARIMA(1,1,0)(0,1,1)[12], DOTM) is international and
  /// kept; the words around it are translated: the ensemble's `mean(…)` and ARIMA's
  /// constant terms.
  func modelName(_ name: String) -> String {
    guard self == .french else { return name }
    return Self.frenchModelWords.reduce(name) {
      $0.replacingOccurrences(of: $1.english, with: $1.french)
    }
  }

  private static let frenchModelWords: [(english: String, french: String)] = [
    ("mean(", "moyenne("), (" with non-zero mean", " avec constante"),
    (" with drift", " avec dérive"), ("zero (closed line)", "zéro (ligne close)"),
  ]

  /// Why a line's model, as HTML in the report's language.
  ///
  /// The engine records its fallbacks as English messages (`ets failed: …`), which
  /// are the auditor's evidence and are quoted verbatim, marked `lang="en"`; the
  /// sentence around them, naming the method asked for, the methods that failed and
  /// the one used, is in the report's language, and so are the routine remarks the
  /// report knows (``remark(_:)``: ARIMA left out of an ensemble on a short series).
  func modelReason(requested: String, used: String, fallbacks: [String]) -> String {
    // A closed line is not forecast by any method: the rule is the whole reason.
    if let closed = fallbacks.first(where: { $0.hasPrefix(Self.closedPrefix) }) {
      let span = closed.dropFirst(Self.closedPrefix.count).prefix { $0 != "," }
      return HTML.escape(
        pick(
          "ligne close : nulle en \(span), derniers exercices exécutés ; prévue à zéro",
          "closed line: zero in \(span), the last executed years; forecast at zero"))
    }
    // A history too short for the ensemble's members: the naive forecast by design.
    if let short = fallbacks.first(where: { $0.hasPrefix(Self.shortPrefix) }) {
      let count = short.dropFirst(Self.shortPrefix.count).prefix { $0.isNumber }
      return HTML.escape(
        pick(
          "historique court (\(count) exercices, moins de 7) : dernière valeur reconduite (prévision naïve)",
          "short history (\(count) years, fewer than 7): last value carried forward (naive forecast)"
        ))
    }
    let said = fallbacks.compactMap(remark)
    let quoted = fallbacks.filter { remark($0) == nil }
    let failed = quoted.compactMap { message -> String? in
      guard let range = message.range(of: " failed: ") else { return nil }
      return String(message[..<range.lowerBound])
    }
    let summary =
      quoted.isEmpty
      ? pick("méthode demandée (\(requested))", "\(requested) as requested")
      : failed.isEmpty || used == requested
        ? pick(
          "méthode demandée (\(requested)), avec des remarques du moteur",
          "\(requested) as requested, with the engine's remarks")
        : pick(
          "repli sur \(used) après l'échec de \(failed.joined(separator: ", "))",
          "\(used) after \(failed.joined(separator: ", ")) failed")
    var html = HTML.escape(([summary] + said).joined(separator: pick("\u{00A0}; ", "; ")))
    if !quoted.isEmpty {
      html +=
        pick(" (moteur\u{00A0}: ", " (engine: ")
        + "<span lang=\"en\">\(HTML.escape(quoted.joined(separator: "; ")))</span>)"
    }
    return html
  }

  /// How the engine records a closed line (``HierarchicalBudgetForecaster``'s rule).
  static let closedPrefix = "closed: zero in "
  /// How the ensemble records a history too short for its members.
  static let shortPrefix = "short: "

  /// A routine engine remark in the report's language, or nil when the report does
  /// not know it (it is then quoted as recorded).
  ///
  /// `ARIMA left out: 5 observations, fewer than 10` is the ensemble leaving ARIMA out
  /// of a short series by design (``EnsembleForecaster``), not a failure.
  func remark(_ message: String) -> String? {
    let prefix = "ARIMA left out: "
    guard message.hasPrefix(prefix) else { return nil }
    let numbers = message.dropFirst(prefix.count).split { !$0.isNumber }.compactMap { Int($0) }
    guard numbers.count == 2 else { return nil }
    return pick(
      "ARIMA écarté\u{00A0}: \(numbers[0]) observations, moins de \(numbers[1])",
      "ARIMA left out: \(numbers[0]) observations, fewer than \(numbers[1])")
  }
}
