#!/usr/bin/env python3
"""The monitoring files of packaging/prometheus/ against the app: the alert rules are Prometheus rule groups (each
rule an alert with an expression, a severity and a summary) and the Grafana dashboard is JSON whose panels query
Prometheus; both name only metrics that /metrics exports (the families src/core/web/WebMetrics.cpp writes), so a
renamed metric cannot leave an alert that never fires."""
import json
import pathlib
import re
import sys

import yaml

root = pathlib.Path(__file__).resolve().parents[2]
source = (root / "src/core/web/WebMetrics.cpp").read_text(encoding="utf-8")
exported = set(re.findall(r'"(testops_export_[a-z0-9_]+)"', source))
failures = 0


def check(what, ok):
    global failures
    print(("ok   " if ok else "FAIL ") + what)
    failures += 0 if ok else 1


def named(text):
    return set(re.findall(r"testops_export_[a-z0-9_]+", text))


check(f"WebMetrics.cpp writes the families ({len(exported)})", len(exported) >= 15)
rules = yaml.safe_load((root / "packaging/prometheus/alerts.yml").read_text(encoding="utf-8"))
alerts = [rule for group in rules["groups"] for rule in group["rules"]]
check("rule groups with alerts", len(alerts) >= 4 and all("alert" in rule and "expr" in rule for rule in alerts))
for rule in alerts:
    check(f"{rule['alert']}: a severity and a summary",
          rule.get("labels", {}).get("severity") in ("warning", "critical") and rule["annotations"].get("summary"))
    unknown = named(rule["expr"]) - exported
    check(f"{rule['alert']}: its metrics are exported {sorted(named(rule['expr']))}", not unknown)
check("the alerts the issue asks for: failed, overdue, mass removal, scrape down",
      {"TestOpsExportGroupFailed", "TestOpsExportOverdue", "TestOpsExportMassRemoval",
       "TestOpsExportScrapeDown"} <= {rule["alert"] for rule in alerts})

dashboard = json.loads((root / "packaging/prometheus/grafana-dashboard.json").read_text(encoding="utf-8"))
expressions = [target["expr"] for panel in dashboard["panels"] for target in panel.get("targets", [])]
check("a dashboard with panels that query Prometheus", dashboard["title"] and len(expressions) >= 5)
used = set().union(*(named(expr) for expr in expressions))
check(f"the dashboard names only exported metrics ({len(used)} used)", used and not (used - exported))
print(f"{failures} failed")
sys.exit(1 if failures else 0)
