/// The Python cells of the verification notebook, by section: a markdown heading and
/// explanation, then the code. They use numpy, statsmodels and matplotlib only, and
/// read the archive directly: nothing of budgetcast runs in the notebook.
extension VerificationNotebook {
  /// Every section, in order.
  static var sections: [(markdown: String, code: String)] {
    archiveSections + driverSections + [drivenLineSection] + resultSections
  }

  /// Sections on the archive itself: files and hashes, history, coherence, ETS fits.
  static let archiveSections: [(markdown: String, code: String)] = [
    (
      markdown: #"""
      ## 1. The run and its archived files
      The manifest must hash to the run ID and every input, the normalised snapshot and every output to its SHA-256 name.
      """#,
      code: #"""
      import csv, hashlib, io, json, math, pathlib
      from decimal import Decimal

      import numpy as np

      root = pathlib.Path(ARCHIVE)
      matches = sorted(p.stem for p in (root / "runs").glob("*.json") if p.stem.startswith(RUN))
      if len(matches) != 1:
          raise RuntimeError(f"run {RUN!r}: {len(matches)} runs match in {root}")
      RUN = matches[0]
      manifest_bytes = (root / "runs" / f"{RUN}.json").read_bytes()
      if hashlib.sha256(manifest_bytes).hexdigest() != RUN:
          raise AssertionError("the manifest does not hash to the run ID")
      manifest = json.loads(manifest_bytes)


      def archived(digest):
          """The bytes of an archived object, checked against their SHA-256 name."""
          data = (root / "objects" / digest[:2] / digest).read_bytes()
          actual = hashlib.sha256(data).hexdigest()
          if actual != digest:
              raise AssertionError(f"object {digest} hashes to {actual}")
          return data


      def rows(digest):
          return list(csv.reader(io.StringIO(archived(digest).decode("utf-8"))))


      outputs = manifest["outputs"]
      for item in manifest["inputs"]:
          archived(item["sha256"])
      snapshot = rows(manifest["snapshot"]["sha256"])
      forecast_rows = rows(outputs["forecasts"])
      residual_rows = rows(outputs["residuals"])
      models = {m["node"]: m for m in json.loads(archived(outputs["models"]))}
      effect_rows = rows(outputs["effects"]) if outputs.get("effects") else []
      provisional_rows = rows(outputs["provisional"]) if outputs.get("provisional") else []
      landings = json.loads(archived(outputs["landings"])) if outputs.get("landings") else []
      execution_rows = next(
          (rows(i["sha256"]) for i in manifest["inputs"] if i["role"] == "execution"), []
      )
      elasticities = (
          {e["name"]: e for e in json.loads(archived(outputs["elasticities"]))} if outputs.get("elasticities") else {}
      )
      scenario = next(
          (json.loads(archived(i["sha256"])) for i in manifest["inputs"] if i["role"] == "scenario"),
          None,
      )
      print(f"run {RUN}")
      print(f"inputs, snapshot and {len(outputs)} outputs: every SHA-256 checks")
      print(f"{len(snapshot) - 1} snapshot lines, {len(models)} series, parameters {manifest['parameters']}")
      """#
    ),
    historySection,
    (
      markdown: #"""
      ## 3. Coherence of the reconciled forecasts
      Every aggregate must equal the sum of its lines in every forecast year.
      """#,
      code: #"""
      # Reconciled forecasts add up: every aggregate equals the sum of its lines.
      TOLERANCE_SUM = 1e-6  # relative, on euros
      forecast_column = {name: i for i, name in enumerate(forecast_rows[0])}
      forecast = {}
      base = {}
      for r in forecast_rows[1:]:
          forecast[(r[0], int(r[1]))] = float(r[forecast_column["forecast"]])
          base[(r[0], int(r[1]))] = float(r[forecast_column["base"]])
      horizon_years = sorted({y for _, y in forecast})
      lines = [n.split("/") for n in history if n.startswith("line/")]


      def members(node):
          """The line IDs under an aggregate: total/D, section/F/D, chapter/F/D/017."""
          key = node.split("/")[1:]
          if node.startswith("total/"):
              return ["/".join(l) for l in lines if l[2] == key[0]]
          return ["/".join(l) for l in lines if l[1 : 1 + len(key)] == key]


      worst = 0.0
      for node in history:
          if node.startswith("line/"):
              continue
          under = members(node)
          for year in horizon_years:
              total = sum(forecast[(n, year)] for n in under)
              error = abs(total - forecast[(node, year)]) / max(abs(total), 1.0)
              worst = max(worst, error)
              if error > TOLERANCE_SUM:
                  raise AssertionError(f"{node} {year}: {forecast[(node, year)]} but its lines sum to {total}")
      print(f"coherence: every aggregate equals the sum of its lines (worst relative gap {worst:.1e} ≤ {TOLERANCE_SUM})")
      """#
    ),
    (
      markdown: #"""
      ## 4. ETS fits re-run independently
      A sample of the exponential-smoothing fits is re-run from the archived parameters and initial states, by a plain numpy recursion and by statsmodels.
      """#,
      code: #"""
      # A sample of the ETS fits re-run independently from the archived parameters and
      # initial states: one-step fitted values, log-likelihood (R's convention,
      # −½(n·ln Σe² + 2·Σ ln|ŷ|)) and point forecasts, by a plain numpy recursion and by
      # statsmodels' ETSModel.
      from statsmodels.tsa.exponential_smoothing.ets import ETSModel

      TOLERANCE_FIT = 1e-8  # relative, fitted values and forecasts
      TOLERANCE_LOGLIK = 1e-6  # absolute


      def ets_run(y, spec, p, horizon):
          error, trend = spec[0], spec[1]
          phi = p.get("phi", 1.0) if trend != "N" else 0.0
          level, slope = p["level0"], p.get("trend0", 0.0)
          fitted, errors = [], []
          for value in y:
              one_step = level + phi * slope
              fitted.append(one_step)
              e = value - one_step if error == "A" else (value - one_step) / one_step
              errors.append(e)
              scale = 1.0 if error == "A" else one_step
              level = one_step + p["alpha"] * e * scale
              if trend != "N":
                  slope = phi * slope + p["beta"] * e * scale
          fitted, errors = np.array(fitted), np.array(errors)
          lik = len(y) * np.log(np.sum(errors**2))
          if error == "M":
              lik += 2 * np.sum(np.log(np.abs(fitted)))
          steps = np.cumsum(phi ** np.arange(1, horizon + 1)) if trend != "N" else np.zeros(horizon)
          return fitted, -0.5 * lik, level + steps * slope


      def spec_of(model):
          text = model["model"]
          start = text.find("ETS(")
          if start < 0:
              return None
          e, t, s = text[start + 4 : text.index(")", start)].split(",")
          return (e, t, s) if s == "N" else None


      def ets_parameters(model):
          p = model["parameters"]
          prefix = "ets." if "ets.alpha" in p else ""
          params = {k[len(prefix) :]: v for k, v in p.items() if k.startswith(prefix)}
          stats = {k[len(prefix) :]: v for k, v in model["statistics"].items() if k.startswith(prefix)}
          return (params, stats, prefix) if "alpha" in params and "level0" in params else None


      candidates = [n for n, m in models.items() if spec_of(m) and ets_parameters(m)]
      candidates.sort(key=lambda n: -abs(history[n][-1]))
      sample = [n for n in ("chapter/F/D/017", "chapter/F/D/016", "chapter/F/D/012") if n in candidates]
      sample += [n for n in candidates if n not in sample][: max(SAMPLE - len(sample), 0)]
      H = len(horizon_years)
      report = []
      for node in sample:
          model = models[node]
          spec = spec_of(model)
          params, stats, prefix = ets_parameters(model)
          y = history[node]
          fitted, loglik, mean = ets_run(y, spec, params, H)
          # An aggregate above driven lines was moved by their change (driven.shift.hH).
          shift = np.array([model["statistics"].get(f"driven.shift.h{h}", 0.0) for h in range(1, H + 1)])
          archived_mean = (
              np.array([stats[f"forecast.h{h}"] for h in range(1, H + 1)])
              if prefix
              else np.array([base[(node, year)] for year in horizon_years]) - shift
          )
          gap_mean = np.max(np.abs(mean - archived_mean) / np.maximum(np.abs(archived_mean), 1))
          if gap_mean > TOLERANCE_FIT:
              raise AssertionError(f"{node}: forecast {mean} but budgetcast archived {archived_mean}")
          if abs(loglik - stats["logLik"]) > TOLERANCE_LOGLIK:
              raise AssertionError(f"{node}: log-likelihood {loglik} but budgetcast archived {stats['logLik']}")
          sm = ETSModel(
              y, error="add" if spec[0] == "A" else "mul", trend={"N": None, "A": "add", "Ad": "add"}[spec[1]],
              damped_trend=spec[1] == "Ad", initialization_method="known",
              initial_level=params["level0"], initial_trend=params.get("trend0"),
          )
          values = [params["alpha"]] + ([params["beta"]] if spec[1] != "N" else []) + ([params["phi"]] if spec[1] == "Ad" else [])
          smoothed = sm.smooth(values)
          gap_fit = np.max(np.abs(smoothed.fittedvalues - fitted) / np.maximum(np.abs(fitted), 1))
          if gap_fit > TOLERANCE_FIT:
              raise AssertionError(f"{node}: statsmodels' fitted values differ by {gap_fit:.1e}")
          refit = ETSModel(
              y, error=sm.error, trend=sm.trend, damped_trend=sm.damped_trend
          ).fit(disp=False)
          e = y - refit.fittedvalues if spec[0] == "A" else (y - refit.fittedvalues) / refit.fittedvalues
          refit_lik = len(y) * np.log(np.sum(e**2)) + (2 * np.sum(np.log(np.abs(refit.fittedvalues))) if spec[0] == "M" else 0)
          report.append((node, "ETS(" + ",".join(spec) + ")", loglik, -0.5 * refit_lik, gap_fit, gap_mean))
      print(f"{'series':42} {'model':12} {'logLik':>10} {'sm refit':>10} {'fit gap':>8} {'fcst gap':>8}")
      for node, name, loglik, refit_loglik, gap_fit, gap_mean in report:
          print(f"{node[:42]:42} {name:12} {loglik:10.3f} {refit_loglik:10.3f} {gap_fit:8.1e} {gap_mean:8.1e}")
      print(f"{len(report)} ETS fits re-run: fitted values and forecasts within {TOLERANCE_FIT}, log-likelihoods within {TOLERANCE_LOGLIK}")
      print("sm refit: statsmodels' own maximum-likelihood fit of the same model, shown for comparison, not asserted:")
      print("budgetcast searches as R's ets does (one Nelder-Mead simplex from the heuristic start), which")
      print("can stop at a lower likelihood than a more thorough search; measured on M3, it forecasts better.")
      """#
    ),
  ]
}
