import DelimitedText
import Foundation
import Testing

@Suite("Trimming cells")
struct TrimmingTests {
  @Test(arguments: [
    "abc", "  a b  ", "\t12,5\t", "\u{00A0}1 234\u{202F}", "   ", "", "é ", " é", "C017  ",
    "\u{3000}x\u{2003}", "a\n",
  ])
  func agreesWithFoundation(_ text: String) {
    #expect(text.trimmedOfSpaces == text.trimmingCharacters(in: .whitespacesAndNewlines))
  }
}
