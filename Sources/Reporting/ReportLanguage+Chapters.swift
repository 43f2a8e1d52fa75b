import Budget

extension ReportLanguage {
  /// A chapter as a reader knows it: `017 Revenu de solidarité active` when the
  /// embedded table titles it (titles stay French: they are the nomenclature's), else
  /// `Chapitre 017` / `Chapter 017`.
  func chapter(_ code: String) -> String {
    Nomenclature.embeddedChapterTitles[code].map { "\(code) \($0)" }
      ?? pick("Chapitre ", "Chapter ") + code
  }
}
