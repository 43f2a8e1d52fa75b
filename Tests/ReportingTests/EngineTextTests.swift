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
    #expect(reason.hasPrefix("repli sur naive après l&#39;échec de auto, theta (moteur : "))
    #expect(
      reason.contains(
        "<span lang=\"en\">auto failed: series too short; theta failed: &lt;3 points&gt;</span>"))
    let english = ReportLanguage.english.modelReason(
      requested: "auto", used: "naive", fallbacks: ["auto failed: series too short"])
    #expect(english.hasPrefix("naive after auto failed (engine: "))
  }

  @Test func remarksWithoutFallbackKeepTheRequestedMethod() {
    let reason = ReportLanguage.french.modelReason(
      requested: "ensemble", used: "ensemble",
      fallbacks: ["ARIMA left out: 8 observations, fewer than 10"])
    #expect(reason.hasPrefix("méthode demandée (ensemble), avec des remarques du moteur"))
    #expect(
      ReportLanguage.french.modelReason(requested: "ets", used: "ets", fallbacks: [])
        == "méthode demandée (ets)")
  }
}
