import Forecasting
import RunArchive

extension ReportLanguage {
  /// A model's name as the engine records it, in the report's language.
  ///
  /// The notation (ETS(M,A,N), ARIMA(1,1,0)(0,1,1)[12], DOTM) is international and
  /// kept; the words around it are translated: the ensemble's `mean(…)` and ARIMA's
  /// constant terms.
  func modelName(_ name: String) -> String {
    guard self == .french else { return name }
    // A word as a whole name only: `naive` inside `seasonal naive` stays as it is.
    if name == "naive" { return "naïf" }
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
  /// the one used, is in the report's language, and so are the rules it applied by
  /// design (``ForecastRemark``: a closed line, a history too short for the ensemble,
  /// ARIMA left out of a short series), said from their values.
  func modelReason(
    requested: String, used: String, fallbacks: [String], remarks: [ForecastRemark] = []
  ) -> String {
    // A closed line or a short history is not forecast by the method asked for: the
    // rule is the whole reason.
    for remark in remarks {
      switch remark {
      case .closedLine(let first, let last):
        let span = ForecastRemark.span(first, last)
        return HTML.escape(
          pick(
            "ligne close : nulle en \(span), derniers exercices exécutés ; prévue à zéro",
            "closed line: zero in \(span), the last executed years; forecast at zero"))
      case .shortHistory(let count, let minimum):
        return HTML.escape(
          pick(
            "historique court (\(count) exercices, moins de \(minimum)) : dernière valeur reconduite (prévision naïve)",
            "short history (\(count) years, fewer than \(minimum)): last value carried forward (naive forecast)"
          ))
      case .arimaLeftOut: continue
      }
    }
    let said = remarks.compactMap(said)
    let failed = fallbacks.compactMap { message -> String? in
      guard let range = message.range(of: " failed: ") else { return nil }
      return String(message[..<range.lowerBound])
    }
    let summary =
      fallbacks.isEmpty
      ? pick("méthode demandée (\(requested))", "\(requested) as requested")
      : failed.isEmpty || used == requested
        ? pick(
          "méthode demandée (\(requested)), avec des remarques du moteur",
          "\(requested) as requested, with the engine's remarks")
        : pick(
          "repli sur \(used) après l'échec de \(failed.joined(separator: ", "))",
          "\(used) after \(failed.joined(separator: ", ")) failed")
    var html = HTML.escape(([summary] + said).joined(separator: pick("\u{00A0}; ", "; ")))
    if !fallbacks.isEmpty {
      let message = fallbacks.joined(separator: "; ")
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
    ("(at least", "(au moins"),
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
    "found", "failed", "series", "too", "few", "with", "of", "driver", "used", "least",
  ]

  /// A rule applied within the method asked for, in the report's language (nil for
  /// the rules that replace the method, said as the whole reason).
  func said(_ remark: ForecastRemark) -> String? {
    guard case .arimaLeftOut(let count, let minimum) = remark else { return nil }
    return pick(
      "ARIMA écarté\u{00A0}: \(count) observations, moins de \(minimum)",
      "ARIMA left out: \(count) observations, fewer than \(minimum)")
  }

  /// A journal event in words: `rapport produit` for `report.rendered` (the report
  /// shows the code beside it, as `journal.jsonl` has it).
  func eventName(_ event: JournalEntry.Event) -> String {
    switch event {
    case .runCreated: return pick("run créé", "run created")
    case .overrideAdded: return pick("ajustement manuel ajouté", "manual adjustment added")
    case .reportRendered: return pick("rapport produit", "report rendered")
    case .replayChecked: return pick("rejeu vérifié", "replay checked")
    case .runEvaluated: return pick("run évalué sur l'exécuté", "run evaluated against actuals")
    case .keyAdded: return pick("clé de signature ajoutée", "signing key added")
    }
  }

  /// Why a line's model, as HTML in the report's language (see
  /// ``modelReason(requested:used:fallbacks:remarks:)``; a driven line's reason is its
  /// regression's).
  func modelReason(for record: NodeModelRecord) -> String {
    if let driven = record.driven, driven.role == .total {
      return drivenReason(driven)
    }
    let own = modelReason(
      requested: record.requested, used: record.used, fallbacks: record.fallbacks,
      remarks: record.remarks ?? [])
    guard record.driven != nil else { return own }
    return own
      + HTML.escape(
        pick(
          "\u{00A0}; prévision ramenée à sa part du total prévu par ses moteurs",
          "; scaled to its share of the total forecast from its drivers"))
  }
}
