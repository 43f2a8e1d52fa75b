#!/usr/bin/env python3
"""Writes the synthetic demo data of `make demo`: rsa_allocations.csv (wide, French
CSV conventions, for `regress`) and social_panel.csv (budgetcast's long format, for
`fit`: the annual RSA spending and households, and a monthly RSA caseload with
seasonality, 2015-2024).

The drivers follow public national magnitudes (../../README.md cites them): the RSA
base amount for a single person (annual average of the monthly amounts in force,
April revaluations), the national count of RSA households scaled to a département
of about 1/80 of France, and the ILO unemployment rate. Spending is generated as
households x base amount x 12 months x 1.32 (average household composition) plus
Gaussian noise with a fixed seed, so the "true" relation is known. The file is
written the way French finance software exports: UTF-8 with BOM, ';' separator,
decimal comma. It is synthetic; do not read it as any real département's accounts.
"""
import os
import random

YEARS = list(range(2010, 2025))
BASE_AMOUNT = [460.09, 466.99, 474.93, 488.05, 504.31, 519.04, 529.92, 540.29, 550.93,
               559.74, 564.78, 565.27, 585.27, 602.58, 628.80]
NATIONAL_HOUSEHOLDS_K = [1766, 1790, 1840, 1950, 2030, 2040, 1960, 1920, 1910,
                         1900, 2050, 1950, 1890, 1850, 1840]
UNEMPLOYMENT = [8.9, 8.8, 9.4, 9.9, 10.1, 10.1, 9.8, 9.1, 8.7, 8.2, 7.8, 7.9, 7.3, 7.3, 7.4]

def main():
    rng = random.Random(20241130)
    here = os.path.dirname(os.path.abspath(__file__))
    lines = ["annee;foyers_rsa;montant_forfaitaire;taux_chomage;depenses_rsa_meur"]
    for year, amount, national, rate in zip(YEARS, BASE_AMOUNT, NATIONAL_HOUSEHOLDS_K, UNEMPLOYMENT):
        households = round(national * 1000 / 80 + rng.gauss(0, 150))
        spending = households * amount * 12 * 1.32 / 1e6 + rng.gauss(0, 1.2)
        fr = lambda v, d: f"{v:.{d}f}".replace(".", ",")
        lines.append(f"{year};{households};{fr(amount, 2)};{fr(rate, 1)};{fr(spending, 3)}")
    with open(os.path.join(here, "rsa_allocations.csv"), "w", encoding="utf-8-sig", newline="") as f:
        f.write("\r\n".join(lines) + "\r\n")
    write_panel(here, lines[1:], rng)


def write_panel(here, rows, rng):
    """The long panel: series_id,period,t,value (annual series indexed by year)."""
    import math
    out = ["series_id,period,t,value"]
    for row in rows:
        year, households, _, _, spending = row.split(";")
        out.append(f"depenses_rsa_meur,1,{year},{spending.replace(',', '.')}")
    for row in rows:
        year, households, _, _, _ = row.split(";")
        out.append(f"foyers_rsa,1,{year},{households}")
    level = 23500.0
    for k in range(120):  # monthly caseload 2015-01 .. 2024-12
        level += rng.gauss(5, 60)
        season = 1 + 0.025 * math.cos(2 * math.pi * (k % 12) / 12)
        out.append(f"foyers_rsa_mensuel,12,{2015 * 12 + k + 1},{round(level * season)}")
    with open(os.path.join(here, "social_panel.csv"), "w") as f:
        f.write("\n".join(out) + "\n")

if __name__ == "__main__":
    main()
