extension Scenario {
  /// A tax rate voted on a revenue series from a year on, such as the departmental
  /// share of the taxe d'aménagement: the series' lines move by `voted / current`
  /// (revenue proportional to the rate on an unchanged base).
  ///
  /// DMTO lines (accounts 7321, 7322) are left to ``Scenario/dmtoRate``, which knows
  /// their legal ceiling.
  public struct TaxRate: Sendable, Hashable, Codable {
    /// The revenue series: a line, chapter or section (`chapter/I/R/10`).
    public var node: String
    /// The first year at the voted rate.
    public var year: Int
    /// The rate the forecast reflects (a fraction).
    public var current: Double
    /// The rate voted (a fraction).
    public var voted: Double
    /// The tax, for reports.
    public var label: String

    /// A rate voted on `node` from `year`.
    public init(node: String, year: Int, current: Double, voted: Double, label: String) {
      (self.node, self.year, self.current, self.voted, self.label) = (
        node, year, current, voted, label
      )
    }

    /// The factor on the series' lines in `year`: 1 before the vote, `voted / current`
    /// from it.
    public func factor(in year: Int) -> Double {
      year >= self.year ? voted / current : 1
    }
  }
}
