#!/usr/bin/env python3
"""numpy peer for `make bench`: median seconds of numpy.linalg.lstsq per size, and
single-thread dgemm GFLOP/s at n = 1000. Prints one JSON object on stdout.

Run with OPENBLAS_NUM_THREADS=1 (the Swift driver sets it) so both sides use one core.
"""
import json
import sys
import time

import numpy as np


def median_seconds(work, minimum_total=0.3, minimum_runs=5):
    times = []
    start = time.perf_counter()
    while len(times) < minimum_runs or time.perf_counter() - start < minimum_total:
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return float(np.median(times))


def main():
    sizes = [tuple(int(v) for v in s.split("x")) for s in sys.argv[1:]]
    rng = np.random.default_rng(20241130)
    result = {"numpy": np.__version__, "lstsq": {}}
    for m, n in sizes:
        a = np.asfortranarray(rng.uniform(-1, 1, (m, n)))
        b = rng.uniform(-1, 1, m)
        result["lstsq"][f"{m}x{n}"] = median_seconds(lambda: np.linalg.lstsq(a, b, rcond=None))
    x = np.asfortranarray(rng.uniform(-1, 1, (1000, 1000)))
    y = np.asfortranarray(rng.uniform(-1, 1, (1000, 1000)))
    seconds = median_seconds(lambda: x @ y, minimum_total=1.0)
    result["dgemmGflops"] = 2 * 1000**3 / seconds / 1e9
    print(json.dumps(result))


if __name__ == "__main__":
    main()
