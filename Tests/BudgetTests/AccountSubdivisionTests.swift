import Testing

@testable import Budget

/// Accounts subdivided into sub-accounts: found from the data, and their history
/// carried over by first-year shares with every year's total kept to the cent.
@Suite("Accounts subdivided into sub-accounts")
struct AccountSubdivisionTests {
  static func line(
    _ year: Int, _ account: String, _ cents: Int64, function: String = "01",
    chapter: String = "731"
  ) -> BudgetLine {
    BudgetLine(
      entity: "D033", budget: "B00", year: year, stage: "CA", nomenclature: "M52",
      section: .operating, direction: .revenue, operation: .real, chapter: chapter,
      account: account, function: function, label: "compte \(account)", amountCents: cents)
  }

  /// Gironde's direct taxes: `7311` to 2011, then `73111`, `73112`, `73114` from 2012
  /// (the amounts of the real files, in cents).
  static let taxes = BudgetDataset(lines: [
    line(2010, "7311", 37_911_111_111), line(2011, "7311", 38_825_269_000),
    line(2012, "73111", 24_708_829_300), line(2012, "73112", 15_298_654_900),
    line(2012, "73114", 681_884_900), line(2013, "73111", 25_000_000_000),
    line(2013, "73112", 15_500_000_000), line(2013, "73114", 700_000_000),
    // Unrelated: another function, a merely similar number, a line already there.
    line(2011, "7312", 100_000), line(2012, "73121", 50_000), line(2010, "7318", 10),
    line(2012, "7318", 10), line(2012, "73181", 7, function: "02"),
  ])

