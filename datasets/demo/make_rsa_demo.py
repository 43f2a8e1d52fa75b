#!/usr/bin/env python3
"""Writes rsa_allocations.csv, the synthetic demo series of `make demo`.

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

if __name__ == "__main__":
    main()
