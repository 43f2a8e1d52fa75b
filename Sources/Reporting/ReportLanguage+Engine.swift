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
      let message = quoted.joined(separator: "; ")
      // In French, the engine's message in French when every part of it is known (the
      // English original stays in models.json and in the title), else as recorded.
      if self == .french, let french = Self.frenchEngineMessage(message) {
        html +=
          " (moteur\u{00A0}: <span title=\"\(HTML.escape(message))\">\(HTML.escape(french))</span>)"
      } else {
        html +=
          pick(" (moteur\u{00A0}: ", " (engine: ")
          + "<span lang=\"en\">\(HTML.escape(message))</span>)"
      }
    }
    return html
  }

  /// The engine's failure messages in French, or nil when a part of `message` is not
  /// in the phrasebook (it is then quoted in English).
  static func frenchEngineMessage(_ message: String) -> String? {
    var french = message
    for (english, translation) in engineMessages {
      french = french.replacingOccurrences(of: english, with: translation)
    }
    // Every word left must be a model's notation or a number: no English phrase.
    let leftover = french.split { !$0.isLetter }.filter { word in
      englishWords.contains(word.lowercased())
    }
    return leftover.isEmpty ? french : nil
  }

  /// English phrases of the engine's messages (``SeriesForecaster``, ``ETSError``,
  /// ``ARIMAError``, the ensemble) and their French, longest first.
  static let engineMessages: [(String, String)] = [
    (
      "had the lowest AICc but a non-finite forecast; next best used",
      "avait le plus petit AICc mais une prévision non finie ; le suivant est retenu"
    ),
    (
      "the series is too short or the fit did not converge",
      "la série est trop courte ou l'ajustement n'a pas convergé"
    ),
    ("the series holds NaN or infinite values", "la série contient des valeurs NaN ou infinies"),
    ("no ETS model could be fitted", "aucun modèle ETS n'a pu être estimé"),
    ("observations are too few for", "observations ne suffisent pas pour"),
    ("no admissible parameters found for", "aucun paramètre admissible pour"),
    ("could not be maximised", "n'a pas pu être maximisée"),
    ("the likelihood of", "la vraisemblance de"),
    ("needs strictly positive data", "demande des données strictement positives"),
    ("the forecast was not finite", "la prévision n'était pas finie"),
    ("the series has no observations", "la série n'a aucune observation"),
    (" failed: ", " a échoué\u{00A0}: "),
  ]

  /// Words that betray an untranslated English phrase.
  static let englishWords: Set<String> = [
    "the", "no", "not", "could", "be", "was", "for", "has", "had", "but", "or", "did",
    "found", "failed", "series", "too", "few", "with", "of", "driver", "used",
  ]

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
