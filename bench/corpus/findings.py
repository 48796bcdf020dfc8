#!/usr/bin/env python3
"""Findings of bench/compare-findings.sh: normalizes one batch's JSON report, and compares two
builds' results.

  findings.py normalize REPORT_JSON LIST CWD RC STDERR OUT_JSONL
      One line per spec in LIST (the paths given to `statuslint lint`, relative to CWD):
      {"file", "status", "operations", "findings": [[ruleId, line, column, severity, message], ...],
       "detail"}. status: ok | input-failed | crash | timeout | no-report. Findings are filed
      under the spec whose files[] entry they follow in the report's order when their file is
      not itself a spec of the batch (a $ref'd file), else under their own file.
  findings.py status LIST STATUS RC STDERR OUT_JSONL
      One line per spec with this status and no findings (a batch that crashed or timed out).
  findings.py covers DIR SPECS ARGS
      Exit 0 when DIR (a cached run) was made with ARGS and has a result for every spec in SPECS.
  findings.py compare OLD_DIR NEW_DIR SPECS OUT_MD [OLD_LABEL NEW_LABEL]
      Compares OLD_DIR/results.jsonl with NEW_DIR/results.jsonl over the specs listed in SPECS,
      keyed by (file, ruleId, line, column, message), writes Markdown to OUT_MD and prints it.
"""
import collections
import json
import os
import sys

INPUT_RULES = {"parse-error", "not-openapi", "unresolved-ref", "invalid-openapi"}
EXAMPLES = 3


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [line.rstrip("\n") for line in f if line.strip()]


def norm(path, cwd):
    """The report's display path (relative to CWD, or absolute) as a normalized relative path."""
    return os.path.relpath(os.path.normpath(os.path.join(cwd, path)), cwd)


def detail_of(stderr_path, limit=15):
    try:
        with open(stderr_path, encoding="utf-8", errors="replace") as f:
            return "".join(f.readlines()[:limit]).strip()
    except OSError:
        return ""


def normalize(report_path, list_path, cwd, rc, stderr_path, out_path):
    specs = [norm(p, cwd) for p in read_lines(list_path)]
    wanted = set(specs)
    try:
        with open(report_path, encoding="utf-8") as f:
            report = json.load(f)
    except (OSError, ValueError) as e:
        write_status(specs, "no-report", rc, f"{e}\n{detail_of(stderr_path)}", out_path)
        return 1
    rows = {s: {"file": s, "status": "ok", "operations": 0, "findings": [], "rc": rc, "detail": ""} for s in specs}
    for entry in report.get("files", []):
        f = norm(entry["file"], cwd)
        if f in rows:
            rows[f]["operations"] = entry.get("operations", 0)
            if entry.get("inputFailed"):
                rows[f]["status"] = "input-failed"
    # Findings come grouped per linted file, in files[] order; one in a file that is not a spec
    # of the batch ($ref'd) goes to the spec whose findings came last (or the first spec).
    current = specs[0] if specs else None
    for d in report.get("findings", []):
        f = norm(d["file"], cwd)
        if f in rows:
            current = f
            owner = f
        else:
            owner = current
        row = [d["ruleId"], d["line"], d["column"], d.get("severity", ""), d["message"]]
        if f != owner:
            row[4] = f"[{f}] {row[4]}"
        rows[owner]["findings"].append(row)
    with open(out_path, "w", encoding="utf-8") as out:
        for s in specs:
            out.write(json.dumps(rows[s], ensure_ascii=False) + "\n")
    return 0


def write_status(specs, status, rc, detail, out_path):
    with open(out_path, "w", encoding="utf-8") as out:
        for s in specs:
            out.write(json.dumps({"file": s, "status": status, "operations": 0, "findings": [], "rc": rc,
                                  "detail": detail}, ensure_ascii=False) + "\n")


def load(path):
    results = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            results[r["file"]] = r
    return results


def md_escape(text):
    return text.replace("|", "\\|").replace("\n", " ")


