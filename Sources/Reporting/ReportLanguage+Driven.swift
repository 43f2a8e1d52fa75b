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

  /// The relation an elasticity measures, in words.
  ///
  /// `lag` is the RSA households' delay behind unemployment, in years. An unknown name
  /// is returned as it is.
  func relation(_ name: String, lag: Int) -> String {
    switch name {
    case "rsa_households_per_unemployment_point":
      return pick(
        "Foyers RSA par point de chômage (\(after(years: lag)))",
        "RSA households per unemployment point (\(after(years: lag)))")
    case "apa_per_population_75", "apa_per_population_85":
      let age = name.suffix(2)
      return pick(
        "APA et population de \(age)\u{00A0}ans et plus", "APA and population aged \(age)+")
    case "pch_per_beneficiaries":
      return pick("PCH et nombre de bénéficiaires", "PCH and number of beneficiaries")
    case "child_welfare_per_children":
      return pick(
        "Aide sociale à l'enfance et enfants confiés", "Child welfare and children in care")
    case "personnel_per_pay_index":
      return pick("Frais de personnel et point d'indice", "Personnel costs and pay index")
    case "charges_per_inflation_point":
      return pick("Charges à caractère général et inflation", "General charges and inflation")
    case "dmto_per_transactions":
      return pick("DMTO et nombre de ventes", "DMTO and number of sales")
    case "dmto_per_prices":
      return pick("DMTO et prix immobiliers", "DMTO and real-estate prices")
    default: return name
    }
  }
}
