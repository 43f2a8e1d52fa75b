import Testing

@testable import Reporting

/// The report sums the models up by method and by member form, read from the names
/// the engine records.
@Suite("Model names read in parts")
struct ModelNameTests {
  @Test func combinationSplitsIntoItsMembers() {
    let name = ModelName(text: "mean(ETS(A,Ad,N), Theta, DOTM, ARIMA(2,1,0) with drift)")
    #expect(name.family == "mean(ETS, Theta, DOTM, ARIMA)")
    #expect(name.forms.map(\.kind) == ["ETS", "ARIMA"])
    #expect(name.forms.map(\.form) == ["ETS(A,Ad,N)", "ARIMA(2,1,0) with drift"])
  }

  @Test func singleModelsAndRules() {
    #expect(ModelName(text: "ETS(M,A,M)").family == "ETS")
    #expect(ModelName(text: "ETS(M,A,M)").forms.map(\.form) == ["ETS(M,A,M)"])
    // A parenthesis after a space is part of the name, not a form.
    #expect(ModelName(text: "zero (closed line)").family == "zero (closed line)")
    #expect(ModelName(text: "zero (closed line)").forms.isEmpty)
    #expect(ModelName(text: "naive").family == "naive")
  }

  @Test func regressionOnDriversIsNamedWhole() {
    let text = "ln apa ~ ln population_85, ARIMA(0,1,0) with drift"
    #expect(ModelName(text: text).family == text)
    #expect(ModelName(text: text).forms.isEmpty)
  }
}
