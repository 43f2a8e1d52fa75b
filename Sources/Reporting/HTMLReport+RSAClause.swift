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
    let households = rise(
      from: data.driverHistory?.value(.rsaHouseholds, lastYear),
      to: modelledDriverValues()[.rsaHouseholds]?[horizon], years: lastYear, horizon)
    guard driven?.drivers.contains(Scenario.Driver.rsaBaseAmount.rawValue) == true else {
      return l.pick(
        "foyers allocataires suivant le chômage de l'année précédente\(households.0), dépense par foyer suivant sa tendance",
        "households following the previous year's unemployment\(households.1), spending per household its trend"
      )
    }
    let base = rise(
      from: data.driverHistory?.value(.rsaBaseAmount, lastYear),
      to: data.driverHistory?.value(.rsaBaseAmount, horizon), years: lastYear, horizon)
    return l.pick(
      "foyers allocataires suivant le chômage de l'année précédente\(households.0), montant forfaitaire selon ses revalorisations projetées\(base.0), dépense par foyer et par montant suivant sa tendance",
      "households following the previous year's unemployment\(households.1), the base amount along its projected revaluations\(base.1), spending per household and base amount its trend"
    )
  }

  /// ` (+4,6 % de 2024 à 2027)` and ` (+4.6 % from 2024 to 2027)`, or empty texts
  /// when either value is missing.
  private func rise(from start: Double?, to end: Double?, years first: Int, _ last: Int)
    -> (String, String)
  {
    guard let start, let end else { return ("", "") }
    let change = language.percent(Self.growth(start, end), signed: true)
    return (" (\(change) de \(first) à \(last))", " (\(change) from \(first) to \(last))")
  }
}
