#!/usr/bin/env python3
"""Should the ensemble weight its members? A validation experiment on M3.

The ensemble is the equal-weight mean of automatic ETS, Theta, DOTM and automatic
ARIMA. Weights tuned on the M3 test part would be fitted to the figures they are
judged on, so this script chooses them where a user could: on each series' own
history. Every series' training part loses its last h points (h = 6, 8, 18, 8 as in
M3), the members forecast them, and every weighting of {ETS, Theta, DOTM, Comb,
ARIMA} in eighths is scored there (sMAPE, series-weighted). The best validation
weights are then scored on the real test part beside equal weights, and so is a
per-series choice between Theta and DOTM on the validation points (AutoTheta-like)
averaged with ETS and ARIMA.

Run after `make bench-accuracy` (it reads OUT_DIR/{category}.csv and the members'
test forecasts OUT_DIR/{category}_{method}.csv):

    python3 Sources/BudgetcastBench/peers/ensemble_weights.py .build/release/budgetcast out/m3

numpy only; about a minute for the validation forecasts on two cores.
"""
import csv
import itertools
import os
import subprocess
import sys

import numpy as np

CATEGORIES = {"yearly": 6, "quarterly": 8, "monthly": 18, "other": 8}
MEMBERS = ["auto", "theta", "dotm", "comb", "auto-arima"]
EIGHTHS = 8


def write_validation(source, target, horizon):
    """The training part of `source`, its last `horizon` points relabelled `test`."""
    with open(source, newline="") as f:
        rows = [r for r in csv.DictReader(f) if r["split"] == "train"]
    by_series = {}
    for row in rows:
        by_series.setdefault(row["series_id"], []).append(row)
    with open(target, "w", newline="") as f:
        out = csv.writer(f)
        out.writerow(["series_id", "period", "t", "value", "split"])
        for sid, series in by_series.items():
            for i, row in enumerate(series):
                split = "train" if i < len(series) - horizon else "test"
                out.writerow([sid, row["period"], row["t"], row["value"], split])


def load(data, forecasts_of):
    """Test values (series × h) and each member's forecasts (member × series × h)."""
    actual = {}
    with open(data, newline="") as f:
        for row in csv.DictReader(f):
            if row["split"] == "test":
                actual.setdefault(row["series_id"], []).append(float(row["value"]))
    ids = list(actual)
    members = []
    for method in MEMBERS:
        forecast = {}
        with open(forecasts_of(method), newline="") as f:
            for row in csv.DictReader(f):
                forecast.setdefault(row["series_id"], []).append(float(row["forecast"]))
        members.append([forecast[i][: len(actual[i])] for i in ids])
    return np.array([actual[i] for i in ids]), np.array(members)


def smape_by_series(actual, forecast):
    return (200 * np.abs(actual - forecast) / (np.abs(actual) + np.abs(forecast))).mean(1)


def score(data, weights):
    """sMAPE by category and series-weighted overall for one weighting."""
    w = np.array(weights, dtype=float) / sum(weights)
    by_category, total, count = [], 0.0, 0
    for actual, members in data:
        s = smape_by_series(actual, np.tensordot(w, members, 1))
        by_category.append(s.mean())
        total += s.sum()
        count += len(s)
    return total / count, by_category


def main():
    binary, out = sys.argv[1], sys.argv[2]
    validation_dir = os.path.join(out, "validation")
    os.makedirs(validation_dir, exist_ok=True)
    validation, test = [], []
    for category, horizon in CATEGORIES.items():
        data = os.path.join(validation_dir, f"{category}.csv")
        write_validation(os.path.join(out, f"{category}.csv"), data, horizon)
        for method in MEMBERS:
            subprocess.run([binary, "fit", "--data", data, "--model", method, "--quiet",
                            "--output", os.path.join(validation_dir, f"{category}_{method}.csv")],
                           check=True, capture_output=True)
        validation.append(load(data, lambda m: os.path.join(validation_dir, f"{category}_{m}.csv")))
        test.append(load(os.path.join(out, f"{category}.csv"),
                         lambda m: os.path.join(out, f"{category}_{m}.csv")))
    grid = [w for w in itertools.product(range(EIGHTHS + 1), repeat=len(MEMBERS))
            if sum(w) == EIGHTHS]
    ranked = sorted(grid, key=lambda w: score(validation, w)[0])
    equal = (1, 1, 1, 0, 1)
    print("weights (" + ", ".join(MEMBERS) + ")  validation overall | test overall: "
          + " / ".join(CATEGORIES))
    for label, weights in [("best on validation", ranked[0]), ("second", ranked[1]),
                           ("third", ranked[2]), ("equal (the ensemble)", equal)]:
        v, _ = score(validation, weights)
        t, by = score(test, weights)
        print(f"{label:22} {weights}  {v:.3f} | {t:.3f}: " + " / ".join(f"{x:.2f}" for x in by))
    t, by = theta_choice(validation, test)
    print(f"{'ETS, ARIMA and the Theta or DOTM its validation prefers':57} | {t:.3f}: "
          + " / ".join(f"{x:.2f}" for x in by))


def theta_choice(validation, test):
    """Per series, Theta or DOTM, whichever has the lower validation sMAPE (as an
    AutoTheta chooses), averaged with ETS and ARIMA: sMAPE overall and by category."""
    theta, dotm, ets, arima = (MEMBERS.index(m) for m in ("theta", "dotm", "auto", "auto-arima"))
    by_category, total, count = [], 0.0, 0
    for (v_actual, v_members), (actual, members) in zip(validation, test):
        prefers_theta = (smape_by_series(v_actual, v_members[theta])
                         <= smape_by_series(v_actual, v_members[dotm]))
        chosen = np.where(prefers_theta[:, None], members[theta], members[dotm])
        s = smape_by_series(actual, (members[ets] + chosen + members[arima]) / 3)
        by_category.append(s.mean())
        total += s.sum()
        count += len(s)
    return total / count, by_category


if __name__ == "__main__":
    main()
