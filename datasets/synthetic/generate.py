#!/usr/bin/env python3
"""Synthetic département generator (deterministic from its seed): `make datasets`.

Writes, next to this script:
- departement_accounts.csv: 15 years (2010-2024) of executed accounts in budgetcast's
  long budget format, about 1,250 real-operation lines a year plus order operations;
- monthly_execution.csv: 36 months (2022-2024) of monthly execution (not cumulated) of
  the main operating chapters (spending 017, 016, 012, 011, 65; revenue 73, 74, 70: their
  real flows in the accounts, spread over the months), series_id,month,value with the chapters named as run nodes (chapter/F/D/017),
  the input of `budgetcast landing` and `budgetcast forecast --execution`;
- drivers.csv: monthly RSA households, quarterly unemployment rate, annual population
  aged 75+ and 85+, monthly real-estate transactions, annual RSA base amount (panel format);
- driver_history.csv: the yearly drivers the accounts were generated from (and the PCH
  beneficiaries and children in care that the PCH and child-welfare spending imply at
  costs per head growing 1.4 % and 2.4 % a year), in the
  `driver,year,value` format of `budgetcast forecast --driver-history` (elasticities),
  with projections for 2025-2027 of the drivers a finance director has ahead: the
  total population (for the per-inhabitant statutory ratios) and the population aged 85+ (from the same law, as INSEE's projections give it), the pay
  index (frozen, as announced) and unemployment (a consensus projection, 7.5 to 7.6 %),
  from which runs forecast APA, personnel and RSA; and the RSA base amount's yearly
  means, then the amounts in force from each April (2024 and 2025 as published, 2026
  and 2027 assumed revalued by 1 %), which budgetcast turns into yearly means.

Calibration (public facts, ../../../shared/docs/domain.md): a département of about
1/80 of France; the social block near 60 % of operating spending; RSA spending =
households x base amount x 12 x household factor, households following unemployment
with a one-year lag; APA following the population aged 85+; DMTO = transactions x
price x 4.5 % rate with the 2020-2024 boom and bust; personnel with the point d'indice
steps of July 2022 and 2023; amounts very skewed (top 10 lines about half the volume);
lines born and dying over the years; the 2024 switch from M52 to M57 (nomenclature
column and the main lines' social functions re-coded as M57 numbers them). Synthetic: not any real département's accounts.
"""
import math
import os
import random

SEED = 20241130
YEARS = list(range(2010, 2025))
RSA_BASE = [460.09, 466.99, 474.93, 488.05, 504.31, 519.04, 529.92, 540.29, 550.93, 559.74, 564.78,
            565.27, 585.27, 602.58, 628.80]
# The RSA base amount in force from each April (€/month, single person): 2024 and 2025
# as published (domain.md), then an assumed 1 % revaluation each April (the law indexes
# it on prices).
RSA_BASE_IN_FORCE = [("2024-04", 635.71), ("2025-04", 646.52), ("2026-04", 652.99), ("2027-04", 659.52)]
UNEMPLOYMENT = [8.9, 8.8, 9.4, 9.9, 10.1, 10.1, 9.8, 9.1, 8.7, 8.2, 7.8, 7.9, 7.3, 7.3, 7.4]
TRANSACTIONS_K = [10.6, 10.1, 8.2, 8.5, 8.3, 9.0, 10.5, 12.0, 12.3, 13.0, 12.4, 14.8, 13.9, 11.4, 9.6]
PRICE_INDEX = [100, 104, 103, 101, 99, 98, 99, 102, 105, 108, 113, 121, 127, 124, 119]
# Consumer-price inflation, yearly average (%), France (INSEE), which chapter 011 does
# not follow here: its elasticity should come out as not identified.
INFLATION = [1.5, 2.1, 2.0, 0.9, 0.5, 0.0, 0.2, 1.0, 1.8, 1.1, 0.5, 1.6, 5.2, 4.9, 2.0]
POINT_INDEX = [1.0] * 6 + [1.006, 1.012] + [1.012] * 4 + [1.047, 1.063, 1.070]

