extension VerificationNotebook {
  /// Section 2: the budget hierarchy rebuilt from the normalised snapshot, with the
  /// nomenclature bridge re-derived (functions re-coded at the switch, subdivided accounts).
  static let historySection: (markdown: String, code: String) = (
    markdown: #"""
    ## 2. History rebuilt from the snapshot
    The budget hierarchy (totals, sections, chapters, lines) is rebuilt from the normalised accounts, in cents, without budgetcast.
    """#,
    code: #"""
    # The hierarchy rebuilt from the normalised snapshot: amounts summed in cents, real
    # operations only unless the run included order operations.
    header = snapshot[0]
    column = {name: i for i, name in enumerate(header)}
    years = sorted({int(r[column["year"]]) for r in snapshot[1:]})
    include_order = manifest["parameters"]["includeOrder"]
    # The operations the hierarchy sums: closing balances (the debt stock) are no flows.
    flows = ("real", "order") if include_order else ("real",)
    # RSA, APA, PCH and the DMTO accounts are a département's lines (a commune's 7321 is
    # its attribution de compensation): other kinds' drivers move personnel and charges only.
    departement = manifest["parameters"].get("entityKind", "departement") == "departement"
    rows = [list(r) for r in snapshot[1:]]
    if manifest["parameters"].get("bridgesNomenclatures"):
        # Lines joined across the M52 -> M57 switch, by the rule the run states: per
        # account, the single function ending the year before the first M57 year joins
        # the single function starting in it; earlier years take the M57 code.
        families = {}
        for r in rows:
            families.setdefault(int(r[column["year"]]), set()).add(r[column["nomenclature"]].upper()[:3])
        switch = next((y for y in sorted(families) if families[y] == {"M57"} and families.get(y - 1) == {"M52"}), None)
        account_of = lambda r: tuple(r[column[c]] for c in ("section", "direction", "chapter", "account"))
        functions = {}
        for r in rows:
            functions.setdefault(account_of(r), {}).setdefault(int(r[column["year"]]), set()).add(r[column["function"]])
        recode = {}
        for account, by_year in functions.items() if switch else []:
            before = set().union(*[f for y, f in by_year.items() if y < switch])
            ended = by_year.get(switch - 1, set()) - by_year.get(switch, set())
            started = by_year.get(switch, set()) - before
            if len(ended) == 1 and len(started) == 1:
                recode[account + tuple(ended)] = next(iter(started))
        for r in rows:
            if account_of(r) + (r[column["function"]],) in recode and int(r[column["year"]]) < switch:
                r[column["function"]] = recode[account_of(r) + (r[column["function"]],)]
        print(f"{len(recode)} lines joined across the M52 -> M57 switch ({switch})" if switch else "no M52 -> M57 switch in the data")
    if manifest["parameters"].get("bridgesNomenclatures") and manifest["parameters"].get("bridgesSubdivisions"):
        # Accounts subdivided into sub-accounts, by the rule the run states: a real line
        # whose last year with an amount is Y - 1, and real lines starting in Y on the
        # same section, direction, chapter and function whose accounts extend its
        # number, all positive in Y: its earlier years go to them by their shares in Y,
        # in cents (trunc(parent * share), the last sub-account the remainder). A parent
        # ending the year before the switch also finds sub-accounts on its function as
        # the switch re-codes it, when every joined line re-codes that function one way.
        targets = {}
        for joined, to in recode.items():
            targets.setdefault(joined[4], set()).add(to)
        function_map = {f: next(iter(t)) for f, t in targets.items() if len(t) == 1}
        key_of = lambda r: tuple(r[column[c]] for c in ("section", "direction", "chapter", "account", "function"))
        amounts = {}
        for r in rows:
            if r[column["operation"]] == "real":
                by_year = amounts.setdefault(key_of(r), {})
                y = int(r[column["year"]])
                by_year[y] = by_year.get(y, 0) + int(Decimal(r[column["amount"]]) * 100)
        active = {k: {y: v for y, v in by.items() if v != 0} for k, by in amounts.items()}
        splits = {}
        for parent in sorted(k for k in active if active[k]):
            last = max(active[parent])
            functions = {parent[4]}
            if switch and last + 1 == switch and parent[4] in function_map:
                functions.add(function_map[parent[4]])
            kids = sorted(k for k in active if k[:3] == parent[:3] and k[4] in functions and len(k[3]) > len(parent[3])
                          and k[3].startswith(parent[3]) and active[k] and min(active[k]) == last + 1)
            first = [active[k][last + 1] for k in kids]
            if kids and all(v > 0 for v in first):
                splits[parent] = (last + 1, kids, [v / float(sum(first)) for v in first])
        # A sub-account subdivided in turn passes its share on (depth first).
        split_rows, pending = [], list(reversed(rows))
        while pending:
            r = pending.pop()
            split = splits.get(key_of(r)) if r[column["operation"]] == "real" else None
            if split is None:
                split_rows.append(r)
                continue
            year, kids, shares = split
            if int(r[column["year"]]) >= year:
                continue
            parent_cents, allocated, parts = int(Decimal(r[column["amount"]]) * 100), 0, []
            for k, (kid, share) in enumerate(zip(kids, shares)):
                part = parent_cents - allocated if k == len(shares) - 1 else math.trunc(parent_cents * share)
                allocated += part
                moved = list(r)
                moved[column["account"]], moved[column["function"]] = kid[3], kid[4]
                moved[column["amount"]] = str(Decimal(part) / 100)
                parts.append(moved)
            pending += reversed(parts)
        rows = split_rows
        print(f"{len(splits)} subdivided accounts carried over to their sub-accounts")
    if provisional_rows:
        # A landed run: each landing's execution profile re-computed from the archived
        # monthly execution (the executed amount over the past years' mean share, in
        # logs), and the completed year joining the history.
        monthly = {}
        for series_id, month, value in execution_rows[1:]:
            monthly.setdefault(series_id, {})[month] = float(value)
        for landing in landings:
            profile = next((e for e in landing["estimates"] if e["method"] == "profile"), None)
            if profile is None:
                continue
            year, through, amounts = landing["year"], landing["throughMonth"], monthly[landing["node"]]
            part = lambda y: sum(amounts[f"{y}-{m:02d}"] for m in range(1, through + 1))
            shares = [np.log(part(y) / sum(amounts[f"{y}-{m:02d}"] for m in range(1, 13))) for y in profile["pastYears"]]
            expected = part(year) * np.exp(-np.mean(shares))
            if abs(profile["landing"] - expected) > 1e-9 * abs(expected):
                raise AssertionError(f"{landing['node']}: landing {profile['landing']} against {expected}")
        rows += [list(r) for r in provisional_rows[1:]]
        years = sorted(set(years) | {int(r[column["year"]]) for r in provisional_rows[1:]})
        print(f"{len(landings)} landing(s) re-computed; {len(provisional_rows) - 1} lines of {years[-1]} completed")
    cents = {}
    for r in rows:
        if r[column["operation"]] not in flows:
            continue
        s, d, ch = r[column["section"]], r[column["direction"]], r[column["chapter"]]
        acc, fn = r[column["account"]], r[column["function"]]
        amount = int(Decimal(r[column["amount"]]) * 100)
        y = years.index(int(r[column["year"]]))
        for node in (f"total/{d}", f"section/{s}/{d}", f"chapter/{s}/{d}/{ch}", f"line/{s}/{d}/{ch}/{acc}/{fn}"):
            cents.setdefault(node, [0] * len(years))[y] += amount
    history = {node: np.array(v, dtype=float) / 100 for node, v in cents.items()}
    missing = set(models) ^ set(history)
    if missing:
        raise AssertionError(f"series differ between the snapshot and the run: {sorted(missing)[:5]}")
    for landing in landings:
        # Each landed series holds its retained landing in the completed year (its lines
        # rounded to the cent).
        retained = next((e for e in landing["estimates"] if e["method"] == landing["retained"]), None)
        completed = history[landing["node"]][years.index(landing["year"])]
        if retained and abs(completed - retained["landing"]) > 0.01 * len(provisional_rows):
            raise AssertionError(f"{landing['node']}: {completed} in {landing['year']} against its landing {retained['landing']}")
    print(f"{len(history)} series rebuilt from the snapshot, {years[0]}–{years[-1]}")
    """#
  )
}
