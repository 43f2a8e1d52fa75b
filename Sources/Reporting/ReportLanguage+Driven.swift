import RunArchive
import Scenarios

extension ReportLanguage {
  /// Why a driven line's total is forecast from its drivers, as HTML: « régression sur
  /// ses moteurs : population de 85 ans et plus (élasticité 1,348 ± 0,338 ; trajectoire
  /// ETS(A,A,N)), estimée sur 2010–2024 ».
  func drivenReason(_ driven: NodeModelRecord.Driven) -> String {
    let terms = driven.drivers.indices.map { j -> String in
      let driver = Scenario.Driver(rawValue: driven.drivers[j])
      let name =
        driver.flatMap { SensitivityAnalysis.Lever(rawValue: $0.rawValue)?.label(self) }
        ?? driven.drivers[j]
      let path = driven.paths.indices.contains(j) ? driven.paths[j] : ""
      let reading =
        path == "history"
        ? pick("trajectoire donnée par l'historique des moteurs", "path from the driver history")
        : pick("trajectoire prévue par \(modelName(path))", "path forecast by \(path)")
      return pick(
        "\(name) (élasticité \(parameter(driven.elasticities[j])) ± \(parameter(driven.standardErrors[j]))\u{00A0}; \(reading))",
        "\(name) (elasticity \(parameter(driven.elasticities[j])) ± \(parameter(driven.standardErrors[j])); \(reading))"
      )
    }
    return HTML.escape(
      pick(
        "régression sur ses moteurs\u{00A0}: \(terms.joined(separator: ", ")), estimée sur \(driven.firstYear)–\(driven.lastYear)",
        "regression on its drivers: \(terms.joined(separator: ", ")), estimated on \(driven.firstYear)–\(driven.lastYear)"
      ))
  }
}