# The M57 codes of the main lines' M52 social functions (M57 merges M52's functions 4
# and 5 into its function 4: 421 famille et enfance, 4213 aide sociale à l'enfance,
# 425 personnes handicapées, 43 APA, 44 RSA with 447 its allocations).
M57_FUNCTIONS = {"567": "447", "551": "431", "552": "432", "52": "425", "51": "4213"}
# Main lines: (section, direction, chapter, account, function, label, driver, share)
MAIN_LINES = [
    ("F", "D", "017", "65171", "567", "RSA - allocations forfaitaires", "rsa", 1.0),
    ("F", "D", "016", "651141", "551", "APA à domicile", "apa", 0.62),
    ("F", "D", "016", "651142", "552", "APA en établissement", "apa", 0.38),
    ("F", "D", "65", "6511211", "52", "Prestation de compensation du handicap", "pch", 1.0),
    ("F", "D", "65", "652412", "51", "Frais d'hébergement - enfance", "ase", 0.7),
    ("F", "D", "65", "65111", "51", "Famille et enfance - allocations", "ase", 0.3),
    ("F", "D", "012", "64111", "0202", "Rémunération principale titulaires", "staff", 0.55),
    ("F", "D", "012", "64131", "0202", "Rémunérations non titulaires", "staff", 0.15),
    ("F", "D", "012", "6451", "0202", "Cotisations URSSAF", "staff", 0.18),
    ("F", "D", "012", "6453", "0202", "Cotisations caisses de retraite", "staff", 0.12),
    ("F", "D", "65", "6553", "12", "Contribution au SDIS", "sdis", 1.0),
    ("F", "D", "66", "66111", "01", "Intérêts des emprunts", "interest", 1.0),
    ("F", "R", "731", "73111", "01", "Taxe foncière sur les propriétés bâties", "property", 1.0),
    ("F", "R", "73", "7321", "01", "Droits de mutation à titre onéreux", "dmto", 1.0),
    ("F", "R", "74", "7411", "01", "Dotation globale de fonctionnement", "dgf", 1.0),
    ("F", "R", "73", "7352", "01", "Fraction de TVA", "vat", 1.0),
    ("F", "R", "017", "7513", "567", "RSA - TICPE et FMDI", "rsa_comp", 1.0),
    ("I", "D", "16", "1641", "01", "Remboursement du capital des emprunts", "capital", 1.0),
    ("I", "D", "21", "2151", "621", "Réseaux de voirie", "invest", 0.45),
    ("I", "D", "204", "204142", "74", "Subventions d'équipement aux communes", "invest", 0.35),
    ("I", "R", "16", "1641", "01", "Emprunts nouveaux", "borrow", 1.0),
    ("I", "R", "10", "10222", "01", "FCTVA", "fctva", 1.0),
]
# Scales the minor lines so that the accounts balance as a département's do: operating
# revenue about 10 % above operating spending, investment financed by savings,
# borrowing and grants.
BALANCE = {("F", "D"): 1.0, ("F", "R"): 1.75, ("I", "D"): 0.45, ("I", "R"): 0.9}
# Total population (1/80 of France's, growing about 0.45 % a year as France's did), for
# the per-inhabitant statutory ratios; projected at 0.4 % a year, as INSEE's projections.
POPULATION = [round(812000 * 1.0045 ** i) for i in range(len(YEARS))]
MINOR_CHAPTERS = [("F", "D", "011", "6"), ("F", "D", "65", "65"), ("F", "R", "74", "74"), ("F", "R", "70", "70"),
                  ("I", "D", "21", "21"), ("I", "D", "23", "23"), ("I", "D", "204", "204"), ("I", "R", "13", "13")]


