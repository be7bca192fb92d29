#!/usr/bin/env python3
"""The peer of PackPress's cold national import in its bench (W9): what a user might script instead of
`packpress import`. It reads the observation table with Python's csv module, checks every row (an indicator
number, a number for the value, a period such as 2020-04 or 2020/21, each observation once, every problem
listed) and stores the rows in SQLite in one transaction, all or nothing.

Run (any Python 3):  python3 bench/peers/import_csv_sqlite.py TABLE.csv STORE.db
The bench runs it on the table it imports (performance/national.csv of its synthetic national data set).
"""
import csv
import re
import sqlite3
import sys
from decimal import Decimal, InvalidOperation

PERIOD = re.compile(r"^\d{4}(-\d{2}|/\d{2})?$")


def main(table, database):
    rows, problems, seen = [], [], {}
    with open(table, newline="", encoding="utf-8") as f:
        for line, row in enumerate(csv.DictReader(f), start=2):
            at = f"{table}: line {line}"
            indicator = row.get("indicator", "").strip()
            value = row.get("value", "").strip()
            period = row.get("period", "").strip()
            if not indicator.isdigit():
                problems.append(f"{at}, column indicator: '{indicator}' is not an indicator number")
            if not PERIOD.match(period):
                problems.append(f"{at}, column period: '{period}' is not a period")
            try:
                Decimal(value)
            except InvalidOperation:
                problems.append(f"{at}, column value: '{value}' is not a number")
            key = (indicator, row["measure"], row["area"], period)
            if key in seen:
                problems.append(f"{at}: duplicate observation: line {seen[key]} already gives it")
            seen[key] = line
            rows.append((indicator, row["measure"], row["area"], period, value, row.get("source")))
    if problems:
        print("Import rejected; nothing was stored.", *problems, sep="\n  ", file=sys.stderr)
        return 2
    db = sqlite3.connect(database)
    db.execute("CREATE TABLE IF NOT EXISTS observation (indicator INTEGER NOT NULL, measure TEXT NOT NULL,"
               " area TEXT NOT NULL, period TEXT NOT NULL, value NUMERIC NOT NULL, source TEXT,"
               " PRIMARY KEY (indicator, measure, area, period))")
    with db:
        db.execute("DELETE FROM observation")
        db.executemany("INSERT INTO observation VALUES (?, ?, ?, ?, ?, ?)", rows)
    db.close()
    print(f"{table}: {len(rows)} observations stored")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
