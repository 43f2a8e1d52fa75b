extension VerificationNotebook {
  /// Section 7: the scenario's effect on each line, by cause, re-derived from its file and the documented rules.
  static let scenarioRulesSection: (markdown: String, code: String) = (
    markdown: #"""
    ## 7. Scenario driver rules re-applied
    The scenario's effect on each line, by cause, is re-derived from the scenario file and the documented rules.
    """#,
    code: #"""
    # The scenario's driver rules re-applied: each line's effect by cause equals its
    # pre-scenario value times (factor − 1), and the archived forecast equals that value
    # times the product of the factors plus any shock.
    TOLERANCE_EFFECT = 1e-6  # relative


    def driver_paths(encoded):
        pairs = dict(zip(encoded[0::2], encoded[1::2])) if isinstance(encoded, list) else encoded
        return {name: {int(y): v for y, v in path.items()} for name, path in pairs.items()}


    POINTS = {"unemployment_rate", "inflation", "interest_rate"}


    def driver_paths_assumed(encoded):
        pairs = dict(zip(encoded[0::2], encoded[1::2])) if isinstance(encoded, list) else encoded
        return {name: (path["form"], {int(y): v for y, v in path["values"].items()}) for name, path in pairs.items()}


    def check_driver_paths(rows, stated):
        # change = assumed - reference in points, assumed / reference - 1 otherwise; the
        # assumed level is the reference before the first stated year, then holds the
        # stated level, or grows from the previous year's by the stated rate (checked
        # from the second forecast year: the first grows from the history).
        previous = {}
        for row in sorted(rows, key=lambda r: (r["driver"], int(r["year"]))):
            name, year = row["driver"], int(row["year"])
            reference, assumed, change_ = (float(row[k]) for k in ("reference", "assumed", "change"))
            expected = assumed - reference if name in POINTS else assumed / reference - 1
            if abs(expected - change_) > 1e-12 * max(1.0, abs(expected)):
                raise AssertionError(f"{name} {year}: change {change_}, expected {expected}")
            form, values = stated[name]
            given = [y for y in values if y <= year]
            level = None
            if not given:
                level = reference
            elif form == "levels":
                level = values[max(given)]
            elif name in previous:
                rate = values[max(given)]
                level = previous[name] + rate if name in POINTS else previous[name] * (1 + rate)
            if level is not None and abs(level - assumed) > 1e-9 * max(1.0, abs(level)):
                raise AssertionError(f"{name} {year}: assumed {assumed}, the stated path gives {level}")
            previous[name] = assumed
        print(f"{len(rows)} driver-path rows consistent with the stated levels and growth rates")


    def change(paths, driver, year):
        path = paths.get(driver, {})
        known = [y for y in path if y <= year]
        return path[max(known)] if known else 0.0


    def share(dated, year):
        # A dated revaluation or step: (13 - month)/12 of its rate in its year, all of it after.
        return (13 - dated["month"]) / 12 if year == dated["year"] else 1

    def factors(node, year, sc, paths):
        default = {"rsa_households_per_unemployment_point": 0.09}
        # The run's values (estimated, the scenario's or the defaults), checked in section 5.
        elastic = lambda name: elasticities[name]["used"] if name in elasticities else sc.get("elasticities", {}).get(name, default.get(name, 1.0))
        _, s, d, chapter, account, function = node.split("/")
        f = {}
        if s == "F" and d == "D":
            if chapter == "017" and departement:
                lag = elasticities.get("rsa_households_per_unemployment_point", {}).get("lag")
                lag = 1 if lag is None else lag
                households = (1 + change(paths, "rsa_households", year)) * np.exp(elastic("rsa_households_per_unemployment_point") * change(paths, "unemployment_rate", year - lag))
                if households != 1:
                    f["rsa_households"] = households
                if change(paths, "rsa_base_amount", year):
                    f["rsa_base_amount"] = 1 + change(paths, "rsa_base_amount", year)
                revaluation = sc.get("rsaRevaluation")
                if revaluation and year >= revaluation["year"]:
                    f["rsa_revaluation"] = 1 + revaluation["rate"] * share(revaluation, year)
            elif chapter == "016" and departement:
                for age in ("75", "85"):
                    if change(paths, "population_" + age, year):
                        f["population_" + age] = (1 + change(paths, "population_" + age, year)) ** elastic("apa_per_population_" + age)
            elif chapter == "65" and account.startswith("651121") and departement:
                if change(paths, "pch_beneficiaries", year):
                    f["pch_beneficiaries"] = (1 + change(paths, "pch_beneficiaries", year)) ** elastic("pch_per_beneficiaries")
            elif chapter == "65" and child_welfare(function, LAST_PLAN) and departement:
                if change(paths, "ase_children", year):
                    f["ase_children"] = (1 + change(paths, "ase_children", year)) ** elastic("child_welfare_per_children")
            elif chapter == "012":
                if change(paths, "pay_index", year):
                    f["pay_index"] = (1 + change(paths, "pay_index", year)) ** elastic("personnel_per_pay_index")
                step = sc.get("payIndexStep")
                if step and year >= step["year"]:
                    f["pay_index_step"] = (1 + step["rate"] * share(step, year)) ** elastic("personnel_per_pay_index")
                pension = sc.get("pensionRate")
                if pension and any(account.startswith(a) for a in pension["accounts"]):
                    rate = change({"r": {int(y): v for y, v in pension["rates"].items()}}, "r", year)
                    if rate and rate / pension["current"] != 1:
                        f["cnracl_rate"] = rate / pension["current"]
            elif chapter == "011":
                level = sum(change(paths, "inflation", y) for y in horizon_years if y <= year) / 100
                if level:
                    f["inflation"] = np.exp(elastic("charges_per_inflation_point") * level)
        is_dmto = departement and s == "F" and d == "R" and account[:4] in ("7321", "7322")
        if is_dmto:
            for driver in ("real_estate_transactions", "real_estate_prices"):
                if change(paths, driver, year):
                    name = "dmto_per_transactions" if driver.endswith("transactions") else "dmto_per_prices"
                    f[driver] = (1 + change(paths, driver, year)) ** elastic(name)
            if sc.get("dmtoRate") not in (None, 0.045):
                f["dmto_rate"] = sc["dmtoRate"] / 0.045
        if s == "I" and d == "D" and chapter != "16" and year in programme_factor:
            f["investment_programme"] = programme_factor[year]
        for rate in sc.get("taxRates") or []:
            if year >= rate["year"] and covers(rate["node"], node) and not is_dmto:
                f["tax_rates"] = f.get("tax_rates", 1.0) * rate["voted"] / rate["current"]
        return f


    def covers(series, node):
        # Whether a line lies under a series: itself, its chapter, section or total.
        level, *parts = series.split("/")
        line = node.split("/")[1:]
        if level == "line":
            return series == node
        width = {"total": 1, "section": 2, "chapter": 3}[level]
        return (line[1:2] if level == "total" else line[:width]) == parts


    checked = 0
    if scenario is not None:
        paths = driver_paths(scenario.get("drivers", []))
        # Paths stated in levels or growth are turned into changes against each driver's
        # reference forecast (driver-paths.csv): check that arithmetic, then use them.
        stated = driver_paths_assumed(scenario.get("assumedPaths", []))
        resolved_hash = manifest["outputs"].get("driverPaths")
        if stated and not resolved_hash:
            raise AssertionError("paths in levels or growth, but no driver-paths.csv archived")
        if resolved_hash:
            resolved = list(csv.DictReader(io.StringIO(archived(resolved_hash).decode())))
            check_driver_paths(resolved, stated)
            for row in resolved:
                paths.setdefault(row["driver"], {})[int(row["year"])] = float(row["change"])
        effects = {}
        for node, year, cause, amount in effect_rows[1:]:
            effects.setdefault((node, int(year)), {})[cause] = float(amount)
        # The investment programme: one factor on every equipment line (real investment
        # spending outside chapter 16), so that they sum to the programme's amount.
        programme_factor = {}
        for year, amount in ((int(y), v) for y, v in (scenario.get("investmentProgramme") or {}).items()):
            equipment = [n for (n, y) in forecast if y == year and n.startswith("line/I/D/") and not n.startswith("line/I/D/16/")]
            baseline = sum(forecast[(n, year)] - sum(effects.get((n, year), {}).values()) for n in equipment)
            programme_factor[year] = amount / baseline
            unshocked = sum(forecast[(n, year)] - effects.get((n, year), {}).get("shock", 0.0) for n in equipment)
            if abs(unshocked - amount) > TOLERANCE_EFFECT * amount:
                raise AssertionError(f"{year}: equipment spending {unshocked}, programme {amount}")
        for (node, year), causes in sorted(effects.items()):
            # Lines carrying a shock (spread pro rata from its series) are left out.
            if not node.startswith("line/") or "shock" in causes:
                continue
            f = factors(node, year, scenario, paths)
            product = np.prod(list(f.values())) if f else 1.0
            before = forecast[(node, year)] / product
            for cause, amount in causes.items():
                if cause == "interaction":
                    continue
                expected = before * (f.get(cause, 1.0) - 1)
                if abs(expected - amount) > TOLERANCE_EFFECT * max(abs(before), 1):
                    raise AssertionError(f"{node} {year} {cause}: budgetcast {amount}, rule {expected}")
            first_order = sum(before * (v - 1) for v in f.values())
            interaction = causes.get("interaction", 0.0)
            if abs(before * product - before - first_order - interaction) > TOLERANCE_EFFECT * max(abs(before), 1):
                raise AssertionError(f"{node} {year}: the causes do not add up to the change")
            checked += 1
        print(f"scenario {scenario['name']!r}: {checked} line-years re-derived from the driver rules within {TOLERANCE_EFFECT}")
    else:
        print("no scenario in this run: no driver effect to check")
    """#
  )
}
