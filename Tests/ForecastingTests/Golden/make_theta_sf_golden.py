"""Golden fits of the dynamic optimised Theta model (DOTM) from statsforecast 2.1.1
(`statsforecast.theta.auto_theta`), whose objective and optimiser set-up budgetcast's
`OptimizedTheta` follows (see Sources/Theta/OptimizedTheta.swift).

Reads the series of ../../ExponentialSmoothingTests/Golden/ets_golden.json (R's
datasets, made by make_ets_golden.R) and fits each as a non-seasonal series (m = 1, so
that no seasonal adjustment enters): the parameters (ℓ₀, α, θ), the sum of squared
one-step errors the fit minimised (the first three left out) and the forecasts for
h = 1..8.
Run from this folder: ../../../.venv/bin/python make_theta_sf_golden.py > theta_sf_golden.json
"""
import json
import sys

import numpy as np
from statsforecast.theta import auto_theta, forecast_theta

series = json.load(open("../../ExponentialSmoothingTests/Golden/ets_golden.json"))["series"]
cases = []
for name, data in series.items():
    y = np.asarray(data["y"], dtype=float)
    fit = auto_theta(y, m=1, model="DOTM")
    residuals = np.asarray(fit["residuals"], dtype=float)
    cases.append({
        "series": name, "initialLevel": float(fit["par"]["initial_smoothed"]),
        "alpha": float(fit["par"]["alpha"]), "theta": float(fit["par"]["theta"]),
        "sumOfSquaresFromFourth": float(np.sum(residuals[3:] ** 2)),
        "forecast": [float(v) for v in forecast_theta(fit, 8)["mean"]],
    })
json.dump({"source": "statsforecast 2.1.1 auto_theta (DOTM, m = 1)", "cases": cases}, sys.stdout,
          indent=1)
