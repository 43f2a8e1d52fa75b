/// A "what if": driver paths, policy levers, one-off shocks and assumptions applied to
/// an unchanged-policy forecast.
///
/// Every change is relative to the baseline forecast, year by year, so a scenario reads
/// as the finance director states it: "unemployment one point higher from 2025", "the
/// RSA base amount revalued by 4.6 % in April 2025", "transactions 15 % lower".
public struct Scenario: Sendable, Hashable, Codable {
  /// A short title shown in reports.
  public var name: String
  public var description: String
  /// Years ahead the scenario is written for (3 to 5), when it says; `forecast` uses it
  /// when no `--horizon` is given.
  public var horizon: Int?
  /// Free-text assumptions shown in reports.
  public var assumptions: [String]
  /// Driver changes against the baseline, by driver and year.
  public var drivers: [Driver: [Int: Double]]
  /// Driver paths given as levels or growth rates, read against each driver's own
  /// forecast when the run is computed (``DriverPathResolver``), which turns them into
  /// changes.
  public var assumedPaths: [Driver: AssumedPath]
  /// An extra revaluation of the RSA base amount.
  public var rsaRevaluation: Revaluation?
  /// A dated step of the civil-service pay index (point d'indice), such as +0.5 % on
  /// 1 July, beyond the `pay_index` driver's yearly changes.
  public var payIndexStep: Revaluation?
  /// The DMTO rate voted (a fraction; the baseline assumes ``baselineDMTORate``).
  public var dmtoRate: Double?
  /// The employer pension-contribution rate (CNRACL) by year, moving the contribution
  /// lines of personnel costs.
  public var pensionRate: PensionRate?
  /// The multi-year investment programme (PPI): equipment spending by year (euros),
  /// real investment spending outside chapter 16; years not given keep the forecast.
  public var investmentProgramme: [Int: Double]
  /// Tax rates voted on revenue lines other than DMTO (``dmtoRate``).
  public var taxRates: [TaxRate]
  /// One-off amounts added to a series in a year (euros).
  public var shocks: [Shock]
  /// The debt stock and new-borrowing terms, for the debt schedule.
  public var debt: Debt?
  /// Elasticities overriding the documented defaults, by name.
  public var elasticities: [String: Double]
  /// Lags in years fixed by the scenario file, by elasticity name, for the relations
  /// whose driver acts through its change (unemployment on RSA households): the
  /// estimation fits that lag only, and the scenario rules use it whatever the
  /// estimate's verdict.
  public var lags: [String: Int]

  /// The horizons a scenario file may set, in years (a multi-year prospective).
  public static let horizonRange = 3...5

  /// The lags a scenario file may set, in years.
  public static let lagRange = 0...3

  /// The DMTO rate the baseline assumes (4.5 %, the ceiling from 2014 to March 2025).
  public static let baselineDMTORate = 0.045
  /// The legal ceiling of the DMTO rate (5 % for deeds signed from 1 April 2025).
  public static let dmtoCeiling = 0.05

  /// Drivers a scenario can move, with how their values are read.
  public enum Driver: String, Sendable, Hashable, Codable, CaseIterable {
    /// Unemployment rate: change in percentage points.
    case unemploymentRate = "unemployment_rate"
    /// RSA households: relative change (−0.05 for −5 %).
    case rsaHouseholds = "rsa_households"
    /// RSA base amount (montant forfaitaire): relative change, beyond a dated
    /// revaluation (``Scenario/rsaRevaluation``).
    case rsaBaseAmount = "rsa_base_amount"
    /// Total population (INSEE's legal population): relative change. It drives no
    /// line; the per-inhabitant statutory ratios of reports read it.
    case population
    /// Population aged 75 and over: relative change.
    case population75 = "population_75"
    /// Population aged 85 and over: relative change.
    case population85 = "population_85"
    /// Beneficiaries of the disability compensation benefit (PCH): relative change.
    case pchBeneficiaries = "pch_beneficiaries"
    /// Children in the care of child welfare (enfants confiés à l'ASE): relative change.
    /// Reports also split child-welfare spending into this volume and a cost per child.
    case aseChildren = "ase_children"
    /// Real-estate transactions: relative change.
    case realEstateTransactions = "real_estate_transactions"
    /// Real-estate prices: relative change.
    case realEstatePrices = "real_estate_prices"
    /// Inflation: change in percentage points of the yearly rate.
    case inflation
    /// Civil-service pay index: relative change.
    case payIndex = "pay_index"
    /// Interest rates of new borrowing and of variable-rate loans: change in percentage
    /// points.
    case interestRate = "interest_rate"

    /// Whether values are percentage points (else relative changes).
    public var isInPoints: Bool {
      self == .unemploymentRate || self == .inflation || self == .interestRate
    }
  }

  /// A revaluation or step: its date and rate.
  public struct Revaluation: Sendable, Hashable, Codable {
    /// The year it takes effect.
    public var year: Int
    /// 1 to 12.
    public var month: Int
    /// A fraction (0.046 for 4.6 %).
    public var rate: Double

    /// A revaluation of `rate` from `month` of `year`.
    public init(year: Int, month: Int, rate: Double) {
      (self.year, self.month, self.rate) = (year, month, rate)
    }

