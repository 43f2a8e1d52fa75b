import Budget
import BudgetForecast
import BudgetcastTestSupport
import Forecasting
import Reconciliation
import Testing

@Suite("Forecasting a budget hierarchy")
struct HierarchicalBudgetForecasterTests {
  /// A small département: two operating expenditure chapters (three lines), one
  /// investment chapter, one revenue chapter, six years; one line dies out.
  static let dataset: BudgetDataset = {
    var lines: [BudgetLine] = []
    func add(
      _ year: Int, _ section: BudgetLine.Section, _ direction: BudgetLine.Direction,
      _ chapter: String, _ account: String, _ euros: Double
    ) {
      lines.append(
        BudgetLine(
          entity: "D000", budget: "B00", year: year, stage: "CA", nomenclature: "M52",
          section: section,
          direction: direction, operation: .real, chapter: chapter, account: account,
          function: "50", label: account,
          amountCents: Int64((euros * 100).rounded())))
    }
    for (k, year) in (2018...2023).enumerated() {
      let t = Double(k)
      add(year, .operating, .expenditure, "017", "65171", 200e6 + 6e6 * t)
      add(
        year, .operating, .expenditure, "012", "64111", 150e6 + 3e6 * t + (k % 2 == 0 ? 1e6 : -1e6))
      add(year, .operating, .expenditure, "012", "64131", max(0, 5e6 - 1.2e6 * t))
      add(year, .investment, .expenditure, "21", "2151", 60e6 + (k % 3 == 0 ? 8e6 : -4e6))
      add(year, .operating, .revenue, "731", "73111", 420e6 + 5e6 * t)
    }
    lines.append(
      BudgetLine(
        entity: "D000", budget: "B00", year: 2023, stage: "CA", nomenclature: "M52",
        section: .operating,
        direction: .expenditure, operation: .order, chapter: "042", account: "6811", function: "01",
        label: "order",
        amountCents: 9_000_000))
    return BudgetDataset(lines: lines)
  }()

