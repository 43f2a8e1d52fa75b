/// The kind of local government a budget belongs to: it decides the statutory ratios'
/// article, the debt ceilings a report reads the capacité de désendettement against,
/// and whether the report has a social-spending section (a département's competence).
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
  case departement
  case commune
  case region

  /// The kind the nomenclatures of `dataset` name, nil when they do not say.
  ///
  /// Before 2024 each kind had its own instruction: M52 for départements, M14 for
  /// communes and their groupings, M71 for régions. M57, which replaced them all, says
  /// nothing, so a dataset in M57 only needs the kind to be given. Several kinds at
  /// once (a file of a commune beside a département's) say nothing either.
  public static func inferred(from dataset: BudgetDataset) -> EntityKind? {
    var kinds = Set<EntityKind>()
    for name in Set(dataset.lines.map(\.nomenclature)).map({ $0.uppercased() }) {
      if name.hasPrefix("M52") { kinds.insert(.departement) }
      if name.hasPrefix("M14") { kinds.insert(.commune) }
      if name.hasPrefix("M71") { kinds.insert(.region) }
    }
    return kinds.count == 1 ? kinds.first : nil
  }

  /// The kind `given`, else the one `dataset`'s nomenclatures name, else département.
  public static func resolved(_ given: EntityKind?, for dataset: BudgetDataset) -> EntityKind {
    given ?? inferred(from: dataset) ?? .departement
  }

  /// The CGCT article listing the eleven statutory ratios of the kind's budgets:
  /// R3313-1 (départements), R2313-1 (communes; the population thresholds it sets for
  /// each ratio were not checked offline), R4313-1 (régions).
  public var ratiosArticle: String {
    switch self {
    case .departement: return "R3313-1"
    case .commune: return "R2313-1"
    case .region: return "R4313-1"
    }
  }

  /// The range of the national reference ceiling of the capacité de désendettement, in
  /// years, in the 2018–2022 public-finance programming law's bill (article 29):
  /// 9–11 years for départements, 11–13 for communes and their groupings with own
  /// taxation, 8–10 for régions (domain brief §3; the final figures unverified offline).
  public var debtCeilingRange: ClosedRange<Double> {
    switch self {
    case .departement: return 9...11
    case .commune: return 11...13
    case .region: return 8...10
    }
  }
}
