/// The notebook's check of the driven lines: their base forecasts re-computed from the
/// regression on their drivers with statsmodels.
extension VerificationNotebook {
  static let drivenLineSection: (markdown: String, code: String) = (
    markdown: #"""
    ## 6. Driven lines re-forecast from their drivers
    Each total that budgetcast forecast from its drivers (APA, personnel, general charges, DMTO when their elasticities are significant; RSA from its households and, when projected, its base amount) is re-fitted with statsmodels and re-forecast along the archived driver paths; its lines must add up to it.
    """#,
    code: #"""
    # For each node archived with driven.role == "total": the line's yearly log growth
    # over the archived sample regressed on its drivers' regressors (as in section 5)
    # with a constant and AR(p) errors, p as archived (ARIMA(p,1,0) with drift on log
    # levels is the same model); the growth forecasts along the archived paths of the
    # regressors, cumulated from the last executed year, are the forecast, checked
    # against the archived base forecast; the lines under it (driven.role == "share")
    # must add up to it, year by year. RSA spending is its households (their regression
    # on the lagged unemployment change) × the base amount when archived among its
    # drivers (the history's yearly means, elasticity 1) × the spending per household
    # in base amounts (a constant and AR(p) errors on its log growth), the log forecasts
    # added.
    TOLERANCE_DRIVEN = 1e-3  # relative: two optimisers' optima
    LINE_NAMES = {"general_charges": "charges"}
    driven_rows = []
    for node, record in sorted(models.items()):
        driven = record.get("driven")
        if not driven or driven["role"] != "total":
            continue
        if history_input is None:
            raise AssertionError(f"{node}: forecast from its drivers without a driver history")
        line_name = LINE_NAMES.get(driven["line"], driven["line"])
        # RSA spending is households (their model on unemployment) × spending per household.
        response = "driver:rsa_households" if line_name == "rsa" else f"line:{line_name}"
        regression_drivers = [d for d in driven["drivers"] if d != "rsa_base_amount"]
        uses_base = line_name == "rsa" and "rsa_base_amount" in driven["drivers"]
        line_regressors = next(
            r for kind, r in MODELS if kind == response and [d for _, d, _ in r] == regression_drivers)
        line_levels = drivers["rsa_households"] if line_name == "rsa" else totals[line_name]
        sample_years = list(range(driven["firstYear"] + 1, driven["lastYear"] + 1))
        growths = np.array([growth(line_levels, year) for year in sample_years])
        lag = elasticities[line_regressors[0][0]].get("lag") or 0
        regressor_rows = np.array([[regressor(d, transform, year, lag) for _, d, transform in line_regressors] for year in sample_years])
        order = int(record["model"].split("ARIMA(")[1][0])
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            driven_fit = StatsmodelsARIMA(growths, exog=regressor_rows, order=(order, 0, 0), trend="c").fit()
        for j, value in enumerate(driven["elasticities"][: len(line_regressors)]):
            if abs(driven_fit.params[1 + j] - value) > TOLERANCE_ELASTICITY * driven_fit.bse[1 + j]:
                raise AssertionError(f"{node}: elasticity {driven_fit.params[1 + j]} by statsmodels, {value} archived")
        path = np.array(driven["pathRegressors"][: len(line_regressors)]).T
        steps = len(horizon_years)
        log_growth = np.cumsum(driven_fit.forecast(steps=steps, exog=path))
        end = driven["lastYear"]
        if line_name == "rsa":
            spending = totals["rsa"]
            base_amount = drivers.get("rsa_base_amount", {}) if uses_base else {}
            divisor = lambda y: base_amount[y] if uses_base else 1.0
            run_years = [end]
            while run_years[0] - 1 in spending and run_years[0] - 1 in line_levels and (
                    not uses_base or run_years[0] - 1 in base_amount):
                run_years.insert(0, run_years[0] - 1)
            per = np.log([spending[y] / (line_levels[y] * divisor(y)) for y in run_years])
            per_order = int(record["model"].rsplit("ARIMA(", 1)[1][0])
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                per_fit = StatsmodelsARIMA(np.diff(per), order=(per_order, 0, 0), trend="c").fit()
            log_growth = log_growth + np.cumsum(per_fit.forecast(steps=steps))
            if uses_base:
                base_path = np.log([base_amount[y] / base_amount[end] for y in horizon_years])
                if np.max(np.abs(np.diff(np.concatenate([[0], base_path])) - driven["pathRegressors"][-1])) > 1e-12:
                    raise AssertionError(f"{node}: the archived base amount path is not the history's")
                log_growth = log_growth + base_path
            driven_mean = spending[end] * np.exp(log_growth)
        else:
            driven_mean = line_levels[end] * np.exp(log_growth)
        archived_base = np.array([base[(node, year)] for year in horizon_years])
        driven_gap = np.max(np.abs(driven_mean - archived_base) / archived_base)
        if driven_gap > TOLERANCE_DRIVEN:
            raise AssertionError(f"{node}: statsmodels forecasts {driven_mean}, budgetcast archived {archived_base}")
        shares = [n for n, m in models.items() if (m.get("driven") or {}).get("role") == "share"
                  and m["driven"]["line"] == driven["line"] and n != node]
        for year, total in zip(horizon_years, archived_base):
            summed = sum(base[(n, year)] for n in shares) if shares else total
            if abs(summed - total) > 1e-6 * total + 0.01 * len(shares):
                raise AssertionError(f"{node} {year}: its lines add up to {summed}, not {total}")
        driven_rows.append((node, record["model"], driven["elasticities"], driven_gap, len(shares)))
    print(f"{'total':24} {'elasticities':>20} {'fcst gap':>9} {'lines':>5}  model")
    for node, model, values, driven_gap, count in driven_rows:
        shown = ", ".join(f"{v:.4f}" for v in values)
        print(f"{node:24} {shown:>20} {driven_gap:9.1e} {count:5}  {model}")
    print(f"{len(driven_rows)} driven total(s) re-forecast within {TOLERANCE_DRIVEN:.0e}, their lines adding up")
    """#
  )
}
