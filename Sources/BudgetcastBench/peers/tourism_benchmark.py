#!/usr/bin/env python3
"""`make bench-tourism`: budgetcast's methods and its peers on the tourism competition data
(Athanasopoulos, Hyndman, Song & Wu 2011: 518 yearly, 427 quarterly, 366 monthly series;
horizons 4, 8, 24), all scored in this run by `budgetcast score` (which agrees with
../shared/tools/score.py to 1e-9).

budgetcast's design choices were measured on M3; this second public benchmark checks
them on data they were not chosen on. The peers are run here, in the same run, on every
series: R forecast's ets(), auto.arima(), thetaf() and snaive() with 80 and 95 %
intervals, Hyndman's EAT (the mean of the three first point forecasts), and
statsforecast's AutoETS, AutoARIMA and AutoTheta; a peer that is not installed is left
out with a message.

Usage: tourism_benchmark.py BUDGETCAST OUT_DIR [--jobs N] [--no-peers] [--keep-peers]

--keep-peers reuses the peers' forecast files of an earlier run (their half hour) and
re-runs budgetcast only.
"""
import csv
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

CATEGORIES = ["yearly", "quarterly", "monthly"]
METHODS = ["auto", "theta", "dotm", "comb", "naive", "snaive", "auto-arima", "ensemble"]

R_SCRIPT = r"""
suppressMessages(library(forecast))
args <- commandArgs(TRUE)
d <- read.csv(args[1])
method <- args[2]
out <- file(args[3], "w")
writeLines("series_id,h,forecast,lo80,hi80,lo95,hi95", out)
for (id in unique(d$series_id)) {
  s <- d[d$series_id == id, ]
  x <- ts(s$value[s$split == "train"], frequency = s$period[1])
  h <- sum(s$split == "test")
  f <- switch(method,
    ets = forecast(ets(x), h = h, level = c(80, 95)),
    auto.arima = forecast(auto.arima(x), h = h, level = c(80, 95)),
    thetaf = thetaf(x, h = h, level = c(80, 95)),
    snaive = snaive(x, h = h, level = c(80, 95)))
  m <- cbind(seq_len(h), as.numeric(f$mean), f$lower[, 1], f$upper[, 1], f$lower[, 2], f$upper[, 2])
  for (k in seq_len(h)) writeLines(paste(c(id, sprintf("%.17g", m[k, ])), collapse = ","), out)
}
close(out)
"""

SF_SCRIPT = r"""
import csv, sys, numpy as np
import statsforecast.models
Model = getattr(statsforecast.models, sys.argv[2])
series = {}
for r in csv.DictReader(open(sys.argv[1])):
    entry = series.setdefault(r["series_id"], [int(r["period"]), [], 0])
    if r["split"] == "train":
        entry[1].append(float(r["value"]))
    else:
        entry[2] += 1
with open(sys.argv[3], "w") as out:
    out.write("series_id,h,forecast,lo80,hi80,lo95,hi95\n")
    for sid, (m, y, h) in series.items():
        f = Model(season_length=m).forecast(y=np.array(y), h=h, level=[80, 95])
        for k in range(h):
            row = [f["mean"][k], f["lo-80"][k], f["hi-80"][k], f["lo-95"][k], f["hi-95"][k]]
            out.write(",".join([sid, str(k + 1)] + [repr(float(v)) for v in row]) + "\n")
"""

PEERS = [("R ets", "R", "ets"), ("R auto.arima", "R", "auto.arima"), ("R thetaf", "R", "thetaf"),
         ("R snaive", "R", "snaive"), ("sf AutoETS", "sf", "AutoETS"),
         ("sf AutoARIMA", "sf", "AutoARIMA"), ("sf AutoTheta", "sf", "AutoTheta")]


def score(binary, data, forecasts):
    run = subprocess.run([binary, "score", "--data", data, "--forecasts", forecasts, "--json"],
                         check=True, capture_output=True, text=True)
    return json.loads(run.stdout)["overall"]


def run_ours(binary, out, method, category):
    data = os.path.join(out, f"{category}.csv")
    forecasts = os.path.join(out, f"{category}_{method}.csv")
    subprocess.run([binary, "fit", "--data", data, "--model", method, "--output", forecasts,
                    "--quiet"], check=True, capture_output=True, text=True)
    return forecasts


