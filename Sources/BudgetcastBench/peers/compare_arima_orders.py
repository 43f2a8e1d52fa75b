#!/usr/bin/env python3
"""Compares the orders budgetcast's automatic ARIMA picks with R's auto.arima.

Usage: compare_arima_orders.py R_ORDERS.csv DETAILS.json
R_ORDERS.csv from `Rscript auto_arima_orders.R PANEL.csv R_ORDERS.csv`; DETAILS.json
from `budgetcast fit --data PANEL.csv --model auto-arima --details DETAILS.json`.
Prints every series where the order or the constant differs, then the count.
"""
import csv
import json
import re
import sys

MODEL = re.compile(r"ARIMA\((\d+),(\d+),(\d+)\)(?:\((\d+),(\d+),(\d+)\)\[\d+\])?(.*)")


def main(r_orders, details):
    ours = {entry["seriesId"]: entry for entry in json.load(open(details))}
    differing = 0
    rows = list(csv.DictReader(open(r_orders)))
    for row in rows:
        entry = ours[row["series_id"]]
        match = MODEL.match(entry["model"])
        if not match:
            print(row["series_id"], "not an ARIMA:", entry["model"])
            differing += 1
            continue
        order = [int(x or 0) for x in match.groups()[:6]]
        constant = int(any(word in match.group(7) for word in ("drift", "mean")))
        theirs = [int(row[c]) for c in ("p", "d", "q", "P", "D", "Q")]
        if order != theirs or constant != int(row["constant"]):
            differing += 1
            print(f"{row['series_id']}: R {theirs} constant {row['constant']} AICc {row['aicc']}; "
                  f"budgetcast {entry['model']} AICc {entry['aicc']:.6f}")
    print(f"{len(rows) - differing} of {len(rows)} series: the same order and constant as R")


if __name__ == "__main__":
    main(*sys.argv[1:3])
