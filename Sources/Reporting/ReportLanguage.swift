import Budget
import Foundation

/// The language of a report: French by default, English on request.
public enum ReportLanguage: String, Sendable, Hashable, CaseIterable {
  case french = "fr"
  case english = "en"

  /// `fr` in French, `en` in English.
  func pick(_ fr: String, _ en: String) -> String { self == .french ? fr : en }

  /// When an effect comes `lag` years after its cause: « la même année », « l'année
  /// suivante », « 2 ans après ».
  func after(years lag: Int) -> String {
    switch lag {
    case 0: return pick("la même année", "the same year")
    case 1: return pick("l'année suivante", "the following year")
    default: return pick("\(lag) ans après", "\(lag) years later")
    }
  }

  /// Euros in millions with one decimal: `1 234,5 M€` (narrow no-break space groups,
  /// decimal comma) or `1,234.5 M€`.
  func millions(_ euros: Double, decimals: Int = 1) -> String {
    guard euros.isFinite else { return pick("n.d.", "n/a") }
    return grouped(euros / 1e6, decimals: decimals) + "\u{00A0}M€"
  }

  /// Millions of euros with their sign: `+1,2 M€` / `-1,2 M€`.
  func signedMillions(_ euros: Double) -> String {
    // A change that rounds to zero has no sign: `0,0 M€`, not `+0,0 M€`.
    ((euros / 1e5).rounded() > 0 ? "+" : "") + millions(euros)
  }

  /// A level of the hierarchy (`total`, `section`, `chapter`, `line`) as a table
  /// heading: `Totaux`, `Sections`, `Chapitres`, `Lignes`.
  func levelName(_ level: String) -> String {
    switch level {
    case "total": return pick("Totaux", "Totals")
    case "section": return pick("Sections", "Sections")
    case "chapter": return pick("Chapitres", "Chapters")
    case "line": return pick("Lignes", "Lines")
    default: return level
    }
  }

  /// The kind of collectivité as a title word: `Département`, `Commune`, `Région`.
  func entityKind(_ kind: EntityKind) -> String {
    switch kind {
    case .departement: return "Département"
    case .commune: return "Commune"
    case .region: return pick("Région", "Region")
    }
  }

  /// A percentage with one decimal: `4,2 %` or `4.2%`.
  func percent(_ value: Double, signed: Bool = false) -> String {
    guard value.isFinite else { return pick("n.d.", "n/a") }
    let sign = signed && (value * 10).rounded() > 0 ? "+" : ""
    return sign + grouped(value, decimals: 1) + pick("\u{00A0}%", "%")
  }

  /// A taux d'épargne brute: one decimal, or as many (up to four) as keep it on its own
  /// side of a threshold of its reading, so that 7.97 reads `7,97 %` beside "sous 8 %"
  /// rather than `8,0 %`.
  func savingsRate(_ value: Double) -> String {
    guard value.isFinite else { return percent(value) }
    let reading = FinancialRatios.reading(value)
    let decimals =
      (1...4).first { decimals in
        let shown = Double(String(format: "%.\(decimals)f", value)) ?? value
        return FinancialRatios.reading(shown) == reading
      } ?? 4
    return grouped(value, decimals: decimals) + pick("\u{00A0}%", "%")
  }

  /// A probability as a whole percentage: `34 %`, `< 1 %` for a handful of paths.
  func probability(_ share: Double) -> String {
    if share > 0 && share < 0.005 { return pick("<\u{00A0}1\u{00A0}%", "< 1%") }
    return grouped(100 * share, decimals: 0) + pick("\u{00A0}%", "%")
  }

  /// A model parameter: three decimals, or as many as its first significant digit
  /// needs below 0.001 for two significant digits (α = 0.0001, the lower bound, is
  /// not shown as 0), and none from 1,000 up (an ARIMA constant or drift in euros:
  /// `3 455 228`, not `3 455 227,862`; `models.json` keeps every digit).
  func parameter(_ value: Double) -> String {
    let magnitude = abs(value)
    if magnitude >= 1_000 { return grouped(value, decimals: 0) }
    guard magnitude > 0, magnitude < 0.001, magnitude.isFinite else {
      return grouped(value, decimals: 3)
    }
    return grouped(value, decimals: Swift.min(12, Int((-log10(magnitude)).rounded(.up)) + 1))
  }

  /// A plain number with `decimals` decimals, grouped by thousands.
  func grouped(_ value: Double, decimals: Int) -> String {
    guard value.isFinite else { return pick("n.d.", "n/a") }
    let text = String(format: "%.\(decimals)f", abs(value))
    let parts = text.split(separator: ".", omittingEmptySubsequences: false)
    let integer = Array(parts[0])
    var groups: [String] = []
    var end = integer.count
    while end > 0 {
      groups.insert(String(integer[Swift.max(0, end - 3)..<end]), at: 0)
      end -= 3
    }
    let separator = pick("\u{202F}", ",")
    var result = groups.joined(separator: separator)
    if parts.count > 1 { result += pick(",", ".") + parts[1] }
    let isZero = Double(text) == 0
    return (value < 0 && !isZero ? "−" : "") + result
  }
}
