#!/usr/bin/env python3
"""`make bench-accuracy`: budgetcast's methods on M3, scored, beside R forecast and
statsforecast.

Accuracy: every budgetcast method on all 3,003 M3 series (scored by `budgetcast
score`), printed beside the peer figures of ../shared/docs/peers.md (measured there
on the same data with the same scorer).
Speed: CPU milliseconds per series of budgetcast's automatic ETS and ARIMA on every
series, and, in this same run, of R's ets() and auto.arima() and statsforecast's
AutoETS and AutoARIMA on every K-th series (one thread each, steady state: start-up
and imports excluded), as ratios. budgetcast's steady state is the CPU its forecasting
takes (`fit --timing`: all workers, start-up and CSV excluded, as for the peers); the
whole process (start-up and CSV included) is shown beside it.

Usage: accuracy_benchmark.py BUDGETCAST OUT_DIR [--every K] [--no-peers]
"""
import json
import os
import resource
import subprocess
import sys
import time

CATEGORIES = ["yearly", "quarterly", "monthly", "other"]
COUNTS = {"yearly": 645, "quarterly": 756, "monthly": 1428, "other": 174}
METHODS = ["auto", "theta", "dotm", "otm", "comb", "naive", "ensemble", "auto-arima"]
# ../shared/docs/peers.md, sMAPE by category (R 4.2.2 forecast 8.20; statsforecast 2.1.1).
PEERS = {
    "R ets": [17.00, 9.68, 14.14, 4.37], "R auto.arima": [17.10, 10.01, 14.96, 4.49],
    "R thetaf": [16.76, 9.20, 13.86, 4.92], "R M4-Comb": [16.64, 9.57, 13.95, 4.51],
    "sf AutoETS": [16.19, 9.45, 14.16, 4.35], "sf AutoARIMA": [16.71, 10.09, 15.25, 4.49],
    "sf AutoTheta": [16.62, 9.26, 14.97, 4.81], "EAT (Hyndman 2018)": [16.03, 9.01, 13.52, 4.32],
}


def child_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_budgetcast(binary, out, method, category):
    data = os.path.join(out, f"{category}.csv")
    forecasts = os.path.join(out, f"{category}_{method}.csv")
    before = child_cpu()
    run = subprocess.run([binary, "fit", "--data", data, "--model", method, "--output", forecasts,
                          "--quiet", "--timing"], check=True, capture_output=True, text=True)
    process = child_cpu() - before
    timed = [l for l in run.stderr.splitlines() if l.startswith("forecasting CPU seconds:")]
    steady = float(timed[-1].split()[3]) if timed else process
    score = subprocess.run([binary, "score", "--data", data, "--forecasts", forecasts, "--json"],
                           check=True, capture_output=True, text=True)
    return json.loads(score.stdout)["overall"], (steady, process)


def sample(out, category, every):
    source = os.path.join(out, f"{category}.csv")
    target = os.path.join(out, f"{category}_every{every}.csv")
    seen, keep = [], set()
    with open(source) as f:
        header = f.readline()
        lines = f.readlines()
    for line in lines:
        sid = line.split(",", 1)[0]
        if not seen or seen[-1] != sid:
            seen.append(sid)
            if (len(seen) - 1) % every == 0:
                keep.add(sid)
    with open(target, "w") as f:
        f.write(header)
        f.writelines(line for line in lines if line.split(",", 1)[0] in keep)
    return target, len(keep)


R_SCRIPT = r"""
suppressMessages(library(forecast))
d <- read.csv(commandArgs(TRUE)[1])
ids <- unique(d$series_id)
series <- lapply(ids, function(id) { s <- d[d$series_id == id & d$split == "train", ]; ts(s$value, frequency = s$period[1]) })
fit_one <- get(commandArgs(TRUE)[2])
t0 <- proc.time()
for (x in series) fit <- fit_one(x)
t1 <- proc.time()
cat((t1 - t0)[["user.self"]] + (t1 - t0)[["sys.self"]], length(series), "\n")
"""

SF_SCRIPT = r"""
import sys, time, numpy as np, csv
import statsforecast.models
Model = getattr(statsforecast.models, sys.argv[2])
rows = {}
for r in csv.DictReader(open(sys.argv[1])):
    if r["split"] == "train":
        rows.setdefault(r["series_id"], (int(r["period"]), []))[1].append(float(r["value"]))
series = list(rows.values())
Model(season_length=series[0][0]).fit(np.array(series[0][1]))  # warm-up
t0 = time.process_time()
for m, y in series:
    Model(season_length=m).fit(np.array(y))
print(time.process_time() - t0, len(series))
"""


