"""Golden log-likelihoods for budgetcast's non-seasonal ETS estimation, from
statsforecast 2.1.1 (`statsforecast.ets.ets_f`), whose optimiser set-up budgetcast's
non-seasonal search follows (see Sources/ExponentialSmoothing/ETSSearch.swift).

Reads the series of ets_golden.json (made by make_ets_golden.R from R's datasets)
and fits every non-seasonal structure of its grid.
Run from this folder: ../../../.venv/bin/python make_ets_sf_golden.py > ets_sf_golden.json
"""
import json
import math

import numpy as np
from statsforecast.ets import ets_f

golden = json.load(open("ets_golden.json"))
cases = []
for case in golden["cases"]:
    code = case["model"]
    if code[-1] != "N":
        continue
    data = golden["series"][case["series"]]
    y = np.asarray(data["y"], dtype=float)
    damped = "d" in code
    fit = ets_f(y, m=int(data["period"]), model=code.replace("d", ""), damped=damped)
    if not math.isfinite(fit["loglik"]):
        continue
    cases.append({"series": case["series"], "model": code, "logLik": float(fit["loglik"]),
                  "method": fit["method"]})
json.dump({"source": "statsforecast 2.1.1 ets_f", "cases": cases}, __import__("sys").stdout, indent=1)
