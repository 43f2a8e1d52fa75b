import Foundation

/// A budget nomenclature (plan de comptes), read from the official XML published each
/// year (`<Nomenclature Norme="M52" Exer="2014">` with `<Chapitre>`, `<Compte>` and
/// `<RefFonc>` elements), ISO-8859-1 or UTF-8 as the file declares.
///
/// Each account's `DR` (`RR`) attribute is the chapter its real expenditure (revenue)
/// is voted on: the key that ties a nature account to its chapter.
public struct Nomenclature: Sendable, Hashable {
  /// A chapter of the nomenclature.
  public struct Chapter: Sendable, Hashable {
    /// Chapter code, such as `017`.
    public var code: String
    /// Its title in the plan.
    public var label: String
    /// `F` or `I`.
    public var section: String
    /// Whether it is a "special" chapter (RMI, APA, RSA: 015–018, 010).
    public var special: Bool

    /// A chapter.
    public init(code: String, label: String, section: String, special: Bool) {
      (self.code, self.label, self.section, self.special) = (code, label, section, special)
    }
  }

  /// A nature account and the chapters it is voted on.
  public struct Account: Sendable, Hashable {
    /// Account code, such as `65171`.
    public var code: String
    /// Its title in the plan.
    public var label: String
    /// Chapter of real expenditure, if any.
    public var expenditureChapter: String?
    /// Chapter of real revenue, if any.
    public var revenueChapter: String?

    /// An account.
    public init(code: String, label: String, expenditureChapter: String?, revenueChapter: String?) {
      (self.code, self.label) = (code, label)
      (self.expenditureChapter, self.revenueChapter) = (expenditureChapter, revenueChapter)
    }
  }

  /// The norm: `M52`, `M57` or another instruction.
  public var norm: String
  /// The year the nomenclature applies to.
  public var year: Int?
  /// Chapters by code.
  public var chapters: [String: Chapter]
  /// Nature accounts by code.
  public var accounts: [String: Account]
  /// Function codes and labels.
  public var functions: [String: String]

  /// A nomenclature from its parts.
  public init(
    norm: String, year: Int?, chapters: [String: Chapter], accounts: [String: Account],
    functions: [String: String]
  ) {
    (self.norm, self.year, self.chapters, self.accounts, self.functions) = (
      norm, year, chapters, accounts, functions
    )
  }

  /// `M52-2014`.
  public var name: String { year.map { "\(norm)-\($0)" } ?? norm }

  /// Reads the XML at `path`.
  ///
  /// - Throws: ``NomenclatureError`` naming the file, line and column of the first
  ///   fault when the XML is not well formed, or when it holds no chapter.
  public static func read(_ path: String) throws(NomenclatureError) -> Nomenclature {
    guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
    let tags: [XMLStartTag]
    do throws(XMLTagReader.Failure) {
      tags = try XMLTagReader.startTags(try XMLTranscoder.utf8Document([UInt8](data)))
    } catch {
      throw .malformed(path, line: error.line, column: error.column, detail: error.problem)
    }
    var plan = Nomenclature(norm: "", year: nil, chapters: [:], accounts: [:], functions: [:])
    for tag in tags { plan.add(tag) }
    guard !plan.chapters.isEmpty else {
      throw .malformed(path, line: 1, column: 1, detail: "no <Chapitre> element")
    }
    return plan
  }

  /// Takes what `tag` says: the norm and year of `<Nomenclature>`, a `<Chapitre>`, a
  /// `<Compte>` and its chapters, a function (`<RefFonc>`).
  private mutating func add(_ tag: XMLStartTag) {
    let attributes = tag.attributes
    switch tag.name {
    case "Nomenclature":
      norm = attributes["Norme"] ?? ""
      year = attributes["Exer"].flatMap(Int.init)
    case "Chapitre":
      guard let code = attributes["Code"] else { return }
      chapters[code] = .init(
        code: code, label: attributes["Libelle"] ?? "", section: attributes["Section"] ?? "",
        special: attributes["Special"] == "1")
    case "Compte":
      guard let code = attributes["Code"] else { return }
      let nonEmpty = { (value: String?) in value.flatMap { $0.isEmpty ? nil : $0 } }
      accounts[code] = .init(
        code: code, label: attributes["Libelle"] ?? "",
        expenditureChapter: nonEmpty(attributes["DR"]),
        revenueChapter: nonEmpty(attributes["RR"]))
    case "RefFonc":
      if let code = attributes["Code"] { functions[code] = attributes["Libelle"] ?? "" }
    default:
      break
    }
  }

  /// The chapter a real line of `account` in `direction` is voted on, if known.
  public func chapter(ofAccount account: String, direction: BudgetLine.Direction) -> String? {
    let entry = accounts[account]
    return direction == .expenditure ? entry?.expenditureChapter : entry?.revenueChapter
  }

  /// Named warnings about lines that do not fit this nomenclature: unknown chapters,
  /// and real lines whose chapter is not the one their account is voted on.
  public func check(_ dataset: BudgetDataset) -> [String] {
    var unknown: [String: Int] = [:]
    var mismatched: [String: Int] = [:]
    for line in dataset.lines {
      if chapters[line.chapter] == nil { unknown[line.chapter, default: 0] += 1 }
      if line.operation == .real,
        let expected = chapter(ofAccount: line.account, direction: line.direction),
        expected != line.chapter
      {
        mismatched[
          "account \(line.account) (\(line.direction.rawValue)) on chapter \(line.chapter), voted on \(expected)",
          default: 0] += 1
      }
    }
    return unknown.sorted { $0.key < $1.key }.map {
      "chapter \($0.key) is not in \(name) (\($0.value) lines)"
    }
      + mismatched.sorted { $0.key < $1.key }.map { "\($0.key) in \(name) (\($0.value) lines)" }
  }
}

/// Why a nomenclature file could not be read.
public enum NomenclatureError: Error, Sendable, Hashable, CustomStringConvertible {
  case unreadable(String)
  case malformed(String, line: Int, column: Int, detail: String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      return "\(path):1:1: file cannot be read; expected a plan-de-compte XML file"
    case .malformed(let path, let line, let column, let detail):
      return
        "\(path):\(line):\(column): \(detail); expected a plan-de-compte XML (<Nomenclature> with <Chapitre> and <Compte>)"
    }
  }
}
