/// Right-aligned columns of the terminal tables.
extension String {
  /// The text right-aligned in `width` characters (unchanged when longer).
  func leftPadded(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}

extension Double {
  /// Euros as millions with one decimal, `102.8`, for the terminal tables.
  var millionsText: String { String(format: "%.1f", self / 1e6) }
}
