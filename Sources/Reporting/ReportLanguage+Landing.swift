import Forecasting
import RunArchive

extension ReportLanguage {
  /// What a landing estimate rests on, in the report's language: the usual share of
  /// the year executed by then and the years read, or the seasonal model.
  func landingBasis(_ estimate: LandingRecord.Estimate) -> String {
    if estimate.method == "profile", let share = estimate.share, let years = estimate.pastYears {
      let span = YearEndLanding.span(years)
      return landingMethod(estimate.method)
        + pick(
          " : \(percent(100 * share)) de l'année exécutés à cette date en moyenne (\(span))",
          ": \(percent(100 * share)) of the year executed by then on average (\(span))"
        )
    }
    if estimate.method == "model" {
      return landingMethod(estimate.method) + (estimate.model.map { " \($0)" } ?? "")
    }
    return estimate.basis
  }

  /// `profil d'exécution` or `modèle saisonnier`.
  func landingMethod(_ method: String) -> String {
    method == "profile"
      ? pick("profil d'exécution", "execution profile")
      : pick("modèle saisonnier", "seasonal model")
  }
}