# Peer timings: (label, R function or statsforecast model, runner).
PEER_MODELS = [("R ets", "ets", "R"), ("sf AutoETS", "AutoETS", "sf"),
               ("R auto.arima", "auto.arima", "R"), ("sf AutoARIMA", "AutoARIMA", "sf")]


def peer_speed(out, every):
    """CPU ms per series of each peer model on every `every`-th series of each category."""
    result = {}
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "NUMBA_NUM_THREADS": "1"}
    for category in CATEGORIES:
        path, count = sample(out, category, every)
        entry = {}
        for label, model, runner in PEER_MODELS:
            command = (["Rscript", "-e", R_SCRIPT, path, model] if runner == "R"
                       else [sys.executable, "-c", SF_SCRIPT, path, model])
            try:
                r = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
                seconds, n = r.stdout.split()[-2:]
                entry[label] = 1000 * float(seconds) / int(n)
            except (OSError, subprocess.CalledProcessError, ValueError):
                entry[label] = None
        result[category] = entry
    return result


def print_speed(title, ours_method, r_label, sf_label, cpu, peers):
    print(f"{title:<12}{'bc steady':>12}{'bc process':>12}{r_label:>14}{sf_label:>14}"
          f"{'R / bc':>10}{'sf / bc':>10}")
    for c in CATEGORIES:
        steady, process = (1000 * v / COUNTS[c] for v in cpu[(ours_method, c)])
        r = peers.get(c, {}).get(r_label)
        sf = peers.get(c, {}).get(sf_label)
        fmt = lambda v: f"{v:.2f}" if v is not None else "-"
        ratio = lambda v: f"{v / steady:.1f}x" if v is not None else "-"
        print(f"{c:<12}{steady:>12.2f}{process:>12.2f}{fmt(r):>14}{fmt(sf):>14}"
              f"{ratio(r):>10}{ratio(sf):>10}")
    print()


def main():
    binary, out = sys.argv[1], sys.argv[2]
    every = int(sys.argv[sys.argv.index("--every") + 1]) if "--every" in sys.argv else 10
    started = time.time()
    results, cpu = {}, {}
    for method in METHODS:
        for category in CATEGORIES:
            results[(method, category)], cpu[(method, category)] = run_budgetcast(binary, out, method, category)
    print("M3 sMAPE / MASE / 95% coverage (budgetcast measured now; peers from ../shared/docs/peers.md)\n")
    print(f"{'method':<22}" + "".join(f"{c:>24}" for c in CATEGORIES) + f"{'overall':>22}")
    for method in METHODS:
        cells, total, coverage = [], 0.0, 0.0
        for c in CATEGORIES:
            r = results[(method, c)]
            cells.append(f"{r['sMAPE']:>8.2f} / {r['MASE']:.3f} / {r['cov95']:.2f}")
            total += r["sMAPE"] * COUNTS[c]
            coverage += r["cov95"] * COUNTS[c]
        print(f"{'budgetcast ' + method:<22}" + "".join(f"{x:>24}" for x in cells)
              + f"{total / 3003:>12.2f} / cov {coverage / 3003:.2f}")
    for name, values in PEERS.items():
        overall = sum(v * COUNTS[c] for v, c in zip(values, CATEGORIES)) / 3003
        print(f"{name:<22}" + "".join(f"{v:>24.2f}" for v in values) + f"{overall:>12.2f}")
    print("\nCPU ms per series (budgetcast: all series, --jobs default, steady state and whole "
          f"process; peers: every {every}th series, one thread, steady state, measured in this run;"
          " ratios on steady state)\n")
    peers = {} if "--no-peers" in sys.argv else peer_speed(out, every)
    print_speed("auto ETS", "auto", "R ets", "sf AutoETS", cpu, peers)
    print_speed("auto ARIMA", "auto-arima", "R auto.arima", "sf AutoARIMA", cpu, peers)
    print(f"{'':<12}{'bc theta':>12}{'bc ensemble':>14}")
    for c in CATEGORIES:
        print(f"{c:<12}{1000 * cpu[('theta', c)][0] / COUNTS[c]:>12.2f}"
              f"{1000 * cpu[('ensemble', c)][0] / COUNTS[c]:>14.2f}")
    print(f"\nTotal wall time {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
