import Testing

@testable import Reporting

@Suite("French and English number formatting")
struct ReportLanguageTests {
  @Test func french() {
    let fr = ReportLanguage.french
    #expect(fr.millions(1_234_549_999) == "1\u{202F}234,5\u{00A0}M€")
    #expect(fr.millions(-45_600_000) == "−45,6\u{00A0}M€")
    #expect(fr.percent(4.2) == "4,2\u{00A0}%")
    #expect(
      fr.percent(4.25, signed: true) == "+4,3\u{00A0}%"
        || fr.percent(4.25, signed: true) == "+4,2\u{00A0}%")
    #expect(fr.millions(.nan) == "n.d.")
    // What rounds to zero carries no sign, whichever side of zero it is.
    #expect(fr.percent(0.04, signed: true) == "0,0\u{00A0}%")
    #expect(fr.percent(-0.04, signed: true) == "0,0\u{00A0}%")
    #expect(fr.percent(0.05, signed: true) == "+0,1\u{00A0}%")
    #expect(fr.signedMillions(40_000) == "0,0\u{00A0}M€")
    #expect(fr.signedMillions(60_000) == "+0,1\u{00A0}M€")
    #expect(fr.grouped(-0.04, decimals: 1) == "0,0")
    // Model parameters keep two significant digits below 0.001, three decimals above,
    // none from 1,000 up.
    #expect(fr.parameter(0.0001) == "0,00010")
    #expect(fr.parameter(0.000_123_4) == "0,00012")
    #expect(fr.parameter(0.9999) == "1,000")
    #expect(fr.parameter(-1_234.5678) == "−1\u{202F}235")
    #expect(fr.parameter(999.5) == "999,500")
    #expect(fr.parameter(3_455_227.862) == "3\u{202F}455\u{202F}228")
    #expect(fr.parameter(0) == "0,000")
  }

  /// A savings rate never rounds onto the threshold its reading says it is under.
  @Test func savingsRateKeepsItsSideOfTheThresholds() {
    let fr = ReportLanguage.french
    #expect(fr.savingsRate(7.97) == "7,97\u{00A0}%")
    #expect(fr.savingsRate(7.9996) == "7,9996\u{00A0}%")
    #expect(fr.savingsRate(8.02) == "8,0\u{00A0}%")
    #expect(fr.savingsRate(15.03) == "15,03\u{00A0}%")
    #expect(fr.savingsRate(14.98) == "15,0\u{00A0}%")
    #expect(fr.savingsRate(-0.02) == "−0,02\u{00A0}%")
    #expect(fr.savingsRate(9.94) == "9,9\u{00A0}%")
    #expect(ReportLanguage.english.savingsRate(7.96) == "7.96%")
  }

  @Test func english() {
    let en = ReportLanguage.english
    #expect(en.millions(1_234_549_999) == "1,234.5\u{00A0}M€")
    #expect(en.percent(-8.5) == "−8.5%")
    #expect(en.grouped(1_000_000, decimals: 0) == "1,000,000")
  }
}
