import Testing

@testable import Budget

/// The XML reader behind the plans de comptes: start tags with decoded attributes, and
/// the first fault of a document located by line and column.
@Suite("Reading XML start tags")
struct XMLTagReaderTests {
  func tags(_ text: String) throws(XMLTagReader.Failure) -> [XMLStartTag] {
    try XMLTagReader.startTags(try XMLTranscoder.utf8Document(Array(text.utf8)))
  }

  func fault(_ text: String) -> String {
    do {
      _ = try tags(text)
      return "read"
    } catch {
      return "\(error.line):\(error.column): \(error.problem)"
    }
  }

  @Test func attributesAreDecodedAndMarkupSkipped() throws {
    let read = try tags(
      """
      <?xml version="1.0"?>
      <?xml-stylesheet href="a.xsl"?><?empty?>
      <!DOCTYPE Nomenclature>
      <!-- a comment with <tags> -->
      <Nomenclature Norme='M52' Exer="2014">
        <Chapitre Code="017" Libelle="R&amp;D &lt;1&gt; &quot;x&quot; &apos;é&#233;&#xE9;"/>
        <![CDATA[ <not a tag> ]]>
      </Nomenclature>
      """)
    #expect(read.map(\.name) == ["Nomenclature", "Chapitre"])
    #expect(read[0].attributes == ["Norme": "M52", "Exer": "2014"])
    #expect(read[1].attributes["Libelle"] == "R&D <1> \"x\" 'ééé")
    #expect(read[1].line == 6)
  }

  @Test func faultsAreLocated() {
    #expect(fault("<a>\n  <b></a>") == "2:6: </a> does not close <b>")
    #expect(fault("<a x=\"1\" x=\"2\"/>") == "1:10: attribute x given twice in <a>")
    #expect(fault("<a x=1/>") == "1:6: a quoted attribute value expected")
    #expect(fault("<a x=\"1\"y=\"2\"/>") == "1:9: a space, '>' or '/>' expected in <a>")
    #expect(fault("<a/>\n<b/>") == "2:1: a second root element")
    #expect(fault("text <a/>") == "1:1: text outside the root element")
    #expect(fault("<a>\n<b>") == "2:4: the document ends before </b>")
    #expect(fault("<a><!-- open\n</a>") == "1:4: unterminated comment")
    #expect(fault("<a x=\"&nbsp;\"/>") == "1:7: unknown entity &nbsp;")
    #expect(fault("<a x=\"&#0;\"/>") == "1:7: unknown entity &#0;")
    #expect(fault("</a>") == "1:1: </a> closes no element")
    #expect(fault("") == "1:1: no root element")
    #expect(
      fault("<!DOCTYPE a [<!ENTITY e 'x'>]><a/>")
        == "1:13: a document type with an internal subset is not read")
  }

  @Test func encodingsAreDecodedOrRefused() {
    #expect(fault("<a>\n <b\u{FFFD}/></a>") == "read")
    let invalid = Array("<a>\n  <b".utf8) + [0xFF] + Array("/></a>".utf8)
    #expect(throws: XMLTagReader.Failure.self) { try XMLTranscoder.utf8Document(invalid) }
    do {
      _ = try XMLTranscoder.utf8Document(invalid)
    } catch {
      #expect((error.line, error.column) == (2, 5))
    }
    let latin1 =
      Array("<?xml version='1.0' encoding='ISO-8859-1'?><a l='".utf8) + [0xE9] + Array("'/>".utf8)
    let decoded = try? XMLTagReader.startTags(try XMLTranscoder.utf8Document(latin1))
    #expect(decoded?.first?.attributes["l"] == "é")
    #expect(
      fault("<?xml version='1.0' encoding='EBCDIC'?><a/>").hasSuffix(
        "the encoding 'ebcdic' is not read (UTF-8 or ISO-8859-1)"))
  }
}
