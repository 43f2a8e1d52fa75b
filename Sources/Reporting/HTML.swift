/// HTML escaping for text and attribute values.
enum HTML {
  /// `text` with `&`, `<`, `>`, `"` and `'` escaped.
  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// The text of an HTML fragment: tags dropped and ``escape(_:)``'s entities read
  /// back, for cells that are not HTML (spreadsheets).
  static func plainText(_ html: String) -> String {
    var text = ""
    var inTag = false
    for character in html {
      switch character {
      case "<": inTag = true
      case ">" where inTag: inTag = false
      default: if !inTag { text.append(character) }
      }
    }
    return text.replacingOccurrences(of: "&lt;", with: "<")
      .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&quot;", with: "\"")
      .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
  }

  /// A table with a caption; the columns from `numericFrom` on are right-aligned
  /// numbers.
  static func table(caption: String, headers: [String], rows: [[String]], numericFrom: Int = 1)
    -> String
  {
    table(
      caption: caption, headers: headers, rows: rows,
      numericColumns: Set(numericFrom..<Swift.max(numericFrom, headers.count)))
  }

  /// A table with a caption; `numericColumns` are right-aligned numbers that do not
  /// wrap, the other columns wrap as text.
  static func table(
    caption: String, headers: [String], rows: [[String]], numericColumns: Set<Int>
  ) -> String {
    // A long table may break across printed pages (its header repeated); a short one
    // is kept whole.
    let kind = rows.count > 20 ? "table long" : "table"
    var html = "<div class=\"\(kind)\"><table><caption>\(HTML.escape(caption))</caption><thead><tr>"
    for (index, header) in headers.enumerated() {
      html +=
        "<th scope=\"col\"\(numericColumns.contains(index) ? " class=\"num\"" : "")>\(HTML.escape(header))</th>"
    }
    html += "</tr></thead><tbody>"
    for row in rows {
      html += "<tr>"
      for (index, cell) in row.enumerated() {
        html +=
          index == 0
          ? "<th scope=\"row\">\(cell)</th>"
          : "<td\(numericColumns.contains(index) ? " class=\"num\"" : "")>\(cell)</td>"
      }
      html += "</tr>"
    }
    return html + "</tbody></table></div>"
  }

  /// A whole self-contained document: head with inline styles, title, subtitle (HTML),
  /// a table of contents, one `section` per `(id, heading, body HTML)`, and a footer.
  static func document(
    language l: ReportLanguage, title: String, subtitle: String, entities: [String],
    version: String, sections: [(String, String, String)], footer: String
  ) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(l.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <meta name="generator" content="budgetcast \(escape(version))">
      <title>\(escape(title)) — \(escape(entities.joined(separator: ", ")))</title>
      <style>\(HTMLReport.styles)</style>
      </head>
      <body>
      <header>
      <h1>\(escape(title))</h1>
      <p class="subtitle">\(subtitle)</p>
      </header>
      <nav aria-label="\(l.pick("Sommaire", "Contents"))"><h2>\(l.pick("Sommaire", "Contents"))</h2><ol>
      """
    for (id, name, _) in sections { html += "<li><a href=\"#\(id)\">\(escape(name))</a></li>" }
    html += "</ol></nav>\n<main>\n"
    for (id, name, body) in sections {
      html +=
        "<section id=\"\(id)\" aria-labelledby=\"h-\(id)\">\n<h2 id=\"h-\(id)\">\(escape(name))</h2>\n\(body)\n</section>\n"
    }
    html += """
      </main>
      <footer><p>\(footer)</p></footer>
      </body>
      </html>

      """
    return html
  }
}