  @Test func aSplitIsFoundAndItsHistoryAllocatedToTheCent() throws {
    let found = AccountSubdivision.find(in: Self.taxes)
    #expect(found.count == 2, "\(found)")
    let taxes = try #require(found.first { $0.account == "7311" })
    #expect(taxes.subAccounts == ["73111", "73112", "73114"] && taxes.year == 2012)
    let first: [Int64] = [24_708_829_300, 15_298_654_900, 681_884_900]
    for (share, cents) in zip(taxes.shares, first) {
      #expect(abs(share - Double(cents) / Double(first.reduce(0, +))) < 1e-15)
    }
    // `7312` ends in 2011 and `73121` starts in 2012: a single sub-account.
    #expect(found.contains { $0.account == "7312" && $0.subAccounts == ["73121"] })

    let joined = AccountSubdivision.apply(found, to: Self.taxes)
    #expect(!joined.lines.contains { $0.account == "7311" || $0.account == "7312" })
    for year in 2010...2013 {
      let before = Self.taxes.lines.filter { $0.year == year }.reduce(Int64(0)) {
        $0 + $1.amountCents
      }
      let after = joined.lines.filter { $0.year == year }.reduce(Int64(0)) { $0 + $1.amountCents }
      #expect(before == after, "\(year)")
    }
    let allocated = joined.lines.filter { $0.year == 2011 && $0.account.hasPrefix("7311") }
    #expect(allocated.map(\.account) == ["73111", "73112", "73114"])
    #expect(allocated.map(\.label) == ["compte 73111", "compte 73112", "compte 73114"])
    // Each but the last takes trunc(parent × share); the last the remainder.
    #expect(
      allocated[0].amountCents == Int64((38_825_269_000.0 * taxes.shares[0]).rounded(.towardZero)))
    #expect(abs(Double(allocated[1].amountCents) / 38_825_269_000 - taxes.shares[1]) < 1e-9)
  }

  @Test func splitsThatCannotBeAllocatedStayApart() {
    // A sub-account with a negative first year, or one that existed before the split.
    let negative = BudgetDataset(lines: [
      Self.line(2011, "7311", 100), Self.line(2012, "73111", 80), Self.line(2012, "73112", -5),
    ])
    #expect(AccountSubdivision.find(in: negative).isEmpty)
    let older = BudgetDataset(lines: [
      Self.line(2010, "73112", 5), Self.line(2011, "7311", 100), Self.line(2012, "73111", 80),
      Self.line(2012, "73112", 20),
    ])
    let found = AccountSubdivision.find(in: older)
    #expect(found.map(\.subAccounts) == [["73111"]])
  }

  @Test func theBridgeCarriesSplitsUnlessAsked() {
    #expect(NomenclatureBridge(Self.taxes).subdivisions.count == 2)
    #expect(NomenclatureBridge(Self.taxes, subdividedAccounts: false).subdivisions.isEmpty)
    let notes = NomenclatureBridge(Self.taxes).notes
    #expect(
      notes.contains {
        $0.hasPrefix(
          "account subdivided: F/R chapter 731 account 7311 function 01: into 73111 (61 %), 73112 (38 %), 73114 (2 %) from 2012"
        )
      }, "\(notes)")
  }

  /// At the M52 → M57 switch a subdivided account's sub-accounts may carry its function
  /// re-coded as the switch's joined lines re-code it (51 → 41 here, from `65111`).
  @Test func atTheSwitchSubAccountsMayCarryTheRecodedFunction() throws {
    let social = { (year: Int, account: String, function: String, cents: Int64) in
      BudgetLine(
        entity: "D033", budget: "B00", year: year, stage: "CA",
        nomenclature: year >= 2024 ? "M57" : "M52", section: .operating,
        direction: .expenditure, operation: .real, chapter: "65", account: account,
        function: function, label: account, amountCents: cents)
    }
    let dataset = BudgetDataset(lines: [
      social(2022, "65111", "51", 1_000), social(2023, "65111", "51", 1_100),
      social(2024, "65111", "41", 1_200), social(2022, "6574", "51", 900),
      social(2023, "6574", "51", 1_000), social(2024, "65741", "41", 300),
      social(2024, "65748", "41", 700),
    ])
    let bridge = NomenclatureBridge(dataset)
    #expect(bridge.functionMap == ["51": "41"])
    let split = try #require(bridge.subdivisions.first)
    #expect(bridge.subdivisions.count == 1)
    #expect(split.account == "6574" && split.function == "51" && split.year == 2024)
    #expect(split.subAccounts == ["65741", "65748"] && split.subFunctions == ["41", "41"])
    let joined = bridge.applied(to: dataset)
    let series = Dictionary(
      grouping: joined.lines, by: { "\($0.account)/\($0.function)" }
    ).mapValues { $0.map(\.amountCents).reduce(0, +) }
    #expect(
      series == ["65111/41": 3_300, "65741/41": 300 + 270 + 300, "65748/41": 700 + 630 + 700])
    #expect(split.description.contains("into 65741 function 41 (30 %), 65748 function 41 (70 %)"))
  }

  /// On random budgets whose accounts nest (`65`, `651`, `6511`, `65111`…), born and
  /// closed in random years, with zeros and negative amounts: every chapter's total of
  /// every year is kept to the cent, and no subdivided account keeps a line; enough of
  /// the budgets hold a split for this to test something.
  @Test func randomBudgetsKeepEveryChapterTotal() {
    var splits = 0
    for seed in UInt64(1)...200 {
      let dataset = Self.randomBudget(seed: seed)
      let bridge = NomenclatureBridge(dataset)
      let joined = bridge.applied(to: dataset)
      let totals = { (data: BudgetDataset) in
        Dictionary(grouping: data.lines, by: { "\($0.chapter)/\($0.direction)/\($0.year)" })
          .mapValues { $0.reduce(Int64(0)) { $0 + $1.amountCents } }
      }
      #expect(totals(dataset) == totals(joined), "seed \(seed)")
      for split in bridge.subdivisions {
        #expect(abs(split.shares.reduce(0, +) - 1) < 1e-12)
        #expect(
          !joined.lines.contains {
            $0.key == split.key && $0.amountCents != 0
          }, "seed \(seed): \(split)")
      }
      splits += bridge.subdivisions.count
    }
    #expect(splits >= 20, "\(splits) splits in 200 budgets")
  }

  /// Twelve random lines on nesting accounts, from a seed.
  static func randomBudget(seed: UInt64) -> BudgetDataset {
    var state = seed &* 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let accounts = ["65", "651", "6511", "65111", "65112", "652", "6521", "6522", "7311", "73111"]
    var lines: [BudgetLine] = []
    for _ in 0..<12 {
      let account = accounts[next(accounts.count)]
      let function = ["01", "41", "51"][next(3)]
      let start = 2015 + next(10)
      let end = start + next(2025 - start)
      for year in start...end {
        let cents = Int64(next(2_000_000)) - (next(10) == 0 ? 1_500_000 : 0)
        lines.append(
          BudgetLine(
            entity: "D001", budget: "B00", year: year, stage: "CA",
            nomenclature: year >= 2024 ? "M57" : "M52", section: .operating,
            direction: account.hasPrefix("7") ? .revenue : .expenditure, operation: .real,
            chapter: String(account.prefix(2)), account: account, function: function,
            label: account, amountCents: next(8) == 0 ? 0 : cents))
      }
    }
    return BudgetDataset(lines: lines)
  }

  /// An account subdivided twice (`651` into `6511` in 2019, `6511` into `65111` in
  /// 2021) carries its history down both steps.
  @Test func aSubAccountSubdividedInTurnPassesItsHistoryOn() {
    let line = { (year: Int, account: String, cents: Int64) in
      BudgetLine(
        entity: "D001", budget: "B00", year: year, stage: "CA", nomenclature: "M52",
        section: .operating, direction: .expenditure, operation: .real, chapter: "65",
        account: account, function: "01", label: account, amountCents: cents)
    }
    let dataset = BudgetDataset(lines: [
      line(2017, "651", 100), line(2018, "651", 110), line(2019, "6511", 120),
      line(2020, "6511", 130), line(2021, "65111", 140),
    ])
    let joined = AccountSubdivision.apply(AccountSubdivision.find(in: dataset), to: dataset)
    #expect(joined.lines.map(\.account) == Array(repeating: "65111", count: 5))
    #expect(joined.lines.map(\.amountCents) == [100, 110, 120, 130, 140])
  }
}
