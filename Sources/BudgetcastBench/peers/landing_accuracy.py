#!/usr/bin/env python3
"""How well does budgetcast land a year from its monthly execution? Measured on the
synthetic département, whose 2024 is executed in full.

1. `budgetcast landing` after each of months 1-11 of 2024 (two past years), every
   chapter of the monthly file, against the executed year: MAPE, largest error and
   interval coverage of the execution profile and of the seasonal model.
2. `budgetcast forecast` on the accounts to 2023, with and without `--execution
   --through 2024-09`: each landed chapter's 2024, operating spending and revenue and
   gross savings against the executed 2024.

    python3 Sources/BudgetcastBench/peers/landing_accuracy.py .build/release/budgetcast

(`make bench-landing`; numpy not needed; about ten seconds.)
"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

BIN = sys.argv[1] if len(sys.argv) > 1 else ".build/release/budgetcast"
ACCOUNTS = "datasets/synthetic/departement_accounts.csv"
HISTORY = "datasets/synthetic/driver_history.csv"
MONTHLY = "datasets/synthetic/monthly_execution.csv"


def run(*args):
    return subprocess.run([BIN, *args], capture_output=True, text=True, check=True).stdout


def landing_accuracy():
    actual = {}
    with open(MONTHLY, newline="") as f:
        for r in csv.DictReader(f):
            if r["month"].startswith("2024"):
                actual[r["series_id"]] = actual.get(r["series_id"], 0) + float(r["value"])
    errors = {"profile": [], "model": []}
    covered = {"profile": [0, 0], "model": [0, 0]}
    for month in range(1, 12):
        for series in json.loads(run("landing", "--execution", MONTHLY, "--through", f"2024-{month:02d}", "--format", "json")):
            a = actual[series["series"]]
            for e in series["estimates"]:
                errors[e["method"]].append(abs(e["landing"] / a - 1) * 100)
                if "lo80" in e:
                    covered[e["method"]][0] += e["lo80"] <= a <= e["hi80"]
                    covered[e["method"]][1] += e["lo95"] <= a <= e["hi95"]
    print("method   cases  MAPE %  max %  inside 80 %  inside 95 %")
    for method, values in errors.items():
        print(f"{method:8s} {len(values):5d}  {sum(values) / len(values):6.2f} {max(values):6.2f}"
              f"  {covered[method][0]:11d}  {covered[method][1]:11d}")


def node_totals(rows, year=None):
    totals = {}
    for r in rows:
        if r["operation"] != "real" or (year is not None and int(r["year"]) != year):
            continue
        y = int(r["year"])
        for node in (f"chapter/{r['section']}/{r['direction']}/{r['chapter']}", f"section/{r['section']}/{r['direction']}"):
            totals[(node, y)] = totals.get((node, y), 0) + float(r["amount"])
    return totals


def forecasts(archive, run_id):
    manifest = json.load(open(os.path.join(archive, "runs", run_id + ".json")))
    def obj(digest):
        return open(os.path.join(archive, "objects", digest[:2], digest)).read()
    cells = {(r["node"], int(r["year"])): float(r["forecast"]) for r in csv.DictReader(io.StringIO(obj(manifest["outputs"]["forecasts"])))}
    provisional = node_totals(csv.DictReader(io.StringIO(obj(manifest["outputs"]["provisional"])))) if manifest["outputs"].get("provisional") else {}
    return cells, provisional


def run_comparison():
    with open(ACCOUNTS, newline="") as f:
        rows = list(csv.DictReader(f))
    actual = node_totals(rows, 2024)
    with tempfile.TemporaryDirectory() as folder:
        accounts = os.path.join(folder, "accounts-2010-2023.csv")
        with open(accounts, "w", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(r for r in rows if int(r["year"]) <= 2023)
        archive = os.path.join(folder, "archive")
        common = ["forecast", "--data", accounts, "--driver-history", HISTORY, "--archive", archive, "--actor", "bench"]
        plain = run(*common).strip().splitlines()[-1]
        landed = run(*common, "--execution", MONTHLY, "--through", "2024-09").strip().splitlines()[-1]
        model, _ = forecasts(archive, plain)
        _, completed = forecasts(archive, landed)
    chapters = sorted({r["series_id"] for r in csv.DictReader(open(MONTHLY))})
    print("\n2024 (M€)            executed   run to 2023 (error)   landed through 2024-09 (error)")
    def line(node):
        a, m, c = actual[(node, 2024)], model[(node, 2024)], completed[(node, 2024)]
        print(f"{node:20s} {a / 1e6:9.2f}   {m / 1e6:9.2f} ({100 * (m / a - 1):+6.2f} %)   {c / 1e6:9.2f} ({100 * (c / a - 1):+6.2f} %)")
        return abs(m / a - 1), abs(c / a - 1)
    pairs = [line(node) for node in chapters]
    print(f"{'mean |error|, chapters':30s} {100 * sum(p[0] for p in pairs) / len(pairs):6.2f} %"
          f"{100 * sum(p[1] for p in pairs) / len(pairs):24.2f} %")
    for node in ("section/F/D", "section/F/R"):
        line(node)
    a = actual[("section/F/R", 2024)] - actual[("section/F/D", 2024)]
    m = model[("section/F/R", 2024)] - model[("section/F/D", 2024)]
    c = completed[("section/F/R", 2024)] - completed[("section/F/D", 2024)]
    print(f"{'gross savings':20s} {a / 1e6:9.2f}   {m / 1e6:9.2f} ({100 * (m / a - 1):+6.2f} %)   {c / 1e6:9.2f} ({100 * (c / a - 1):+6.2f} %)")


if __name__ == "__main__":
    landing_accuracy()
    run_comparison()