def run_peer(out, label, runner, model, category, keep=False):
    data = os.path.join(out, f"{category}.csv")
    forecasts = os.path.join(out, f"{category}_{label.replace(' ', '_')}.csv")
    if keep and os.path.exists(forecasts):
        return forecasts
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "NUMBA_NUM_THREADS": "1"}
    command = (["Rscript", "-e", R_SCRIPT, data, model, forecasts] if runner == "R"
               else [sys.executable, "-c", SF_SCRIPT, data, model, forecasts])
    try:
        subprocess.run(command, check=True, capture_output=True, text=True, env=env)
        return forecasts
    except (OSError, subprocess.CalledProcessError) as error:
        detail = getattr(error, "stderr", "") or str(error)
        print(f"  {label} on {category} left out: {detail.strip().splitlines()[-1:]}",
              file=sys.stderr)
        return None


def mean_of(paths, target):
    """Hyndman's EAT: the mean of the members' forecasts, bound by bound."""
    rows = [list(csv.reader(open(p)))[1:] for p in paths]
    with open(target, "w") as out:
        out.write("series_id,h,forecast,lo80,hi80,lo95,hi95\n")
        for parts in zip(*rows):
            assert all(p[:2] == parts[0][:2] for p in parts)
            means = [sum(float(p[k]) for p in parts) / len(parts) for k in range(2, 7)]
            out.write(",".join(parts[0][:2] + [repr(v) for v in means]) + "\n")
    return target


def main():
    args = sys.argv[1:]
    binary, out = args[0], args[1]
    jobs = int(args[args.index("--jobs") + 1]) if "--jobs" in args else os.cpu_count() or 1
    tasks = [(m, c, None) for m in METHODS for c in CATEGORIES]
    if "--no-peers" not in args:
        tasks += [(label, c, (runner, model)) for label, runner, model in PEERS for c in CATEGORIES]
    files = {}

    def work(task):
        label, category, peer = task
        if peer is None:
            return task, run_ours(binary, out, label, category)
        return task, run_peer(out, label, peer[0], peer[1], category, "--keep-peers" in args)

    # budgetcast's fits use every core themselves; the peers run one per core.
    for task in tasks:
        if task[2] is None:
            files[(task[0], task[1])] = work(task)[1]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        for (label, category, _), path in pool.map(work, [t for t in tasks if t[2] is not None]):
            files[(label, category)] = path
    rows = [(f"budgetcast {m}", m) for m in METHODS]
    if "--no-peers" not in args:
        for category in CATEGORIES:
            members = [files.get((label, category)) for label in ["R ets", "R auto.arima", "R thetaf"]]
            if all(members):
                files[("EAT", category)] = mean_of(
                    members, os.path.join(out, f"{category}_EAT.csv"))
        rows += [(label, label) for label, _, _ in PEERS] + [("EAT (ets + auto.arima + thetaf)", "EAT")]
    print("Tourism sMAPE / MASE / 95% coverage, all scored in this run\n")
    print(f"{'method':<32}" + "".join(f"{c:>24}" for c in CATEGORIES) + f"{'all (MASE)':>12}")
    for name, key in rows:
        cells, mases, counts = [], [], []
        for category in CATEGORIES:
            path = files.get((key, category))
            if not path:
                cells.append(f"{'—':>24}")
                continue
            s = score(binary, os.path.join(out, f"{category}.csv"), path)
            coverage = s.get("cov95")
            cov = f" / {coverage:.2f}" if coverage is not None and key != "EAT" else ""
            cells.append(f"{s['sMAPE']:>8.2f} / {s['MASE']:.3f}{cov}".rjust(24))
            mases.append(s["MASE"])
            counts.append(s["series"])
        overall = (f"{sum(m * n for m, n in zip(mases, counts)) / sum(counts):>12.3f}"
                   if len(mases) == len(CATEGORIES) else f"{'—':>12}")
        print(f"{name:<32}" + "".join(cells) + overall)


if __name__ == "__main__":
    main()
