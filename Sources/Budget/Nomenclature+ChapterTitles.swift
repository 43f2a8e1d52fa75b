extension Nomenclature {
  /// Titles of the M52 chapters by nature, for reports when no nomenclature is given.
  ///
  /// From the 2014 plan de comptes (unchanged in later versions for these codes). The
  /// functional chapters (9xx) and third-party operations (45xx) are left out:
  /// budgetcast builds its hierarchy by nature.
  public static let embeddedChapterTitles: [String: String] = [
    "002": "Résultat de fonctionnement reporté",
    "011": "Charges à caractère général",
    "012": "Charges de personnel et frais assimilés",
    "013": "Atténuations de charges",
    "014": "Atténuations de produits",
    "015": "Revenu minimum d'insertion",
    "016": "Allocation personnalisée d'autonomie",
    "017": "Revenu de solidarité active",
    "022": "Dépenses imprévues",
    "023": "Virement à la section d'investissement",
    "042": "Opérations d'ordre de transfert entre sections",
    "043": "Opérations d'ordre à l'intérieur de la section de fonctionnement",
    "65": "Autres charges de gestion courante",
    "6586": "Frais de fonctionnement des groupes d'élus",
    "66": "Charges financières",
    "67": "Charges exceptionnelles",
    "68": "Dotations aux provisions",
    "70": "Produits des services, du domaine et ventes diverses",
    "73": "Impôts et taxes",
    "731": "Impositions directes",
    "74": "Dotations, subventions et participations",
    "75": "Autres produits de gestion courante",
    "76": "Produits financiers",
    "77": "Produits exceptionnels",
    "78": "Reprises sur provisions",
    "001": "Solde d'exécution de la section d'investissement reporté",
    "010": "Revenu minimum d'insertion",
    "018": "Revenu de solidarité active",
    "020": "Dépenses imprévues",
    "021": "Virement de la section de fonctionnement",
    "024": "Produits des cessions d'immobilisations",
    "040": "Opérations d'ordre de transfert entre sections",
    "041": "Opérations patrimoniales",
    "10": "Dotations, fonds divers et réserves",
    "13": "Subventions d'investissement",
    "16": "Emprunts et dettes assimilées",
    "18": "Compte de liaison : affectation (budgets annexes - régies non personnalisées)",
    "20": "Immobilisations incorporelles",
    "204": "Subventions d'équipement versées",
    "21": "Immobilisations corporelles",
    "22": "Immobilisations reçues en affectation",
    "23": "Immobilisations en cours",
    "26": "Participations et créances rattachées à des participations",
    "27": "Autres immobilisations financières",
  ]

  /// The title of chapter `code`: from the embedded table, else `Chapitre code`.
  public static func chapterTitle(_ code: String) -> String {
    embeddedChapterTitles[code] ?? "Chapitre \(code)"
  }
}
