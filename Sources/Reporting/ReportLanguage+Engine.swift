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
    (" with drift", " avec dérive"),
  ]

  /// Why a line's model, as HTML in the report's language.
  ///
  /// The engine records its fallbacks as English messages (`ets failed: …`, `ARIMA
  /// left out: …`), which are the auditor's evidence and are quoted verbatim, marked
  /// `lang="en"`; the sentence around them, naming the method asked for, the
  /// methods that failed and the one used, is in the report's language.
  func modelReason(requested: String, used: String, fallbacks: [String]) -> String {
    guard !fallbacks.isEmpty else {
      return HTML.escape(pick("méthode demandée (\(requested))", "\(requested) as requested"))
    }
    let failed = fallbacks.compactMap { message -> String? in
      guard let range = message.range(of: " failed: ") else { return nil }
      return String(message[..<range.lowerBound])
    }
    let summary =
      failed.isEmpty || used == requested
      ? pick(
        "méthode demandée (\(requested)), avec des remarques du moteur",
        "\(requested) as requested, with the engine's remarks")
      : pick(
        "repli sur \(used) après l'échec de \(failed.joined(separator: ", "))",
        "\(used) after \(failed.joined(separator: ", ")) failed")
    let quoted = fallbacks.joined(separator: "; ")
    return HTML.escape(summary) + pick(" (moteur : ", " (engine: ")
      + "<span lang=\"en\">\(HTML.escape(quoted))</span>)"
  }
}