    /// The share of the rate that counts in `year`: none before, (13 − month)/12 in its
    /// own year (a revaluation in April counts for nine months), all of it after.
    public func share(in year: Int) -> Double {
      year < self.year ? 0 : year == self.year ? Double(13 - month) / 12 : 1
    }
  }

  /// A one-off amount.
  public struct Shock: Sendable, Hashable, Codable {
    /// A series: `line/F/D/…`, `chapter/F/D/011`.
    public var node: String
    /// The year it falls in.
    public var year: Int
    /// Euros (negative for a saving or a loss of revenue).
    public var amount: Double
    /// What it is, as reports show it.
    public var label: String
  }

  /// The debt at the end of the last executed year and the terms of new loans.
  public struct Debt: Sendable, Hashable, Codable {
    /// Outstanding debt at 31 December of the last executed year (euros).
    public var outstanding: Double
    /// Years over which the existing stock is repaid (constant capital).
    public var residualYears: Int
    /// Average interest rate on the existing stock (a fraction).
    public var rate: Double
    /// Maturity of new loans (years, constant capital).
    public var newLoanYears: Int
    /// Interest rate of new loans (a fraction).
    public var newLoanRate: Double
    /// How new loans are repaid (nil: constant capital).
    public var newLoanProfile: Loan.Profile? = nil
    /// The loan table, when given: each existing loan with its own terms.
    ///
    /// Their outstanding capital sums to `outstanding`. Without it, the stock is one
    /// loan repaid in constant capital over `residualYears` at `rate`.
    public var loans: [Loan]? = nil

    /// The existing loans: the table, else one loan of the aggregate terms.
    public var existingLoans: [Loan] {
      loans
        ?? [
          Loan(
            name: "encours", outstanding: outstanding, rate: rate, years: residualYears,
            profile: .constant)
        ]
    }
  }

  /// An existing loan, from the loan table (état de la dette).
  public struct Loan: Sendable, Hashable, Codable {
    /// How a loan is repaid.
    public enum Profile: String, Sendable, Hashable, Codable, CaseIterable {
      /// The same capital every year (interest falls with the capital).
      case constant
      /// The same payment every year (capital rises as interest falls).
      case annuity
      /// Interest every year and the whole capital in the last (in fine: bonds, and
      /// some bank loans).
      case inFine = "in_fine"
    }

    /// The loan's name, as reports show it.
    public var name: String
    /// Outstanding capital at 31 December of the last executed year (euros).
    public var outstanding: Double
    /// Interest rate (a fraction): fixed, or today's for a variable-rate loan.
    public var rate: Double
    /// Years left to repay.
    public var years: Int
    /// How its capital is repaid.
    public var profile: Profile
    /// True for a variable-rate loan, whose rate moves with the scenario's
    /// `interest_rate` changes (nil or false: fixed).
    public var variable: Bool?

    /// A loan of the table.
    public init(
      name: String, outstanding: Double, rate: Double, years: Int, profile: Profile,
      variable: Bool? = nil
    ) {
      (self.name, self.outstanding, self.rate, self.years, self.profile) = (
        name, outstanding, rate, years, profile
      )
      self.variable = variable
    }
  }

  /// An empty scenario: the baseline itself.
  public init(name: String) {
    self.name = name
    description = ""
    assumptions = []
    drivers = [:]
    assumedPaths = [:]
    investmentProgramme = [:]
    taxRates = []
    shocks = []
    elasticities = [:]
    lags = [:]
  }
}

extension Scenario {
  /// Decodes a scenario archived by any version: `lags` arrived later and is empty
  /// when absent, `payIndexStep`, `horizon`, `investmentProgramme`, `taxRates` and `assumedPaths` later
  /// still, `pensionRate` last.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    name = try c.decode(String.self, forKey: .name)
    description = try c.decode(String.self, forKey: .description)
    horizon = try c.decodeIfPresent(Int.self, forKey: .horizon)
    assumptions = try c.decode([String].self, forKey: .assumptions)
    drivers = try c.decode([Driver: [Int: Double]].self, forKey: .drivers)
    assumedPaths = try c.decodeIfPresent([Driver: AssumedPath].self, forKey: .assumedPaths) ?? [:]
    rsaRevaluation = try c.decodeIfPresent(Revaluation.self, forKey: .rsaRevaluation)
    payIndexStep = try c.decodeIfPresent(Revaluation.self, forKey: .payIndexStep)
    dmtoRate = try c.decodeIfPresent(Double.self, forKey: .dmtoRate)
    pensionRate = try c.decodeIfPresent(PensionRate.self, forKey: .pensionRate)
    investmentProgramme =
      try c.decodeIfPresent([Int: Double].self, forKey: .investmentProgramme) ?? [:]
    taxRates = try c.decodeIfPresent([TaxRate].self, forKey: .taxRates) ?? []
    shocks = try c.decode([Shock].self, forKey: .shocks)
    debt = try c.decodeIfPresent(Debt.self, forKey: .debt)
    elasticities = try c.decode([String: Double].self, forKey: .elasticities)
    lags = try c.decodeIfPresent([String: Int].self, forKey: .lags) ?? [:]
  }
}
