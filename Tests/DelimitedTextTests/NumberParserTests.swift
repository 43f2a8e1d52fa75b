import DelimitedText
import Testing

@Suite("Number parsing in French and English conventions")
struct NumberParserTests {
  let french = NumberParser(allowsDecimalComma: true)
  let english = NumberParser(allowsDecimalComma: false)

  @Test(arguments: [
    ("1234,5", 1234.5), ("1 234,56", 1234.56), ("1\u{00A0}234\u{202F}567,8", 1_234_567.8),
    ("1.234.567,89", 1_234_567.89), ("-0,25", -0.25), ("12.5", 12.5), ("  42  ", 42), ("+3", 3),
    ("1,5e3", 1500), ("1.234", 1.234),
  ])
  func acceptsFrenchExports(text: String, value: Double) throws {
    #expect(try french.parse(text).get() == value)
  }

  @Test(arguments: [("1234.5", 1234.5), ("-1e-3", -0.001), ("1 000", 1000), (".5", 0.5), ("7.", 7)])
  func acceptsEnglishNumbers(text: String, value: Double) throws {
    #expect(try english.parse(text).get() == value)
  }

  @Test(arguments: [
    "abc", "12abc", "1,2,3", "1.2.3", "1.23.456,7", "--1", "1e", "0x1F", "12 %", "€12",
  ])
  func rejectsMalformed(text: String) {
    #expect(french.parse(text) == .failure(.malformed))
  }

  @Test func commaIsNotADecimalWhenItSeparatesFields() {
    #expect(english.parse("1,5") == .failure(.malformed))
  }

  @Test(arguments: ["NaN", "nan", "inf", "-Infinity", "+inf"])
  func rejectsNonFinite(text: String) {
    #expect(french.parse(text) == .failure(.notFinite))
  }

  @Test func emptyIsMissing() {
    #expect(french.parse("   ") == .failure(.empty))
    #expect(english.parse("1e400") == .failure(.notFinite))
  }
}