def drivers(rng):
    out = {}
    households = [round(23500 * (1 + 0.09 * (UNEMPLOYMENT[max(i - 1, 0)] - 8.5)) + rng.gauss(0, 150))
                  for i in range(len(YEARS))]
    out["rsa_households"] = households
    out["pop75"] = [round(52000 * 1.017 ** i) for i in range(len(YEARS))]
    out["pop85"] = [round(17500 * (1.022 ** i) * (1.04 if YEARS[i] >= 2021 else 1)) for i in range(len(YEARS))]
    return out


def main_amount(driver, i, d, rng):
    year = YEARS[i]
    shock = lambda s: math.exp(rng.gauss(0, s))
    if driver == "rsa":
        return d["rsa_households"][i] * RSA_BASE[i] * 12 * 1.32 * shock(0.01)
    if driver == "rsa_comp":
        return 0.55 * 23500 * RSA_BASE[0] * 12 * 1.32 * shock(0.005)
    if driver == "apa":
        return d["pop85"][i] * 0.34 * 5400 * (1.015 ** i) * shock(0.015)
    if driver == "pch":
        return 28e6 * 1.055 ** i * shock(0.02)
    if driver == "ase":
        return 95e6 * 1.035 ** i * (1.08 if year >= 2023 else 1) * shock(0.02)
    if driver == "staff":
        return 160e6 * POINT_INDEX[i] * 1.015 ** i * shock(0.004)
    if driver == "sdis":
        return 38e6 * 1.012 ** i * shock(0.005)
    if driver == "interest":
        return 14e6 * (0.93 ** i if year < 2022 else 0.93 ** 11 * 1.35 ** (year - 2021)) * shock(0.02)
    if driver == "property":
        return 0 if year >= 2021 else 210e6 * 1.02 ** i * shock(0.005)
    if driver == "vat":
        return 0 if year < 2021 else 228e6 * 1.04 ** (year - 2021) * shock(0.01)
    if driver == "dmto":
        return TRANSACTIONS_K[i] * 1000 * 2150 * PRICE_INDEX[i] * 0.045 / 0.9 * shock(0.03)
    if driver == "dgf":
        return (150e6 if year < 2014 else 150e6 * 0.9 ** min(year - 2013, 4)) * shock(0.002)
    if driver == "capital":
        return 45e6 * shock(0.05)
    if driver == "invest":
        return 180e6 * (1 + 0.15 * math.sin(i / 2.5)) * shock(0.08)
    if driver == "borrow":
        return 55e6 * shock(0.25)
    if driver == "fctva":
        return 24e6 * shock(0.1)
    raise ValueError(driver)


def accounts(rng, d):
    rows = []
    minor = []  # (section, direction, chapter, account, function, scale, birth, death)
    for k in range(1420 - len(MAIN_LINES)):
        section, direction, chapter, prefix = MINOR_CHAPTERS[k % len(MINOR_CHAPTERS)]
        account = prefix + str(100 + k)[-3:]
        function = str(rng.choice([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])) + str(rng.randrange(10))
        scale = math.exp(rng.gauss(11.7, 1.6)) * BALANCE[(section, direction)]  # log-normal: skewed
        birth = YEARS[0] if rng.random() < 0.85 else rng.choice(YEARS)
        death = YEARS[-1] if rng.random() < 0.88 else rng.choice(YEARS)
        minor.append((section, direction, chapter, account, function, scale, birth, death))
    for i, year in enumerate(YEARS):
        nomenclature = "M57" if year >= 2024 else "M52"
        for section, direction, chapter, account, function, label, driver, share in MAIN_LINES:
            if year >= 2024:
                function = M57_FUNCTIONS.get(function, function)
            amount = main_amount(driver, i, d, rng) * share
            if amount > 0:
                rows.append(("D033", "B00", year, "CA", nomenclature, section, direction, "real", chapter, account,
                             function, label, amount))
        for section, direction, chapter, account, function, scale, birth, death in minor:
            if birth <= year <= death:
                # Operating revenue outside the main lines (fees, other taxes, grants from
                # other bodies) grows faster than the rest, which keeps gross savings near
                # 17 % of revenue in 2010 and 2021 and near 10 % in 2024, as the sector's did.
                growth = 1.05 if (section, direction) == ("F", "R") else 1.02
                amount = scale * (growth ** i) * math.exp(rng.gauss(0, 0.12))
                rows.append(("D033", "B00", year, "CA", nomenclature, section, direction, "real", chapter, account,
                             function, "Ligne " + account, amount))
        depreciation = 62e6 * 1.02 ** i
        rows.append(("D033", "B00", year, "CA", nomenclature, "F", "D", "order", "042", "6811", "01",
                     "Dotations aux amortissements", depreciation))
        rows.append(("D033", "B00", year, "CA", nomenclature, "I", "R", "order", "040", "28031", "01",
                     "Amortissements", depreciation))
    return rows


