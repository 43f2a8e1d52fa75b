import Budget

/// The budget lines that drivers move, recognised by section, direction, chapter and
/// account: the scenario rules (``ScenarioEffects``) and the estimation of their
/// elasticities (``ElasticityEstimator``) read lines through this one classification.
///
/// The accounts are the départements' plan (M52, and M57 as départements use it).
/// Personnel and general charges are every collectivité's chapters; RSA, APA, PCH,
/// child welfare and the DMTO accounts are a département's only (``belongs(to:)``): a
/// commune's 7321 is its attribution de compensation from its intercommunality, not a
/// transfer tax.
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
  /// Child welfare (aide sociale à l'enfance): chapter 65 on the function *Famille et
  /// enfance*, 51… in M52 and 421… in M57 (``isChildWelfare(function:plan:)``), PCH's
  /// accounts apart. Its staff (chapter 012) stay personnel.
  case childWelfare = "child_welfare"
  /// Real-estate transfer taxes (DMTO): operating revenue on accounts 7321 and 7322.
  case dmto

  /// Whether a function code of `plan` is *Famille et enfance*: 51… in M52, 421… in
  /// M57.
  ///
  /// M57's 421 holds 4211 maternité, 4212 aides à la famille, 4213 aide sociale à
  /// l'enfance and 4214 adolescence; M57's 51 is *Aménagement et services urbains*.
  /// Without a plan (accounts that name neither) either code is read as child welfare.
  public static func isChildWelfare(function: String, plan: FunctionalPlan?) -> Bool {
    switch plan {
    case .m52: return function.hasPrefix("51")
    case .m57: return function.hasPrefix("421")
    case nil: return function.hasPrefix("51") || function.hasPrefix("421")
    }
  }

  /// The driven line a budget line belongs to, if any; its function code is read in
  /// `plan` (``FunctionalPlan``).
  public static func classify(
    section: String, direction: String, chapter: String, account: String, function: String,
    plan: FunctionalPlan?
  ) -> DrivenLine? {
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
    case "65":
      if account.hasPrefix("651121") { return .pch }
      return isChildWelfare(function: function, plan: plan) ? .childWelfare : nil
    default: return nil
    }
  }

  /// Whether the line is one of `kind`'s: personnel and general charges are everyone's,
  /// the others a département's.
  public func belongs(to kind: EntityKind) -> Bool {
    switch self {
    case .personnel, .generalCharges: return true
    case .rsa, .apa, .pch, .childWelfare, .dmto: return kind == .departement
    }
  }

  /// The driven line of a hierarchy node of a `kind` budget, if any.
  public static func classify(node: String, kind: EntityKind, plan: FunctionalPlan?)
    -> DrivenLine?
  {
    classify(node: node, plan: plan).flatMap { $0.belongs(to: kind) ? $0 : nil }
  }

  /// The driven line of a hierarchy node `line/F/D/017/65171/567`, if any, its function
  /// code read in `plan`.
  public static func classify(node: String, plan: FunctionalPlan?) -> DrivenLine? {
    let parts = node.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 6, parts[0] == "line" else { return nil }
    return classify(
      section: parts[1], direction: parts[2], chapter: parts[3], account: parts[4],
      function: parts[5], plan: plan)
  }
}
