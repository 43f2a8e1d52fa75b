import RunArchive
import Scenarios

extension ReportLanguage {
  /// Why a driven line's total is forecast from its drivers, as HTML: « régression sur
  /// ses moteurs, selon leurs valeurs projetées : population de 85 ans et plus
  /// (élasticité 1,348 ± 0,338), estimée sur 2010–2024 ».
  func drivenReason(_ driven: NodeModelRecord.Driven) -> String {
    let terms = driven.drivers.indices.map { j -> String in
      let name =
        SensitivityAnalysis.Lever(rawValue: driven.drivers[j])?.label(self) ?? driven.drivers[j]
      // A driver entering by construction (the RSA base amount) has no standard error.
      guard driven.standardErrors[j] > 0 else {
        return pick("\(name) (proportionnel)", "\(name) (proportional)")
      }
      let value = parameter(driven.elasticities[j])
      let error = parameter(driven.standardErrors[j])
      return pick(
        "\(name) (élasticité \(value) ± \(error))", "\(name) (elasticity \(value) ± \(error))")
    }
    return HTML.escape(
      pick(
        "régression sur ses moteurs, selon leurs valeurs projetées\u{00A0}: \(terms.joined(separator: ", ")), estimée sur \(driven.firstYear)–\(driven.lastYear)",
        "regression on its drivers, along their projected values: \(terms.joined(separator: ", ")), estimated on \(driven.firstYear)–\(driven.lastYear)"
      ))
  }
}
