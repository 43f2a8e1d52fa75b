import Budget

/// The budget lines that drivers move, recognised by section, direction, chapter and
/// account: the scenario rules (``ScenarioEffects``) and the estimation of their
/// elasticities (``ElasticityEstimator``) read lines through this one classification.
///
/// The accounts are the départements' plan (M52, and M57 as départements use it).
/// Personnel and general charges are every collectivité's chapters; RSA, APA, PCH and
/// the DMTO accounts are a département's only (``belongs(to:)``): a commune's 7321 is
/// its attribution de compensation from its intercommunality, not a transfer tax.
public enum DrivenLine: String, Sendable, Hashable, CaseIterable {
  /// RSA allowances: operating spending of chapter 017.
  case rsa
  /// APA (personal autonomy allowance): operating spending of chapter 016.
  case apa
  /// Disability compensation benefit (PCH): chapter 65, accounts 651121… (6511211 at
  /// home, 6511212 in an establishment; the same accounts in M52 and M57).
  case pch
  /// Personnel costs: chapter 012.
  case personnel
  /// General charges (purchases, services): chapter 011.
  case generalCharges = "general_charges"
  /// Real-estate transfer taxes (DMTO): operating revenue on accounts 7321 and 7322.
  case dmto

  /// The driven line a budget line belongs to, if any.
  public static func classify(section: String, direction: String, chapter: String, account: String)
    -> DrivenLine?
  {
    guard section == "F" else { return nil }
    if direction == "R" {
      return account.hasPrefix("7321") || account.hasPrefix("7322") ? .dmto : nil
    }
    guard direction == "D" else { return nil }
    switch chapter {
    case "017": return .rsa
    case "016": return .apa
    case "012": return .personnel
    case "011": return .generalCharges
    case "65": return account.hasPrefix("651121") ? .pch : nil
    default: return nil
    }
  }

  /// Whether the line is one of `kind`'s: personnel and general charges are everyone's,
  /// the others a département's.
  public func belongs(to kind: EntityKind) -> Bool {
    switch self {
    case .personnel, .generalCharges: return true
    case .rsa, .apa, .pch, .dmto: return kind == .departement
    }
  }

  /// The driven line of a hierarchy node of a `kind` budget, if any.
  public static func classify(node: String, kind: EntityKind) -> DrivenLine? {
    classify(node: node).flatMap { $0.belongs(to: kind) ? $0 : nil }
  }

  /// The driven line of a hierarchy node `line/F/D/017/65171/567`, if any.
  public static func classify(node: String) -> DrivenLine? {
    let parts = node.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 6, parts[0] == "line" else { return nil }
    return classify(section: parts[1], direction: parts[2], chapter: parts[3], account: parts[4])
  }
}
