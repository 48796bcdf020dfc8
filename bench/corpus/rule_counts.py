#!/usr/bin/env python3
"""Findings per rule for bench/corpus/run-one.sh.

  rule_counts.py summary LINT_JSON RULES_JSON
      Prints "errors<TAB>warnings<TAB>notes<TAB>operations" of the report (four empty fields when
      it cannot be read) and writes {ruleId: {severity: count}} to RULES_JSON.
  rule_counts.py new-errors LINT_JSON RELINT_JSON
      Prints how many error-level findings the fixed copy (RELINT_JSON) has beyond the original
      (LINT_JSON), counted per rule: line numbers move when `fix` inserts, so findings are
      compared by count, not by position.
"""
import collections
import json
import sys


def load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def per_rule(report):
    counts = collections.defaultdict(collections.Counter)
    for d in report.get("findings", []):
        counts[d["ruleId"]][d.get("severity", "")] += 1
    return counts


def main() -> int:
    if sys.argv[1] == "summary":
        report = load(sys.argv[2])
        if report is None:
            print("\t\t\t")
            return 0
        with open(sys.argv[3], "w", encoding="utf-8") as out:
            json.dump({rule: dict(c) for rule, c in per_rule(report).items()}, out)
        s = report["summary"]
        print(f"{s['errors']}\t{s['warnings']}\t{s['notes']}\t{s['operations']}")
        return 0
    before, after = load(sys.argv[2]), load(sys.argv[3])
    if before is None or after is None:
        print("")
        return 0
    old, new = per_rule(before), per_rule(after)
    print(sum(max(0, new[r]["error"] - old[r]["error"]) for r in new))
    return 0


if __name__ == "__main__":
    sys.exit(main())