def write_accounts(here, rows):
    # budgetcast's canonical order, so that `budgetcast import` rewrites the file unchanged.
    rows = sorted(rows, key=lambda r: (r[0], r[1], r[2], r[5], r[6], r[8], r[9], r[10], r[7], r[11],
                                       round(r[12] * 100), r[3]))
    with open(os.path.join(here, "departement_accounts.csv"), "w", newline="") as f:
        f.write("entity,budget,year,stage,nomenclature,section,direction,operation,chapter,account,function,label,amount\n")
        for row in rows:
            cells = [str(c) for c in row[:-1]] + [f"{row[-1]:.2f}"]
            f.write(",".join(cells) + "\n")


def write_monthly(here, rng, rows):
    # Each main chapter's real operating flows of 2022-2024 as in the accounts, spread
    # over the months with noise (the months add up to the year to the cent): spending
    # with a year-end peak, tax and grant revenue by twelfths (monthly advances). The
    # spending chapters 017, 016, 012, 011 draw from the generator's sequence; the
    # others, added later, from their own so that the other files do not change.
    spending = [0.06, 0.08, 0.085, 0.08, 0.08, 0.09, 0.085, 0.07, 0.085, 0.085, 0.08, 0.12]
    twelfths = [1 / 12] * 12
    later = random.Random(SEED + 1)
    totals = {}
    for r in rows:
        if r[5] == "F" and r[7] == "real" and 2022 <= r[2] <= 2024:
            key = (r[6], r[8], r[2])
            totals[key] = totals.get(key, 0) + round(r[12] * 100)
    series = [("D", c, spending, rng) for c in ("017", "016", "012", "011")]
    series += [("D", "65", spending, later), ("R", "73", twelfths, later), ("R", "74", twelfths, later)]
    series += [("R", "70", twelfths, later)]
    with open(os.path.join(here, "monthly_execution.csv"), "w") as f:
        f.write("series_id,month,value\n")
        for direction, chapter, profile, draws in series:
            for year in (2022, 2023, 2024):
                total = totals[(direction, chapter, year)]
                shares = [p * math.exp(draws.gauss(0, 0.03)) for p in profile]
                cents = [round(total * w / sum(shares)) for w in shares]
                cents[-1] = total - sum(cents[:-1])
                for month, amount in enumerate(cents, start=1):
                    f.write(f"chapter/F/{direction}/{chapter},{year}-{month:02d},{amount / 100:.2f}\n")


