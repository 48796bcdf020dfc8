#!/usr/bin/env python3
"""Counts the error and warning results in the Multitool reports next to each *.sarif in a folder
(the Multitool itself exits 0 even when it finds errors). Usage: sarif_reports.py FOLDER"""
import collections
import glob
import json
import os
import sys

folder = sys.argv[1]
files = sorted(glob.glob(os.path.join(folder, "*.sarif")))
failed = 0
rules = collections.Counter()
for sarif in files:
    report_path = sarif + ".report"
    if not os.path.exists(report_path):
        print(f"FAIL {sarif}: the Multitool wrote no report")
        failed += 1
        continue
    report = json.load(open(report_path, encoding="utf-8-sig"))
    problems = [r for run in report.get("runs", []) for r in run.get("results") or []
                if r.get("level", "warning") in ("error", "warning")]
    if problems:
        failed += 1
        print(f"FAIL {sarif}: {len(problems)} errors or warnings")
        for r in problems[:5]:
            rules[r.get("ruleId")] += 1
            print(f"     {r.get('level', 'warning')} {r.get('ruleId')}: {r.get('message', {}).get('text', '')[:200]}")
print(f"SARIF: {len(files)} files validated (Sarif;Ghas), {failed} with errors or warnings"
      + (f"; rules: {dict(rules)}" if rules else ""))
sys.exit(1 if failed else 0)
