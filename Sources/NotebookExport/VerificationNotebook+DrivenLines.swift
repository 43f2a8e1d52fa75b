/// The notebook's check of the driven lines: their base forecasts re-computed from the
/// regression on their drivers with statsmodels.
extension VerificationNotebook {
  static let drivenLineSection: (markdown: String, code: String) = (
    markdown: #"""
    ## 6. Driven lines re-forecast from their drivers
    Each total that budgetcast forecast from its drivers (APA, PCH, child welfare, personnel, general charges, DMTO when their elasticities are significant; RSA from its households and, when projected, its base amount) is re-fitted with statsmodels and re-forecast along the archived driver paths; its lines must add up to it.
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
    # added; its 80 % and 95 % bounds from the two parts' variances and covariance.
    from statistics import NormalDist
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
            # The bands, at budgetcast's archived coefficients (the re-fit above checks the
            # optimum; this checks the variance): each part's one-step errors filtered by
            # statsmodels and standardised as R's residuals, sigma2 = sum r^2 / (n - k),
            # their uncentred correlation on the years both have, the integrated psi
            # weights of their AR(p), and the covariance of the sum.
            parameters = record["parameters"]
            per_prefix = "base_amounts_per_household." if uses_base else "per_household."
            def chain_part(prefix, growth, exog, drivers, order, years):
                # statsmodels' order: the constant (budgetcast's drift), the drivers, ar1.
                names = [prefix + "drift"] + drivers + ([prefix + "ar1"] if order == 1 else [])
                values = [parameters[n] for n in names]
                model = StatsmodelsARIMA(growth, exog=exog, order=(order, 0, 0), trend="c")
                filtered = model.filter(np.array(values + [1.0]))
                r = filtered.filter_results.standardized_forecasts_error[0]
                phi = parameters.get(prefix + "ar1", 0.0) if order == 1 else 0.0
                psi = np.cumsum(phi ** np.arange(steps))
                k = len(values)
                return dict(zip(years, r)), float(np.sum(r ** 2) / (len(r) - k)), psi
            errors_h, sigma2_h, psi_h = chain_part(
                "households.", growths, regressor_rows, [n for n, _, _ in line_regressors], order, sample_years)
            errors_s, sigma2_s, psi_s = chain_part(per_prefix, np.diff(per), None, [], per_order, run_years[1:])
            common = sorted(set(errors_h) & set(errors_s))
            a, b = np.array([errors_h[y] for y in common]), np.array([errors_s[y] for y in common])
            rho = float(np.sum(a * b) / np.sqrt(np.sum(a ** 2) * np.sum(b ** 2)))
            if abs(rho - parameters["error_correlation"]) > 1e-6:
                raise AssertionError(f"{node}: error correlation {rho}, budgetcast {parameters['error_correlation']}")
            sd = np.sqrt(sigma2_h * np.cumsum(psi_h ** 2) + sigma2_s * np.cumsum(psi_s ** 2)
                         + 2 * rho * np.sqrt(sigma2_h * sigma2_s) * np.cumsum(psi_h * psi_s))
            archived_center = np.array([base[(node, year)] for year in horizon_years])
            for level in (80, 95):
                z = NormalDist().inv_cdf(0.5 + level / 200)
                for side, sign in (("lo", -1), ("hi", 1)):
                    archived_bound = np.array([float(next(r for r in forecast_rows[1:] if r[0] == node and int(r[1]) == y)[forecast_column[f"base_{side}{level}"]]) for y in horizon_years])
                    bound = archived_center * np.exp(sign * z * sd)
                    if np.max(np.abs(bound - archived_bound) / archived_bound) > 1e-6:
                        raise AssertionError(f"{node}: {side}{level} {bound} by statsmodels, {archived_bound} archived")
            print(f"{node}: error correlation {rho:.4f}; 80 % and 95 % bounds re-derived within 1e-6")
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
