/// How a chart writes the values of its vertical axis: in a display unit (millions of
/// euros, percent), with the decimals the tick step needs.
struct ValueAxis {
  /// Values per displayed unit: 10⁶ when euros are shown in M€, 1 for percent.
  var unit: Double
  /// A value in the displayed unit, written with the given decimals.
  var label: (_ displayed: Double, _ decimals: Int) -> String

  /// `value` (in the data's unit) as text, one decimal unless told.
  func text(_ value: Double, decimals: Int = 1) -> String { label(value / unit, decimals) }

  /// Euros shown in millions: `1 234 M€`.
  static func millions(_ l: ReportLanguage) -> ValueAxis {
    ValueAxis(unit: 1e6) { l.grouped($0, decimals: $1) + "\u{00A0}M€" }
  }

  /// Percent: `7,5 %`.
  static func percent(_ l: ReportLanguage) -> ValueAxis {
    ValueAxis(unit: 1) { l.grouped($0, decimals: $1) + l.pick("\u{00A0}%", "%") }
  }
}
