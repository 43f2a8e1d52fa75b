import Foundation

/// A forecast model's recorded name read in parts, for the report's summary of the
/// models used.
///
/// A combination is written `mean(ETS(A,N,N), Theta, DOTM, ARIMA(0,1,0) with drift)`;
/// its members are the top-level comma-separated names inside, each of a *kind* (the
/// word before its parenthesis: `ETS`, `ARIMA`) and a *form* (the whole member). A
/// regression on drivers (`ln apa ~ ln population_85, ARIMA(0,1,0) with drift`) is
/// one method, named whole.
struct ModelName {
  /// The name as the run recorded it.
  let text: String

  /// The method with its members' forms left out: `mean(ETS, Theta, DOTM, ARIMA)`,
  /// `ETS`, `zero (closed line)`; a regression on drivers whole.
  var family: String {
    if isRegression { return text }
    guard let members = combinationMembers else { return Self.kind(of: text) }
    return "mean(" + members.map(Self.kind(of:)).joined(separator: ", ") + ")"
  }

  /// The (kind, form) pairs whose form says more than the kind: `("ETS", "ETS(A,N,N)")`;
  /// none for a regression on drivers or a member without parameters (`Theta`).
  var forms: [(kind: String, form: String)] {
    if isRegression { return [] }
    return (combinationMembers ?? [text]).compactMap { member in
      let kind = Self.kind(of: member)
      return kind == member ? nil : (kind, member)
    }
  }

  private var isRegression: Bool { text.contains("~") }

  /// The members of `mean(…)`, split at the commas outside parentheses.
  private var combinationMembers: [String]? {
    guard text.hasPrefix("mean("), text.hasSuffix(")") else { return nil }
    let inside = text.dropFirst(5).dropLast()
    var members: [String] = []
    var current = ""
    var depth = 0
    for character in inside {
      switch character {
      case "(": depth += 1
      case ")": depth -= 1
      case "," where depth == 0:
        members.append(current.trimmingCharacters(in: .whitespaces))
        current = ""
        continue
      default: break
      }
      current.append(character)
    }
    members.append(current.trimmingCharacters(in: .whitespaces))
    return members
  }

  /// The word a parenthesis is attached to (`ARIMA` of `ARIMA(0,1,0) with drift`),
  /// or the whole name when none is (`zero (closed line)`, `Theta`).
  private static func kind(of member: String) -> String {
    guard let open = member.firstIndex(of: "("), open > member.startIndex,
      member[member.index(before: open)] != " "
    else { return member }
    return String(member[..<open])
  }
}
