"""Independent totals of the Gironde executed accounts (../shared/data/gironde), for
budgetcast's import test: per year, section, direction, operation type and chapter,
the sum of `Montant` in cents, computed with Python's csv module and Decimal.

Run: python3 make_gironde_totals.py ../../../../shared/data/gironde > gironde_totals.json
"""
import csv
import glob
import json
import os
import sys
from decimal import Decimal

folder = sys.argv[1]
totals = {}
for path in sorted(glob.glob(os.path.join(folder, "cedi_*_CA.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        header = [h.strip() for h in next(rows)]
        index = {name: i for i, name in enumerate(header)}
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            operation = "real" if row[index["Réel/Ordre id/Ordre diff"]].strip() == "OR" else "order"
            chapter = row[index["Chapitre"]].strip()
            chapter = chapter[1:] if chapter.startswith("C") else chapter
            key = "|".join([row[index["Exercice"]].strip(), row[index["Investissement/Fonctionnement"]].strip(),
                            row[index["Dépense/Recette"]].strip(), operation, chapter])
            cents = int(Decimal(row[index["Montant"]].strip()) * 100)
            totals[key] = totals.get(key, 0) + cents
print(json.dumps(totals, sort_keys=True, indent=0))
