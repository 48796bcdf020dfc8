#!/usr/bin/env bash
# Validates every *.sarif in a folder with Microsoft's SARIF Multitool (@microsoft/sarif-multitool
# 5.7.0, installed into a cache), using the SARIF and GitHub code-scanning ingestion rules
# ("Sarif;Ghas"). The Multitool exits 0 even when it finds errors, so the results of its reports
# are counted and any error or warning fails this script.
# Usage: .ci/sarif-multitool.sh FOLDER [JOBS]
# A file N.sarif with a sibling N.name is reported under the name that file holds.
set -euo pipefail
folder=$1
jobs=${2:-$(nproc)}
here="$(cd "$(dirname "$0")" && pwd)"

cache="${STATUSLINT_TOOLS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/statuslint-tools}/sarif-multitool-5.7.0"
check=node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool
"$here/npm-tool.sh" "$cache" "$check" @microsoft/sarif-multitool@5.7.0
multitool="$cache/$check"
# npm 11 skips the package's postinstall chmod.
chmod +x "$multitool"

# Offline, SARIF2006 (UrisShouldBeReachable) fetches every help URI and each fetch times out slowly.
config="$folder/multitool-config.xml"
"$multitool" export-validation-config "$config" >/dev/null
python3 - "$config" <<'PY'
import sys, xml.etree.ElementTree as ET
path = sys.argv[1]
tree = ET.parse(path)
for props in tree.getroot().iter("Properties"):
    if props.get("Key") == "SARIF2006.UrisShouldBeReachable.Options":
        for prop in props.iter("Property"):
            if prop.get("Key") == "RuleEnabled":
                prop.set("Value", "Disabled")
tree.write(path, encoding="utf-8", xml_declaration=True)
PY

echo "== validating with Sarif.Multitool --rule-kind Sarif;Ghas"
ls "$folder"/*.sarif | xargs -P "$jobs" -I{} sh -c \
  '"$0" validate "$1" --rule-kind "Sarif;Ghas" -c "$2" -o "$1.report" --log ForceOverwrite >/dev/null 2>&1 || true' \
  "$multitool" {} "$config"

python3 - "$folder" <<'PY'
import glob, json, os, sys
folder = sys.argv[1]
failed = 0
files = sorted(glob.glob(os.path.join(folder, "*.sarif")))
for sarif in files:
    name_file = sarif[: -len(".sarif")] + ".name"
    name = open(name_file).read().strip() if os.path.exists(name_file) else os.path.basename(sarif)
    report_path = sarif + ".report"
    if not os.path.exists(report_path):
        print(f"FAIL {name}: the Multitool wrote no report")
        failed += 1
        continue
    report = json.load(open(report_path, encoding="utf-8-sig"))
    problems = [r for run in report.get("runs", []) for r in run.get("results") or []
                if r.get("level", "warning") in ("error", "warning")]
    errors = sum(1 for r in problems if r.get("level") == "error")
    print(f"{'ok  ' if not problems else 'FAIL'} {name}: {errors} errors, {len(problems) - errors} warnings")
    for r in problems[:5]:
        print(f"     {r.get('level', 'warning')} {r.get('ruleId')}: {r.get('message', {}).get('text', '')[:300]}")
    failed += 1 if problems else 0
print(f"== {len(files)} SARIF files validated, {failed} with errors or warnings")
sys.exit(1 if failed else 0)
PY