  @Test("Reconciled forecasts add up at every level", arguments: ReconciliationMethod.allCases)
  func coherent(method: ReconciliationMethod) {
    let hierarchy = BudgetHierarchy(Self.dataset)
    #expect(!hierarchy.nodes.contains { $0.chapter == "042" })  // order operations left out
    let result = HierarchicalBudgetForecaster(model: .auto, reconciliation: method).forecast(
      hierarchy, horizon: 3)
    for (index, node) in result.nodes.enumerated() {
      guard node.node.level != .line else { continue }
      let children = result.nodes.indices.filter { hierarchy.parents[$0] == index }
      for h in 0..<3 {
        let sum = children.reduce(0) { $0 + result.nodes[$1].reconciled.mean[h] }
        #expect(
          abs(sum - node.reconciled.mean[h]) <= 1e-9 * Swift.max(1, abs(node.reconciled.mean[h])),
          "\(node.node) h \(h + 1)")
      }
    }
    // The dying personnel line stays non-negative.
    let dying = try? #require(result.nodes.first { $0.node.account == "64131" })
    #expect(dying?.reconciled.mean.allSatisfy { $0 >= 0 } == true)
    #expect(result.years == [2024, 2025, 2026])
  }

  @Test("A held chapter keeps its never-negative lines at or above zero")
  func heldValuesKeepLinesNonNegative() throws {
    let hierarchy = BudgetHierarchy(Self.dataset)
    let forecaster = HierarchicalBudgetForecaster(model: .auto, reconciliation: .ols)
    let bases = forecaster.baseForecasts(hierarchy, horizon: 1)
    let chapter = try #require(
      hierarchy.nodes.firstIndex { $0.level == .chapter && $0.chapter == "012" })
    let small = try #require(hierarchy.nodes.firstIndex { $0.account == "64131" })
    let large = try #require(hierarchy.nodes.firstIndex { $0.account == "64111" })
    // OLS spreads a cut evenly, which would take the dying line 64131 below zero.
    let target = bases.forecasts[chapter].mean[0] - 20e6
    let result = try forecaster.reconcile(bases, with: .ols, holding: [0: [chapter: target]])
    #expect(result.nodes[chapter].reconciled.mean[0] == target)
    #expect(result.nodes[small].reconciled.mean[0] == 0)
    #expect(
      abs(result.nodes[large].reconciled.mean[0] - target) <= 1e-6 * target,
      "the other line takes the whole cut")
    #expect(result.notes.contains { $0.contains("held at zero") }, "\(result.notes)")
  }

  @Test("A local override moves its lines pro rata and its ancestors, nothing else")
  func localOverrideStaysLocal() throws {
    let hierarchy = BudgetHierarchy(Self.dataset)
    let forecaster = HierarchicalBudgetForecaster(model: .auto, reconciliation: .minTraceShrink)
    let bases = forecaster.baseForecasts(hierarchy, horizon: 2)
    let free = forecaster.reconcile(bases, with: .minTraceShrink)
    let chapter = try #require(
      hierarchy.nodes.firstIndex { $0.level == .chapter && $0.chapter == "012" })
    let raised = free.nodes[chapter].reconciled.mean[1] + 10e6
    let result = try forecaster.reconcile(
      bases, with: .minTraceShrink, holding: [1: [chapter: raised]], adjustment: .local)
    let under = { (index: Int) -> Bool in
      var node: Int? = index
      while let current = node {
        if current == chapter { return true }
        node = hierarchy.parents[current]
      }
      return false
    }
    var ancestors = Set<Int>()
    var node = hierarchy.parents[chapter]
    while let current = node {
      ancestors.insert(current)
      node = hierarchy.parents[current]
    }
    #expect(!ancestors.isEmpty)
    for index in hierarchy.nodes.indices {
      let before = free.nodes[index].reconciled.mean
      let after = result.nodes[index].reconciled.mean
      #expect(after[0] == before[0], "the first year is not held: \(hierarchy.nodes[index])")
      if ancestors.contains(index) || index == chapter {
        #expect(abs(after[1] - before[1] - 10e6) < 1e-6, "\(hierarchy.nodes[index])")
      } else if under(index) {
        // Pro rata: every line of the chapter grows by the same factor (to a few cents:
        // HeldValues' ε, 10⁻⁹ of the largest line, lets zero lines move too).
        let factor = raised / free.nodes[chapter].reconciled.mean[1]
        #expect(abs(after[1] - before[1] * factor) < 0.05)
      } else {
        #expect(after[1] == before[1], "untouched: \(hierarchy.nodes[index])")
      }
    }
    // With the whole forecast reconciled again, other series move too.
    let again = try forecaster.reconcile(
      bases, with: .minTraceShrink, holding: [1: [chapter: raised]], adjustment: .reconcile)
    #expect(
      hierarchy.nodes.indices.contains {
        !ancestors.contains($0) && !under($0)
          && again.nodes[$0].reconciled.mean[1] != free.nodes[$0].reconciled.mean[1]
      })
  }

  /// The fixture's lines from `first` on, with a constant line added (its one-step
  /// errors are zero, which makes MinT's covariance singular on a short history).
  static func recent(from first: Int) -> BudgetHierarchy {
    var lines = dataset.lines.filter { $0.year >= first }
    for year in first...2023 {
      lines.append(
        BudgetLine(
          entity: "D000", budget: "B00", year: year, stage: "CA", nomenclature: "M52",
          section: .operating, direction: .expenditure, operation: .real, chapter: "012",
          account: "6218", function: "50", label: "constant", amountCents: 700_000))
    }
    return BudgetHierarchy(BudgetDataset(lines: lines))
  }

  @Test("A singular MinT system falls back to WLS-variance, which keeps small lines alive")
  func singularMinTFallsBackToVarianceWeights() throws {
    let hierarchy = Self.recent(from: 2021)
    let forecaster = HierarchicalBudgetForecaster(model: .naive, reconciliation: .minTraceShrink)
    var bases = forecaster.baseForecasts(hierarchy, horizon: 2)
    // The personnel chapter's own forecast 10 M€ below its lines' sum.
    let chapter = try #require(
      hierarchy.nodes.firstIndex { $0.level == .chapter && $0.chapter == "012" })
    for h in 0..<2 { bases.forecasts[chapter].mean[h] -= 10e6 }
    let result = forecaster.reconcile(bases, with: .minTraceShrink)
    #expect(result.notes.contains { $0.contains("wls-var used for horizon 1") }, "\(result.notes)")
    let small = try #require(result.nodes.first { $0.node.account == "6218" })
    // Structural WLS would move this 7,000 € line as much as the 150 M€ one beside it.
    #expect(small.reconciled.mean.allSatisfy { abs($0 - 7_000) < 1 }, "\(small.reconciled.mean)")
  }

  @Test("Residual-based methods need three years; with two, bottom-up is used")
  func twoYearsUseBottomUp() {
    let result = HierarchicalBudgetForecaster(model: .naive, reconciliation: .minTraceShrink)
      .forecast(Self.recent(from: 2022), horizon: 1)
    #expect(result.reconciliation == .bottomUp)
    #expect(result.notes == ["mint-shrink needs at least 3 years of history; bu used instead"])
  }

  /// The fixture with a personnel line executed until 2021 and not in 2022–2023
  /// (closed), and one executed until 2022 only (one zero year: still open).
  static let withClosedLine: BudgetHierarchy = {
    var lines = dataset.lines
    for line in dataset.lines where line.account == "64111" {
      var closed = line
      closed.account = "64168"
      closed.amountCents =
        line.year <= 2021 ? 4_000_000_00 + Int64(line.year - 2018) * 10_000_00 : 0
      if closed.amountCents != 0 { lines.append(closed) }
      var paused = line
      paused.account = "64172"
      paused.amountCents = line.year <= 2022 ? 2_000_000_00 : 0
      if paused.amountCents != 0 { lines.append(paused) }
    }
    return BudgetHierarchy(BudgetDataset(lines: lines))
  }()

  @Test(
    "A line closed for two years is forecast at zero and stays there",
    arguments: ReconciliationMethod.allCases)
  func closedLineStaysAtZero(method: ReconciliationMethod) throws {
    let hierarchy = Self.withClosedLine
    let result = HierarchicalBudgetForecaster(model: .ensemble, reconciliation: method).forecast(
      hierarchy, horizon: 2)
    let closed = try #require(result.nodes.first { $0.node.account == "64168" })
    #expect(closed.model == "zero (closed line)")
    #expect(closed.fallbacks.isEmpty)
    #expect(closed.remarks == [.closedLine(firstZeroYear: 2022, lastYear: 2023)])
    #expect(
      closed.remarks.first?.description == "closed: zero in 2022–2023, the last executed years")
    #expect(closed.reconciled.mean == [0, 0], "\(method)")
    #expect(closed.reconciled.intervals.allSatisfy { $0.lower == [0, 0] && $0.upper == [0, 0] })
    let paused = try #require(result.nodes.first { $0.node.account == "64172" })
    #expect(paused.model != "zero (closed line)")
    // Still coherent: the personnel chapter is the sum of its lines.
    let chapter = try #require(
      result.nodes.first { $0.node.level == .chapter && $0.node.chapter == "012" })
    for h in 0..<2 {
      let sum = result.nodes.filter { $0.node.level == .line && $0.node.chapter == "012" }
        .reduce(0) { $0 + $1.reconciled.mean[h] }
      #expect(abs(chapter.reconciled.mean[h] - sum) < 1e-6 * abs(sum))
    }
  }

  @Test func backtestReportsEveryLevelAndMethod() {
    let rows = BudgetBacktest(forecaster: HierarchicalBudgetForecaster(model: .auto)).run(
      Self.dataset, origin: 2021, horizon: 2)
    #expect(
      Set(rows.map(\.method)) == Set(["base"] + ReconciliationMethod.allCases.map(\.rawValue)))
    #expect(Set(rows.map(\.level)) == Set(BudgetHierarchy.Level.allCases))
    // Origins 2021 (two years ahead) and 2022 (one): 3 scored years per total.
    #expect(rows.first { $0.level == .total && $0.method == "base" }?.count == 6)
    #expect(rows.allSatisfy { $0.mape.isFinite })
  }

  /// The hook that sets driven lines from their drivers changes each origin's base
  /// forecasts before they are scored: forecasts set to zero miss by 100 %.
  @Test func backtestScoresTheAdjustedBases() {
    let backtest = BudgetBacktest(
      forecaster: HierarchicalBudgetForecaster(model: .naive), methods: [],
      adjustingBases: { bases, origin in
        #expect((2021...2022).contains(origin))
        for index in bases.forecasts.indices {
          bases.forecasts[index].mean = bases.forecasts[index].mean.map { _ in 0 }
        }
      })
    let rows = backtest.run(Self.dataset, origin: 2021, horizon: 2)
    #expect(!rows.isEmpty && rows.allSatisfy { $0.method == "base" && abs($0.mape - 100) < 1e-9 })
  }
}