def compare(old_dir, new_dir, specs_path, out_md, old_label="old", new_label="new"):
    old = load(os.path.join(old_dir, "results.jsonl"))
    new = load(os.path.join(new_dir, "results.jsonl"))
    specs = read_lines(specs_path)
    meta = {}
    for side, d in (("old", old_dir), ("new", new_dir)):
        try:
            with open(os.path.join(d, "meta.json"), encoding="utf-8") as f:
                meta[side] = json.load(f)
        except OSError:
            meta[side] = {}

    missing = {"old": [s for s in specs if s not in old], "new": [s for s in specs if s not in new]}
    rule_counts = {"old": collections.Counter(), "new": collections.Counter()}
    examples = collections.defaultdict(list)  # rule -> [(file, line, col, old msg|None, new msg|None)]
    rule_diff_specs = collections.Counter()
    differing = []
    severity_changes = collections.Counter()
    load_diffs = []
    status_diffs = []
    broken = {"old": [], "new": []}
    for s in specs:
        o = old.get(s, {"status": "missing", "findings": []})
        n = new.get(s, {"status": "missing", "findings": []})
        for side, r in (("old", o), ("new", n)):
            for row in r["findings"]:
                rule_counts[side][row[0]] += 1
            if r["status"] in ("crash", "timeout", "no-report", "missing"):
                broken[side].append((s, r["status"], r.get("detail", "")))
        if (o["status"] == "input-failed") != (n["status"] == "input-failed"):
            def why(r):
                msgs = [f"{row[0]}: {row[4]}" for row in r["findings"] if row[0] in INPUT_RULES]
                return f"{r['status']}" + (f" ({msgs[0]})" if msgs else "")
            load_diffs.append((s, why(o), why(n)))
        if o["status"] != n["status"]:
            # Failed to load, crashed or timed out in one build only: listed on their own below,
            # not in the per-rule examples (where all their findings would show up as differences).
            status_diffs.append(s)
            differing.append(s)
            continue
        sev_o = {tuple(r[:3] + r[4:]): r[3] for r in o["findings"]}
        for r in n["findings"]:
            if sev_o.get(tuple(r[:3] + r[4:])) not in (None, r[3]):
                severity_changes[r[0]] += 1
        ok = Counter_of(o["findings"])
        nk = Counter_of(n["findings"])
        if ok == nk:
            continue
        differing.append(s)
        only_old = ok - nk
        only_new = nk - ok
        rules_here = set()
        # Pair an old and a new finding of the same rule at the same place: a changed message.
        new_at = collections.defaultdict(list)
        for (rule, line, col, msg), cnt in only_new.items():
            new_at[(rule, line, col)].extend([msg] * cnt)
        for (rule, line, col, msg), cnt in sorted(only_old.items(), key=lambda kv: (kv[0][0], kv[0][1], kv[0][2])):
            rules_here.add(rule)
            for _ in range(cnt):
                paired = new_at[(rule, line, col)].pop(0) if new_at[(rule, line, col)] else None
                if len(examples[rule]) < EXAMPLES:
                    examples[rule].append((s, line, col, msg, paired))
        for (rule, line, col), msgs in sorted(new_at.items()):
            for msg in msgs:
                rules_here.add(rule)
                if len(examples[rule]) < EXAMPLES:
                    examples[rule].append((s, line, col, None, msg))
        for rule in rules_here:
            rule_diff_specs[rule] += 1

    lines = []
    w = lines.append
    w(f"# statuslint findings: {old_label} → {new_label}")
    w("")
    for side, label in (("old", old_label), ("new", new_label)):
        m = meta[side]
        w(f"- **{side}**: {label}" + (f" — {m['commit_line']}" if m.get("commit_line") else "")
          + (f"; {m['seconds']} s for {m['specs']} specs in {m['batches']} calls" if m.get("seconds") is not None else ""))
    w(f"- specs compared: {len(specs)}; arguments: `{meta['old'].get('args', '')}`")
    w(f"- specs whose findings differ: **{len(differing)}** ({len(status_diffs)} of them because they failed to load,"
      " crashed or timed out in one build only; those are left out of the examples)")
    w(f"- specs that failed to load in one build only: **{len(load_diffs)}**")
    w(f"- specs without a result (crash, time-out, no report): old {len(broken['old'])}, new {len(broken['new'])}")
    if sum(severity_changes.values()):
        w(f"- same finding, different severity: {dict(severity_changes)}")
    w("")
    w("## Findings per rule")
    w("")
    w(f"| rule | {old_label} | {new_label} | change | specs that differ |")
    w("|---|---:|---:|---:|---:|")
    for rule in sorted(set(rule_counts["old"]) | set(rule_counts["new"])):
        a, b = rule_counts["old"][rule], rule_counts["new"][rule]
        mark = "" if a == b and not rule_diff_specs[rule] else " ◀"
        w(f"| `{rule}` | {a} | {b} | {b - a:+d}{mark} | {rule_diff_specs[rule]} |")
    w(f"| **all** | {sum(rule_counts['old'].values())} | {sum(rule_counts['new'].values())} | "
      f"{sum(rule_counts['new'].values()) - sum(rule_counts['old'].values()):+d} | {len(differing)} |")
    w("")
    if examples:
        w(f"## Examples (up to {EXAMPLES} per rule)")
        w("")
        for rule in sorted(examples):
            w(f"### `{rule}`")
            w("")
            for s, line, col, om, nm in examples[rule]:
                if om is not None and nm is not None:
                    w(f"- `{s}:{line}:{col}` changed message")
                    w(f"  - old: {md_escape(om)}")
                    w(f"  - new: {md_escape(nm)}")
                elif om is not None:
                    w(f"- `{s}:{line}:{col}` only old: {md_escape(om)}")
                else:
                    w(f"- `{s}:{line}:{col}` only new: {md_escape(nm)}")
            w("")
    if differing:
        w(f"## Specs whose findings differ ({len(differing)}; first 30)")
        w("")
        for s in differing[:30]:
            w(f"- `{s}`: {len(old.get(s, {}).get('findings', []))} → {len(new.get(s, {}).get('findings', []))} findings")
        w("")
    w("## Load failures in one build only")
    w("")
    if load_diffs:
        w(f"| spec | {old_label} | {new_label} |")
        w("|---|---|---|")
        for s, a, b in load_diffs:
            w(f"| `{s}` | {md_escape(a)} | {md_escape(b)} |")
    else:
        w("none")
    w("")
    for side, label in (("old", old_label), ("new", new_label)):
        if broken[side]:
            w(f"## Specs without a result in {label} ({len(broken[side])})")
            w("")
            for s, status, detail in broken[side][:50]:
                first = detail.strip().splitlines()[0] if detail.strip() else ""
                w(f"- `{s}`: {status}" + (f" — {md_escape(first[:200])}" if first else ""))
            w("")
    text = "\n".join(lines)
    with open(out_md, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    print(text)
    return 0


def Counter_of(findings):
    return collections.Counter((r[0], r[1], r[2], r[4]) for r in findings)


def main(argv):
    if len(argv) >= 7 and argv[0] == "normalize":
        return normalize(argv[1], argv[2], argv[3], int(argv[4]), argv[5], argv[6])
    if len(argv) == 6 and argv[0] == "status":
        specs = read_lines(argv[1])
        write_status(specs, argv[2], int(argv[3]), detail_of(argv[4]), argv[5])
        return 0
    if len(argv) == 4 and argv[0] == "covers":
        try:
            with open(os.path.join(argv[1], "meta.json"), encoding="utf-8") as f:
                if json.load(f).get("args") != argv[3]:
                    return 1
            have = load(os.path.join(argv[1], "results.jsonl"))
        except (OSError, ValueError):
            return 1
        # A time-out may be the machine's load, not the build: lint again.
        return 0 if all(s in have and have[s]["status"] != "timeout" for s in read_lines(argv[2])) else 1
    if len(argv) in (5, 7) and argv[0] == "compare":
        return compare(*argv[1:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
