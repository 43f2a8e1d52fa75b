#!/usr/bin/env python3
"""Rolling-origin accuracy of the synthetic département's runs: `make bench-origins`.

Usage: rolling_origins.py BUDGETCAST ACCOUNTS.csv DRIVER_HISTORY.csv OUT_DIR

For each origin 2018-2022: `budgetcast forecast` on the accounts up to the origin
(horizon 2), then `budgetcast evaluate` against the two executed years after it. Three
variants: univariate (no driver history); driven along the drivers' actual values (the
history cut at origin + 2, what right projections would give) without the RSA base
amount; and the same with it. Prints, per variant, the WAPE of the reconciled forecasts
by level averaged over the origins, the share of the lines' executed values inside their
80 % and 95 % intervals, and RSA's (chapter 017) error by origin and year, with how many
of its actual values fell inside its 80 % and 95 % intervals.
"""
import csv
import json
import os
import shutil
import subprocess
import sys

ORIGINS = range(2018, 2023)
HORIZON = 2


def cut(source, target, keep):
    with open(source, newline="") as f, open(target, "w", newline="") as out:
        rows = csv.reader(f)
        writer = csv.writer(out, lineterminator="\n")
        header = next(rows)
        writer.writerow(header)
        for row in rows:
            if keep(dict(zip(header, row))):
                writer.writerow(row)


def run(binary, out, accounts, history, variant):
    archive = os.path.join(out, f"archive-{variant}")
    shutil.rmtree(archive, ignore_errors=True)
    wape, rsa, inside, coverage = {}, {}, [], {}
    for origin in ORIGINS:
        train = os.path.join(out, f"train-{origin}.csv")
        test = os.path.join(out, f"test-{origin}.csv")
        cut(accounts, train, lambda r: int(r["year"]) <= origin)
        cut(accounts, test, lambda r: origin < int(r["year"]) <= origin + HORIZON)
        extra = []
        if variant != "univariate":
            drivers = os.path.join(out, f"drivers-{variant}-{origin}.csv")
            cut(history, drivers, lambda r: int(r["year"][:4]) <= origin + HORIZON
                and (variant == "driven" or r["driver"] != "rsa_base_amount"))
            extra = ["--driver-history", drivers]
        forecast = subprocess.run(
            [binary, "forecast", "--data", train, "--horizon", str(HORIZON), "--archive", archive] + extra,
            check=True, capture_output=True, text=True)
        run_id = forecast.stdout.strip().splitlines()[-1]
        nodes = os.path.join(out, f"nodes-{variant}-{origin}.csv")
        evaluation = subprocess.run(
            [binary, "evaluate", run_id, "--actuals", test, "--archive", archive, "--json", "--csv", nodes],
            check=True, capture_output=True, text=True)
        for level in json.loads(evaluation.stdout)["levels"]:
            wape.setdefault(level["level"], []).append(level["wape"])
            if level["level"] == "line":
                for key in ("80", "95"):
                    coverage.setdefault(key, []).append(level["coverage"][key])
        with open(nodes, newline="") as f:
            for row in csv.DictReader(f):
                if row["node"] == "chapter/F/D/017":
                    rsa[(origin, int(row["year"]))] = float(row["forecast"]) / float(row["actual"]) - 1
                    inside.append((row["inside80"] == "yes", row["inside95"] == "yes"))
    return wape, rsa, inside, coverage


def main():
    binary, accounts, history, out = sys.argv[1:5]
    os.makedirs(out, exist_ok=True)
    print(f"Rolling origins {ORIGINS[0]}-{ORIGINS[-1]}, horizon {HORIZON}: WAPE of the reconciled forecasts (%)")
    print(f"{'variant':34} {'totals':>7} {'sections':>9} {'chapters':>9} {'lines':>7}  RSA error by origin, both years (%)")
    labels = {"univariate": "univariate", "driven-no-base": "driven, without the base amount",
              "driven": "driven, with the base amount"}
    for variant, label in labels.items():
        wape, rsa, inside, coverage = run(binary, out, accounts, history, variant)
        means = [100 * sum(wape[k]) / len(wape[k]) for k in ("total", "section", "chapter", "line")]
        errors = " ".join(f"{100 * rsa.get((o, o + 1), float('nan')):+.1f}/{100 * rsa.get((o, o + 2), float('nan')):+.1f}"
                          for o in ORIGINS)
        mean_abs = 100 * sum(abs(e) for e in rsa.values()) / max(len(rsa), 1)
        covered = [sum(flags[k] for flags in inside) for k in (0, 1)]
        print(f"{label:34} {means[0]:7.2f} {means[1]:9.2f} {means[2]:9.2f} {means[3]:7.2f}  {errors} (mean |e| {mean_abs:.2f};"
              f" inside 80 %/95 %: {covered[0]}/{covered[1]} of {len(inside)})")
        lines = [100 * sum(coverage[k]) / len(coverage[k]) for k in ("80", "95")]
        print(f"{'':34} lines inside their 80 % / 95 % intervals: {lines[0]:.1f} / {lines[1]:.1f} %")


if __name__ == "__main__":
    main()
