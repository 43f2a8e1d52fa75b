import Foundation

/// A small, deterministic budget in budgetcast's long CSV, for tests that need a
/// whole run quickly: 2 sections × 2 directions × 3 chapters × 3 accounts, `years`
/// years from 2015, with trends and noise from a fixed linear congruential sequence.
public enum BudgetFixture {
  /// The long CSV text.
  public static func longCSV(years: Int = 9) -> String {
    var state: UInt64 = 0x5EED
    func noise() -> Double {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Double(state >> 11) / Double(1 << 53) - 0.5
    }
    var text =
      "entity,budget,year,stage,nomenclature,section,direction,operation,chapter,account,function,label,amount\n"
    let chapters: [(String, String, String)] = [
      ("F", "D", "011"), ("F", "D", "012"), ("F", "D", "017"), ("F", "R", "73"), ("F", "R", "74"),
      ("F", "R", "75"), ("I", "D", "20"), ("I", "D", "21"), ("I", "D", "23"), ("I", "R", "10"),
      ("I", "R", "13"), ("I", "R", "16"),
    ]
    for year in 0..<years {
      for (c, (section, direction, chapter)) in chapters.enumerated() {
        for a in 0..<3 {
          let base = Double(1_000_000 * (c + 1) + 250_000 * a)
          let trend = 1 + 0.02 * Double(year) * (a == 2 ? -1 : 1)
          let amount = (base * trend * (1 + 0.05 * noise()) * 100).rounded() / 100
          let account = "\(chapter)\(a + 1)"
          text +=
            "D999,principal,\(2015 + year),CA,M57,\(section),\(direction),real,\(chapter),\(account),"
            + "0\(a),Compte \(account),\(String(format: "%.2f", amount))\n"
        }
      }
    }
    return text
  }

  /// A small plan de comptes in the official XML layout (M52-2014), declared in
  /// `encoding`: chapters 011, 017, 73 and 16, the RSA, supplies, DMTO and loans accounts
  /// and one function.
  public static func planXML(encoding: String = "UTF-8") -> String {
    """
    <?xml version='1.0' encoding='\(encoding)'?>
    <Nomenclature Norme="M52" Declinaison="M52" Exer="2014">
      <Nature>
        <Chapitres>
          <Chapitre Code="011" Libelle="Charges à caractère général" TypeChapitre="G" Section="F" Special="0"/>
          <Chapitre Code="017" Libelle="Revenu de solidarité active" TypeChapitre="G" Section="F" Special="1"/>
          <Chapitre Code="73" Libelle="Impositions directes" TypeChapitre="G" Section="F" Special="0"/>
          <Chapitre Code="16" Libelle="Emprunts et dettes assimilées" TypeChapitre="G" Section="I" Special="0"/>
        </Chapitres>
        <Comptes>
          <Compte Code="6517" Libelle="Allocations RSA">
            <Compte Code="65171" Libelle="RSA forfaitaire" DR="017" RR="" ROES="" ROIS=""/>
          </Compte>
          <Compte Code="6064" Libelle="Fournitures administratives" DR="011" RR=""/>
          <Compte Code="7321" Libelle="DMTO" DR="" RR="73"/>
          <Compte Code="1641" Libelle="Emprunts en euros" DR="16" RR="16"/>
        </Comptes>
      </Nature>
      <Fonction>
        <Comptes>
          <RefFonc Code="567" Libelle="Allocations RSA" Lib_court="Allocations RSA"/>
        </Comptes>
      </Fonction>
    </Nomenclature>

    """
  }

  /// Monthly execution for a run of the fixture landing 2024: chapter 017 executed
  /// evenly over 2022 and 2023 (half the year by June), and 5.1 M€ from January to June
  /// 2024, which its execution profile lands at 10.2 M€ exactly (about the chapter's
  /// trend: 10.25 M€ in 2024).
  public static let monthlyExecution: String = {
    var text = "series_id,month,value\n"
    for year in [2022, 2023] {
      for month in 1...12 {
        text += "chapter/F/D/017,\(year)-\(month < 10 ? "0" : "")\(month),250000\n"
      }
    }
    for month in 1...6 { text += "chapter/F/D/017,2024-0\(month),850000\n" }
    return text
  }()
}
