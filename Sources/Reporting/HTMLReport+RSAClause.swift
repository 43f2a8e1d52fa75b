import RunArchive
import Scenarios

extension HTMLReport {
  /// How RSA spending is forecast from its drivers: households after unemployment, the
  /// base amount along its projected revaluations when the run used it, the rest by its
  /// trend.
  func rsaDrivenClause(_ driven: NodeModelRecord.Driven?, from lastYear: Int, to horizon: Int)
    -> String
  {
    let l = language
    guard driven?.drivers.contains(Scenario.Driver.rsaBaseAmount.rawValue) == true else {
      return l.pick(
        "foyers allocataires suivant le chômage de l'année précédente, dépense par foyer suivant sa tendance",
        "households following the previous year's unemployment, spending per household its trend")
    }
    let rise = data.driverHistory.flatMap { history in
      history.value(.rsaBaseAmount, lastYear).flatMap { from in
        history.value(.rsaBaseAmount, horizon).map {
          l.percent(Self.growth(from, $0), signed: true)
        }
      }
    }
    let frenchRise = rise.map { " (\($0) de \(lastYear) à \(horizon))" } ?? ""
    let englishRise = rise.map { " (\($0) from \(lastYear) to \(horizon))" } ?? ""
    return l.pick(
      "foyers allocataires suivant le chômage de l'année précédente, montant forfaitaire selon ses revalorisations projetées\(frenchRise), dépense par foyer et par montant suivant sa tendance",
      "households following the previous year's unemployment, the base amount along its projected revaluations\(englishRise), spending per household and base amount its trend"
    )
  }
}