def write_drivers(here, rng, d):
    with open(os.path.join(here, "drivers.csv"), "w") as f:
        f.write("series_id,period,t,value\n")
        for i, year in enumerate(YEARS):
            for m in range(12):
                households = d["rsa_households"][i] * (1 + 0.02 * math.cos(2 * math.pi * m / 12)) + rng.gauss(0, 60)
                f.write(f"rsa_households,12,{year * 12 + m + 1},{round(households)}\n")
                f.write(f"real_estate_transactions,12,{year * 12 + m + 1},"
                        f"{round(TRANSACTIONS_K[i] * 1000 / 12 * (1 + 0.15 * math.sin(2 * math.pi * (m - 3) / 12)))}\n")
            for q in range(4):
                f.write(f"unemployment_rate,4,{year * 4 + q + 1},{UNEMPLOYMENT[i] + rng.gauss(0, 0.1):.1f}\n")
            f.write(f"population_75_plus,1,{year},{d['pop75'][i]}\n")
            f.write(f"population_85_plus,1,{year},{d['pop85'][i]}\n")
            f.write(f"rsa_base_amount,1,{year},{RSA_BASE[i]}\n")


def pch_beneficiaries(rows):
    """PCH beneficiaries implied by the PCH line at a cost per beneficiary of 6,500 EUR
    in 2010 growing 1.4 % a year, counted with a small deterministic error (no random
    draw, so that the other files do not change)."""
    spending = {}
    for row in rows:
        if row[9] == "6511211":
            spending[row[2]] = spending.get(row[2], 0) + row[12]
    return [round(spending[year] / (6500 * 1.014 ** i) * (1 + 0.004 * math.sin(2.1 * i)))
            for i, year in enumerate(YEARS)]


def ase_children(rows):
    """Children in the care of child welfare implied by its spending (real operating
    spending of chapter 65 on function 51, its two main lines re-coded 4213 under M57) at a cost per child of 44,000 EUR in 2010 growing 2.4 % a year, the 2023
    rise two thirds cost and one third volume (as the sector's, domain brief), counted
    with a small deterministic error."""
    spending = {}
    for row in rows:
        section, direction, operation, chapter, function = row[5], row[6], row[7], row[8], row[10]
        if (section, direction, operation, chapter) == ("F", "D", "real", "65") and function.startswith(("51", "421")):
            spending[row[2]] = spending.get(row[2], 0) + row[12]
    return [round(spending[year] / (44000 * 1.024 ** i * (1.08 ** (2 / 3) if year >= 2023 else 1))
                  * (1 + 0.003 * math.sin(1.7 * i)))
            for i, year in enumerate(YEARS)]


def write_driver_history(here, d, rows):
    # No random draw: the other files do not change when this one is added.
    series = {
        "unemployment_rate": UNEMPLOYMENT,
        "rsa_households": d["rsa_households"],
        "population": POPULATION,
        "population_85": d["pop85"],
        "pch_beneficiaries": pch_beneficiaries(rows),
        "ase_children": ase_children(rows),
        "real_estate_transactions": [round(k * 1000) for k in TRANSACTIONS_K],
        "real_estate_prices": PRICE_INDEX,
        "pay_index": [round(100 * p, 1) for p in POINT_INDEX],
        "inflation": INFLATION,
        "rsa_base_amount": RSA_BASE,
    }
    projected = list(range(YEARS[-1] + 1, YEARS[-1] + 4))
    projections = {
        "population": [round(POPULATION[-1] * 1.004 ** (year - YEARS[-1])) for year in projected],
        "population_85": [round(17500 * 1.022 ** (year - YEARS[0]) * 1.04) for year in projected],
        "pay_index": [round(100 * POINT_INDEX[-1], 1)] * len(projected),
        "unemployment_rate": [7.5, 7.6, 7.6],
    }
    with open(os.path.join(here, "driver_history.csv"), "w") as f:
        f.write("driver,year,value\n")
        for name, values in series.items():
            for year, value in zip(YEARS + projected, values + projections.get(name, [])):
                f.write(f"{name},{year},{value}\n")
        for date, value in RSA_BASE_IN_FORCE:
            f.write(f"rsa_base_amount,{date},{value}\n")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rng = random.Random(SEED)
    d = drivers(rng)
    rows = accounts(rng, d)
    write_accounts(here, rows)
    write_monthly(here, rng, rows)
    write_drivers(here, rng, d)
    write_driver_history(here, d, rows)


if __name__ == "__main__":
    main()
