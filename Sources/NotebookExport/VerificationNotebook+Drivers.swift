/// The notebook's checks of the driver models: the elasticities re-estimated with
/// statsmodels, then the scenario's driver rules re-applied with them.
extension VerificationNotebook {
  static var driverSections: [(markdown: String, code: String)] {
    [elasticitySection, scenarioRulesSection]
  }

  /// Section 5: every elasticity re-estimated with statsmodels, and the value used checked.
  static let elasticitySection: (markdown: String, code: String) = (
    markdown: #"""
    ## 5. Driver elasticities re-estimated
    Each elasticity the scenario rules use is re-estimated with statsmodels from the archived driver history and the snapshot, and budgetcast's choice of the value used is checked.
    """#,
    code: #"""
    # The driver models' elasticities re-estimated with statsmodels from the archived
    # driver history and the snapshot: the yearly log growth of each line (or of RSA
    # households) on its transformed driver, with a constant, by exact maximum likelihood
    # with white-noise or AR(1) errors (the lower AICc; AR(1) from 10 years), over the
    # longest run of consecutive years (for the unemployment lag of RSA households, the
    # lags 0, 1 and 2 fitted on their common years, the lower AICc chosen); then
    # budgetcast's rule for the value used
    # (estimate if |t| ≥ 2 and in its plausible range, else the default; the scenario's
    # own value first).
    import warnings
    from statsmodels.tsa.arima.model import ARIMA as StatsmodelsARIMA

    TOLERANCE_ELASTICITY = 0.02  # in standard errors: two optimisers' optima (R agrees with budgetcast to 1e-6)
    TOLERANCE_STANDARD_ERROR = 0.02  # relative: Hessians by different numerical schemes
    DEFAULTS = {"rsa_households_per_unemployment_point": 0.09}
    PLAUSIBLE = {"rsa_households_per_unemployment_point": (0.0, 0.25)}

    history_input = next((i for i in manifest["inputs"] if i["role"] == "driver-history"), None)


    def read_history(data):
        """driver -> {year: value}; `,` or `;` separators, decimal comma after `;`; a
        level in force from a month (`2025-04`) gives each year it covers, from the
        first whose January it covers to the last date's year, its months' mean."""
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        lines = [l for l in text.splitlines() if l.strip()]
        separator = ";" if ";" in lines[0] else ("\t" if "\t" in lines[0] else ",")
        table = list(csv.reader(lines, delimiter=separator))
        at = {name.strip(): i for i, name in enumerate(table[0])}
        result, dated = {}, {}
        for r in table[1:]:
            raw = r[at["value"]].strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
            if separator != ",":
                raw = raw.replace(".", "").replace(",", ".") if "," in raw else raw
            name, year = r[at["driver"]].strip(), r[at["year"]].strip()
            if "-" in year:
                dated.setdefault(name, {})[12 * int(year[:4]) + int(year[5:]) - 1] = float(raw)
            else:
                result.setdefault(name, {})[int(year)] = float(raw)
        for name, schedule in dated.items():
            months = sorted(schedule)
            for year in range(-(-months[0] // 12), months[-1] // 12 + 1):
                in_force = [schedule[max(m for m in months if m <= 12 * year + k)] for k in range(12)]
                result.setdefault(name, {})[year] = sum(in_force) / 12
        return result


    def line_plans(rows):
        """The functional plan each line is read in: the nomenclature (M52 or M57) all
        lines of the last year it was executed in name (None without one); and the plan
        of the last year, in which the forecast lines are read."""
        names, last = {}, {}
        for r in rows:
            year = int(r[column["year"]])
            names.setdefault(year, set()).add(r[column["nomenclature"]].upper()[:3])
            key = tuple(r[column[c]] for c in ("section", "direction", "chapter", "account", "function"))
            last[key] = max(last.get(key, year), year)
        plans = {y: next(iter(n)) for y, n in names.items() if len(n) == 1 and n <= {"M52", "M57"}}
        return {key: plans.get(year) for key, year in last.items()}, plans.get(max(names, default=None))


    def child_welfare(function, plan):
        """Famille et enfance: function 51… in M52, 421… in M57 (either without a plan)."""
        if plan in ("M52", "M57"):
            return function.startswith("51" if plan == "M52" else "421")
        return function.startswith(("51", "421"))


    LINE_PLANS, LAST_PLAN = line_plans(snapshot[1:] + provisional_rows[1:])


    def line_totals():
        """Real operating totals by year of the driven lines, from the snapshot (and the
        completed year of a landed run)."""
        totals = {}
        for r in snapshot[1:] + provisional_rows[1:]:
            if r[column["operation"]] != "real" or r[column["section"]] != "F":
                continue
            d, chapter, account = r[column["direction"]], r[column["chapter"]], r[column["account"]]
            name = None
            if d == "D":
                name = {"017": "rsa", "016": "apa", "012": "personnel", "011": "charges"}.get(chapter)
                if chapter == "65" and account.startswith("651121"):
                    name = "pch"
                elif chapter == "65" and child_welfare(r[column["function"]], LINE_PLANS.get(
                        tuple(r[column[c]] for c in ("section", "direction", "chapter", "account", "function")))):
                    name = "child_welfare"
            elif account.startswith(("7321", "7322")):
                name = "dmto"
            if name in ("rsa", "apa", "pch", "child_welfare", "dmto") and not departement:
                name = None
            if name:
                year = int(r[column["year"]])
                totals.setdefault(name, {})[year] = totals.get(name, {}).get(year, 0) + int(Decimal(r[column["amount"]]) * 100)
        return {name: {y: c / 100 for y, c in v.items()} for name, v in totals.items()}


    def growth(levels, year):
        now, before = levels.get(year), levels.get(year - 1)
        return np.log(now / before) if now and before and now > 0 and before > 0 else None


    def regressor(driver, transform, year, lag):
        d = drivers.get(driver, {})
        if transform == "growth":
            return growth(d, year)
        if transform == "lagged change":
            return d[year - lag] - d[year - lag - 1] if year - lag in d and year - lag - 1 in d else None
        return d[year] / 100 if year in d else None


    def longest_run(rows):
        """The longest run of consecutive years (the latest on a tie)."""
        best, start = (0, 0), 0
        for i in range(len(rows)):
            if i == len(rows) - 1 or rows[i + 1][0] != rows[i][0] + 1:
                if i + 1 - start >= best[1] - best[0]:
                    best = (start, i + 1)
                start = i + 1
        return rows[best[0] : best[1]]


    LAGS = {"rsa_households_per_unemployment_point": (0, 1, 2)}
    DEFAULT_LAG = 1
    # A scenario file may fix a lag (its `lags:` key): that lag alone is fitted.
    for fixed_name, fixed_lag in ((scenario or {}).get("lags") or {}).items():
        LAGS[fixed_name] = (fixed_lag,)


    # (response, [(elasticity, driver, transform)]), as documented in budgetcast's DriverModel.
    MODELS = [
        ("driver:rsa_households", [("rsa_households_per_unemployment_point", "unemployment_rate", "lagged change")]),
        ("line:apa", [("apa_per_population_75", "population_75", "growth")]),
        ("line:apa", [("apa_per_population_85", "population_85", "growth")]),
        ("line:pch", [("pch_per_beneficiaries", "pch_beneficiaries", "growth")]),
        ("line:child_welfare", [("child_welfare_per_children", "ase_children", "growth")]),
        ("line:personnel", [("personnel_per_pay_index", "pay_index", "growth")]),
        ("line:charges", [("charges_per_inflation_point", "inflation", "percent")]),
        ("line:dmto", [("dmto_per_transactions", "real_estate_transactions", "growth"),
                       ("dmto_per_prices", "real_estate_prices", "growth")]),
    ]

    checked = []
    if history_input is None:
        if any(e.get("estimate") for e in elasticities.values()):
            raise AssertionError("estimates archived without a driver history")
        print("no driver history in this run: every elasticity is the scenario's or the default")
    else:
        drivers = read_history(archived(history_input["sha256"]))
        totals = line_totals()
        for response, regressors in MODELS:
            kind, name = response.split(":")
            levels = drivers.get(name, {}) if kind == "driver" else totals.get(name, {})
            lags = next((LAGS[e] for e, _, _ in regressors if e in LAGS), (None,))
            by_lag = {}
            for lag in lags:
                rows = []
                for year in sorted(levels):
                    if year > years[-1]:
                        continue  # projections beyond the accounts are not data
                    y = growth(levels, year)
                    x = [regressor(driver, transform, year, DEFAULT_LAG if lag is None else lag) for _, driver, transform in regressors]
                    if y is not None and all(v is not None and np.isfinite(v) for v in x):
                        rows.append((year, y, x))
                by_lag[lag] = rows
            common = set.intersection(*[{r[0] for r in rows} for rows in by_lag.values()])
            windows = {lag: longest_run([r for r in rows if r[0] in common]) for lag, rows in by_lag.items()}
            window = windows[lags[0]]
            chosen = None
            if len(window) >= 8:
                for lag, rows in windows.items():
                    y = np.array([r[1] for r in rows])
                    X = np.array([r[2] for r in rows])
                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        fits = [StatsmodelsARIMA(y, exog=X, order=(p, 0, 0), trend="c").fit(cov_type="approx")
                                for p in ((0, 1) if len(rows) >= 10 else (0,))]
                    best_fit = min(fits, key=lambda f: f.aicc)
                    if chosen is None or best_fit.aicc < chosen[0].aicc:
                        chosen = (best_fit, lag)
            for j, (elasticity, _, _) in enumerate(regressors):
                archived_one = elasticities[elasticity]
                estimate = archived_one.get("estimate")
                if len(window) < 8:
                    if estimate:
                        raise AssertionError(f"{elasticity}: {len(window)} years, yet budgetcast estimated it")
                    continue
                fit, lag = chosen
                if lag is not None and estimate is not None and lag != estimate.get("lag"):
                    raise AssertionError(f"{elasticity}: statsmodels' AICc chooses lag {lag}, budgetcast {estimate.get('lag')}")
                value, se = fit.params[1 + j], fit.bse[1 + j]
                if estimate is None:
                    raise AssertionError(f"{elasticity}: statsmodels estimates {value:.4f}, budgetcast archived none")
                if abs(value - estimate["value"]) > TOLERANCE_ELASTICITY * se:
                    raise AssertionError(f"{elasticity}: statsmodels {value}, budgetcast {estimate['value']}")
                if abs(se - estimate["standardError"]) > TOLERANCE_STANDARD_ERROR * se:
                    raise AssertionError(f"{elasticity}: standard error {se}, budgetcast {estimate['standardError']}")
                if (window[0][0], window[-1][0]) != (estimate["firstYear"], estimate["lastYear"]):
                    raise AssertionError(f"{elasticity}: years differ")
                low, high = PLAUSIBLE.get(elasticity, (0.0, 2.0))
                t = abs(estimate["value"] / estimate["standardError"])
                override = (scenario or {}).get("elasticities", {}).get(elasticity)
                expected = override if override is not None else (
                    estimate["value"] if t >= 2 and low <= estimate["value"] <= high else DEFAULTS.get(elasticity, 1.0))
                if expected != archived_one["used"]:
                    raise AssertionError(f"{elasticity}: the rule gives {expected}, budgetcast used {archived_one['used']}")
                checked.append((elasticity, value, estimate["value"], se, estimate["standardError"], archived_one["used"]))
        print(f"{'elasticity':40} {'statsmodels':>11} {'budgetcast':>11} {'sm s.e.':>8} {'bc s.e.':>8} {'used':>7}")
        for row in checked:
            print(f"{row[0]:40} {row[1]:11.4f} {row[2]:11.4f} {row[3]:8.4f} {row[4]:8.4f} {row[5]:7.4f}")
        print(f"{len(checked)} elasticities re-estimated: values within {TOLERANCE_ELASTICITY} standard error, standard errors within {TOLERANCE_STANDARD_ERROR:.0%}, the value used by the rule")
    """#
  )
}
