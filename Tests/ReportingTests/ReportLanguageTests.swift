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
    #expect(fr.grouped(-0.04, decimals: 1) == "0,0")
  }

  @Test func english() {
    let en = ReportLanguage.english
    #expect(en.millions(1_234_549_999) == "1,234.5\u{00A0}M€")
    #expect(en.percent(-8.5) == "−8.5%")
    #expect(en.grouped(1_000_000, decimals: 0) == "1,000,000")
  }
}
