#!/usr/bin/env python3
"""Joins the per-spec result lines of bench/corpus.sh into a CSV and prints a summary.

Usage: summarize.py WORK CSV RULES_CSV
"""
import collections
import csv
import glob
import json
import os
import sys

COLUMNS = ["index", "file", "bytes", "lint_exit", "lint_ms", "errors", "warnings", "notes", "operations",
           "fix_exit", "fix_ms", "write_exit", "relint_exit", "refix_exit", "only_insertions", "crashes", "timeouts",
           "new_errors_after_fix"]


def main() -> int:
    work, csv_path, rules_path = sys.argv[1], sys.argv[2], sys.argv[3]
    rows = []
    for path in glob.glob(os.path.join(work, "results", "*.tsv")):
        with open(path, encoding="utf-8") as f:
            fields = f.read().rstrip("\n").split("\t")
        rows.append(dict(zip(COLUMNS, fields + [""] * (len(COLUMNS) - len(fields)))))
    rows.sort(key=lambda r: int(r["index"]))
    with open(csv_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)

    print(f"specs run: {len(rows)}")
    for step in ("lint", "fix", "write", "relint", "refix"):
        counts = collections.Counter(r[f"{step}_exit"] for r in rows if r[f"{step}_exit"] != "")
        print(f"  {step:7} exit codes: " + ", ".join(f"{code}: {n}" for code, n in sorted(counts.items(), key=lambda kv: int(kv[0]))))
    total = collections.Counter()
    for r in rows:
        for key in ("errors", "warnings", "notes"):
            total[key] += int(r[key] or 0)
    print(f"  findings: {total['errors']} errors, {total['warnings']} warnings, {total['notes']} notes")
    crashed = [r for r in rows if r["crashes"]]
    timed_out = [r for r in rows if r["timeouts"]]
    print(f"crashes: {len(crashed)}")
    for r in crashed[:20]:
        print(f"  {r['crashes']:20} {r['file']}")
    print(f"timeouts: {len(timed_out)}")
    for r in timed_out[:20]:
        print(f"  {r['timeouts']:20} {r['file']}")

    fixed = [r for r in rows if r["write_exit"] != ""]
    reparse_bad = [r for r in fixed if "2" in (r["relint_exit"], r["refix_exit"])]
    idem_bad = [r for r in fixed if r["refix_exit"] != "0"]
    insert_bad = [r for r in fixed if r["only_insertions"] != "ok"]
    write_bad = [r for r in fixed if r["write_exit"] != "0"]
    print(f"fix invariants over {len(fixed)} specs that had something to fix:")
    print(f"  --write failed: {len(write_bad)}; fixed file unreadable (re-lint or second fix exit 2): {len(reparse_bad)}; "
          f"not idempotent (second fix exit != 0): {len(idem_bad)}; not insertions only: {len(insert_bad)}")
    for label, bad in (("write", write_bad), ("re-parse", reparse_bad), ("idempotence", idem_bad), ("insertions", insert_bad)):
        for r in bad[:10]:
            print(f"    {label}: {r['file']}")

    relinted = [r for r in fixed if r["new_errors_after_fix"] != ""]
    worse = [r for r in relinted if int(r["new_errors_after_fix"]) > 0]
    if relinted:
        print(f"  specs where fix --write brought a new error-level finding: {len(worse)} of {len(relinted)} re-linted")
        for r in worse[:10]:
            print(f"    +{r['new_errors_after_fix']} errors: {r['file']}")

    by_rule = collections.defaultdict(collections.Counter)
    for path in glob.glob(os.path.join(work, "rules", "*.json")):
        with open(path, encoding="utf-8") as f:
            for rule, severities in json.load(f).items():
                by_rule[rule].update(severities)
    with open(rules_path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["rule", "errors", "warnings", "notes"])
        for rule in sorted(by_rule):
            c = by_rule[rule]
            writer.writerow([rule, c["error"], c["warning"], c["note"]])
    print(f"findings per rule: {rules_path}")

    print("ten slowest (lint + fix dry run):")
    slowest = sorted(rows, key=lambda r: -(int(r["lint_ms"] or 0) + int(r["fix_ms"] or 0)))[:10]
    for r in slowest:
        mb = int(r["bytes"] or 0) / 1e6
        print(f"  lint {int(r['lint_ms']) / 1000:6.2f} s  fix {int(r['fix_ms']) / 1000:6.2f} s  {mb:6.1f} MB  {r['file']}")
    print(f"CSV: {csv_path}")
    return 1 if crashed or timed_out else 0


if __name__ == "__main__":
    sys.exit(main())
