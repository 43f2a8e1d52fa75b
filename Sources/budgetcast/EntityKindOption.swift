import ArgumentParser
import Budget

/// `--entity-kind`: the kind of collectivité, shared by the commands that forecast.
struct EntityKindOption: ParsableArguments {
  @Option(
    name: .customLong("entity-kind"),
    help: ArgumentHelp(
      "The collectivité: \(EntityKind.allCases.map(\.rawValue).joined(separator: "|")).",
      discussion:
        "Its statutory ratios' article and debt ceilings in reports, and the lines driver models and scenarios move (RSA, APA, PCH and DMTO on 7321/7322 are a département's; a commune's 7321 is its attribution de compensation). Default: from the nomenclatures (M52 département, M14 commune, M71 région), else departement (M57 does not say)."
    ))
  var kind: EntityKind?

  /// The kind given, else the one `dataset`'s nomenclatures name, else département.
  func resolved(for dataset: BudgetDataset) -> EntityKind {
    EntityKind.resolved(kind, for: dataset)
  }
}
