import Budget

/// The M52 → M57 switch in the methodology: which lines were joined to their history
/// and which were left apart; then the accounts subdivided into sub-accounts.
extension HTMLReport {
  func nomenclatureBridge() -> String {
    guard let bridge = data.bridge else { return "" }
    return switchJoins(bridge) + subdivisions(bridge)
  }

  private func switchJoins(_ bridge: NomenclatureBridge) -> String {
    guard let year = bridge.switchYear, !(bridge.links.isEmpty && bridge.ambiguous.isEmpty)
    else { return "" }
    let l = language
    var html =
      "<p>"
      + HTML.escape(
        l.pick(
          "Passage de la M52 à la M57 en \(year) : la M57 recode les fonctions ; les comptes et les chapitres ne changent pas. \(bridge.links.count) ligne(s) ont été raccordées à leur historique (pour un même compte, la seule fonction qui s'arrête en \(year - 1) et la seule qui commence en \(year)) ; \(bridge.ambiguous.count) compte(s) où plusieurs fonctions s'arrêtent et commencent restent séparés.",
          "Switch from M52 to M57 in \(year): M57 re-codes functions while accounts and chapters carry over. \(bridge.links.count) line(s) were joined to their history (for one account, the single function ending in \(year - 1) and the single one starting in \(year)); \(bridge.ambiguous.count) account(s) where several functions end and start stay apart."
        )) + "</p>"
    guard !bridge.links.isEmpty else { return html }
    html += HTML.table(
      caption: l.pick("Lignes raccordées entre M52 et M57", "Lines joined across M52 and M57"),
      headers: [
        l.pick("Section / sens", "Section / direction"), l.pick("Chapitre", "Chapter"),
        l.pick("Compte", "Account"), l.pick("Fonction M52", "M52 function"),
        l.pick("Fonction M57", "M57 function"),
      ],
      rows: bridge.links.map { link in
        [
          "\(link.section.rawValue)/\(link.direction.rawValue)", link.chapter, link.account,
          link.fromFunction, link.toFunction,
        ].map(HTML.escape)
      }, numericColumns: [])
    return html
  }

  /// The accounts subdivided into sub-accounts, whose history was allocated to them.
  private func subdivisions(_ bridge: NomenclatureBridge) -> String {
    guard !bridge.subdivisions.isEmpty else { return "" }
    let l = language
    return HTML.table(
      caption: l.pick(
        "Comptes subdivisés : l'historique du compte est réparti entre ses sous-comptes selon leurs parts de la première année",
        "Subdivided accounts: the account's history is allocated to its sub-accounts by their shares in their first year"
      ),
      headers: [
        l.pick("Section / sens", "Section / direction"), l.pick("Chapitre", "Chapter"),
        l.pick("Compte", "Account"), l.pick("Fonction", "Function"),
        l.pick("Sous-comptes (part)", "Sub-accounts (share)"), l.pick("Depuis", "Since"),
      ],
      rows: bridge.subdivisions.map { split in
        [
          "\(split.section.rawValue)/\(split.direction.rawValue)", split.chapter, split.account,
          split.function,
          zip(split.subAccounts, split.shares).map { "\($0) (\(l.percent(100 * $1)))" }
            .joined(separator: ", "),
          String(split.year),
        ].map(HTML.escape)
      }, numericColumns: [])
  }
}
