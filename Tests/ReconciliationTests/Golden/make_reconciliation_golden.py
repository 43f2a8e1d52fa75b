"""Reference numbers for budgetcast's reconciliation tests, from Nixtla's
hierarchicalforecast (PyPI), on a small tree: Total = A + B, A = AA + AB,
B = BA + BB + BC (3 aggregates, 5 bottom series), with incoherent base forecasts for
two horizons and ten in-sample observations.

Run: ../../../.venv/bin/python make_reconciliation_golden.py > reconciliation_golden.json
"""
import json

import numpy as np
from hierarchicalforecast.methods import BottomUp, MinTrace, TopDown

import hierarchicalforecast

S = np.array([
    [1, 1, 1, 1, 1],
    [1, 1, 0, 0, 0],
    [0, 0, 1, 1, 1],
    [1, 0, 0, 0, 0],
    [0, 1, 0, 0, 0],
    [0, 0, 1, 0, 0],
    [0, 0, 0, 1, 0],
    [0, 0, 0, 0, 1],
], dtype=float)
tags = {"Total": np.array([0]), "Total/Group": np.array([1, 2]), "Total/Group/Bottom": np.array([3, 4, 5, 6, 7])}
idx_bottom = np.arange(3, 8)
rng = np.random.default_rng(20241130)
bottom_level = np.array([10.0, 20.0, 5.0, 7.0, 12.0])
y_insample_bottom = bottom_level[:, None] + rng.normal(0, 1.0, (5, 10)).cumsum(axis=1)
y_insample = S @ y_insample_bottom
y_hat_insample = y_insample + rng.normal(0, 0.8, y_insample.shape)
y_hat = S @ (bottom_level[:, None] + rng.normal(0, 0.5, (5, 2))) + rng.normal(0, 1.5, (8, 2))

out = {"version": hierarchicalforecast.__version__, "S": S.tolist(), "base": y_hat.tolist(),
       "insample": y_insample.tolist(), "fitted": y_hat_insample.tolist(), "reconciled": {}}
methods = {
    "bu": BottomUp(),
    "td": TopDown(method="forecast_proportions"),
    "ols": MinTrace(method="ols"),
    "wls": MinTrace(method="wls_struct"),
    "wls-var": MinTrace(method="wls_var"),
    "mint-shrink": MinTrace(method="mint_shrink"),
}
for name, method in methods.items():
    result = method.fit_predict(S=S, y_hat=y_hat, y_insample=y_insample, y_hat_insample=y_hat_insample,
                                tags=tags)
    out["reconciled"][name] = np.asarray(result["mean"]).tolist()
print(json.dumps(out))
