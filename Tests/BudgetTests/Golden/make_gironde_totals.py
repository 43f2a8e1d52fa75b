"""Independent sums of the Gironde executed accounts (../shared/data/gironde), computed
with Python's csv module and Decimal, for two of budgetcast's tests:

- by default, per year, section, direction, operation type and chapter, the sum of
  `Montant` in cents (the import test):
  python3 make_gironde_totals.py ../../../../shared/data/gironde > gironde_totals.json
- with `--debt-flows`, per year, the capital repaid and the loans received in euros
  (the savings cascade's acceptance test), as the decree applying articles 13 and 29 of
  the programming law of 22 January 2018 defines them (Légifrance
  LEGIARTI000036857490): real operations on the borrowing and debt accounts (16...),
  debits for repayments and credits for loans, without the drawing option on a
  treasury line (16449), temporary repayments (1645...), refinancing (166...), accrued
  interest (1688...) and redemption premiums (169...):
  python3 make_gironde_totals.py ../../../../shared/data/gironde --debt-flows \
      > ../../BudgetcastCLITests/Golden/gironde_debt_flows.json
"""
import csv
import glob
import json
import os
import sys
from decimal import Decimal

EXCLUDED_DEBT_ACCOUNTS = ("16449", "1645", "166", "1688", "169")


def rows(folder):
    """Each line of the files as (year, section, direction, real, chapter, account, amount)."""
    for path in sorted(glob.glob(os.path.join(folder, "cedi_*_CA.csv"))):
        with open(path, newline="", encoding="utf-8") as f:
            reader = csv.reader(f)
            header = [h.strip() for h in next(reader)]
            index = {name: i for i, name in enumerate(header)}
            for row in reader:
                if not any(cell.strip() for cell in row):
                    continue
                cell = lambda name: row[index[name]].strip()
                yield (cell("Exercice"), cell("Investissement/Fonctionnement"), cell("Dépense/Recette"),
                       cell("Réel/Ordre id/Ordre diff") == "OR", cell("Chapitre").removeprefix("C"),
                       cell("Article").removeprefix("A"), Decimal(cell("Montant")))


def chapter_totals(folder):
    totals = {}
    for year, section, direction, real, chapter, _, amount in rows(folder):
        key = "|".join([year, section, direction, "real" if real else "order", chapter])
        totals[key] = totals.get(key, 0) + int(amount * 100)
    return totals


def debt_flows(folder):
    flows = {}
    for year, _, direction, real, _, account, amount in rows(folder):
        if not real or not account.startswith("16") or account.startswith(EXCLUDED_DEBT_ACCOUNTS):
            continue
        entry = flows.setdefault(year, {"repaid": Decimal(0), "borrowed": Decimal(0)})
        entry["repaid" if direction == "D" else "borrowed"] += amount
    return {year: {k: str(v) for k, v in entry.items()} for year, entry in flows.items()}


if "--debt-flows" in sys.argv[2:]:
    print(json.dumps(debt_flows(sys.argv[1]), sort_keys=True, indent=1))
else:
    print(json.dumps(chapter_totals(sys.argv[1]), sort_keys=True, indent=0))
