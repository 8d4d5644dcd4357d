#!/usr/bin/python3
"""Checks the UTC rows of data/cron_cases.tsv against python3-croniter, an independent implementation.

tst_cronexpression checks our parser against the same rows, so the two agree in UTC. croniter is not used for the
time-zone rows: it is known to be wrong across DST transitions.
"""
import sys
from datetime import datetime
from pathlib import Path

from croniter import croniter

checked = failed = 0
for line in (Path(__file__).parent / "data" / "cron_cases.tsv").read_text().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    expression, zone, start, expected = line.split("\t")
    if zone != "UTC":
        continue
    it = croniter(expression, datetime.fromisoformat(start.replace("Z", "+00:00")))
    got = [it.get_next(datetime).strftime("%Y-%m-%dT%H:%M:%SZ") for _ in expected.split()]
    checked += 1
    if got != expected.split():
        failed += 1
        print(f"MISMATCH {expression!r} from {start}: table {expected}, croniter {' '.join(got)}")
print(f"{checked - failed} passed, {failed} failed")
sys.exit(1 if failed or checked < 30 else 0)
