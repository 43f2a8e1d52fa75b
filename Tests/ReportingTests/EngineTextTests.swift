import Forecasting
import Testing

@testable import Reporting

@Suite("Engine words in the report's language")
struct EngineTextTests {
  @Test func modelNamesKeepTheirNotation() {
    let name = "mean(ETS(M,A,N), Theta, DOTM, ARIMA(0,1,0) with drift)"
    #expect(
      ReportLanguage.french.modelName(name)
        == "moyenne(ETS(M,A,N), Theta, DOTM, ARIMA(0,1,0) avec dérive)")
    #expect(ReportLanguage.english.modelName(name) == name)
    #expect(
      ReportLanguage.french.modelName("ARIMA(1,0,0) with non-zero mean")
        == "ARIMA(1,0,0) avec constante")
  }

  @Test func fallbackIsExplainedInFrenchAndQuotedVerbatim() {
    let reason = ReportLanguage.french.modelReason(
      requested: "auto", used: "naive",
      fallbacks: ["auto failed: series too short", "theta failed: <3 points>"])
    #expect(reason.hasPrefix("repli sur naive après l&#39;échec de auto, theta (moteur\u{00A0}: "))
    #expect(
      reason.contains(
        "<span lang=\"en\">auto failed: series too short; theta failed: &lt;3 points&gt;</span>"))
    let english = ReportLanguage.english.modelReason(
      requested: "auto", used: "naive", fallbacks: ["auto failed: series too short"])
    #expect(english.hasPrefix("naive after auto failed (engine: "))
  }

  /// The engine's usual failures are said in French, the original kept in the title;
  /// a message with a part the phrasebook lacks stays in English (above).
  @Test func knownFailuresAreTranslated() {
    let failure =
      "ensemble failed: ETS failed: no ETS model could be fitted; Theta failed: 4 observations are too few for ETS(A,N,N)"
    let reason = ReportLanguage.french.modelReason(
      requested: "ensemble", used: "naive", fallbacks: [failure])
    #expect(
      reason.contains(
        ">ensemble a échoué\u{00A0}: ETS a échoué\u{00A0}: aucun modèle ETS n&#39;a pu être estimé; Theta a échoué\u{00A0}: 4 observations ne suffisent pas pour ETS(A,N,N)</span>"
      ), "\(reason)")
    #expect(reason.contains("title=\"ensemble failed: ETS failed:"))
    #expect(!reason.contains("lang=\"en\""))
    #expect(
      ReportLanguage.frenchEngineMessage("DOTM failed: the fit wandered off") == nil)
    #expect(
      ReportLanguage.frenchEngineMessage(
        "dotm failed: 6 observations are too few for DOTM (at least 7)")
        == "dotm a échoué\u{00A0}: 6 observations ne suffisent pas pour DOTM (au moins 7)")
  }

  @Test func routineRemarksAreSaidInTheReportsLanguage() {
    let remark = ForecastRemark.arimaLeftOut(observations: 8, minimum: 10)
    let reason = ReportLanguage.french.modelReason(
      requested: "ensemble", used: "ensemble", fallbacks: [], remarks: [remark])
    #expect(
      reason
        == "méthode demandée (ensemble)\u{00A0}; ARIMA écarté\u{00A0}: 8 observations, moins de 10")
    #expect(
      ReportLanguage.english.modelReason(
        requested: "ensemble", used: "ensemble", fallbacks: [], remarks: [remark])
        == "ensemble as requested; ARIMA left out: 8 observations, fewer than 10")
    // A member's failure is still quoted as recorded.
    let mixed = ReportLanguage.french.modelReason(
      requested: "ensemble", used: "ensemble", fallbacks: ["DOTM failed: too short"],
      remarks: [remark])
    #expect(
      mixed
        == "méthode demandée (ensemble), avec des remarques du moteur\u{00A0}; ARIMA écarté\u{00A0}: 8 observations, moins de 10 (moteur\u{00A0}: <span lang=\"en\">DOTM failed: too short</span>)"
    )
    #expect(
      ReportLanguage.french.modelReason(requested: "ets", used: "ets", fallbacks: [])
        == "méthode demandée (ets)")
    // The rules that replace the method are the whole reason.
    #expect(
      ReportLanguage.french.modelReason(
        requested: "ensemble", used: "naive", fallbacks: [],
        remarks: [.closedLine(firstZeroYear: 2023, lastYear: 2024)])
        == "ligne close : nulle en 2023–2024, derniers exercices exécutés ; prévue à zéro")
    #expect(
      ReportLanguage.english.modelReason(
        requested: "ensemble", used: "naive", fallbacks: [],
        remarks: [.shortHistory(observations: 4, minimum: 7)])
        == "short history (4 years, fewer than 7): last value carried forward (naive forecast)")
  }
}
