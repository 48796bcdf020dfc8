#!/usr/bin/env bash
# Validates statuslint's SARIF on every sample with Microsoft's SARIF Multitool, with the SARIF
# and GitHub code-scanning ingestion rules ("Sarif;Ghas"). The Multitool exits 0 even when it
# finds errors, so this script counts the error and warning results of its report and fails on
# any. See ../shared/notes/tooling.md (or the README's "Output formats") for why it is called so.
set -euo pipefail
cd "$(dirname "$0")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cache="${STATUSLINT_TOOLS_CACHE:-$HOME/.cache/statuslint-tools}"
multitool="$cache/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
if [[ ! -e "$multitool" ]]; then
  echo "== installing @microsoft/sarif-multitool@5.7.0 into $cache"
  mkdir -p "$cache"
  npm install --prefix "$cache" --no-audit --no-fund --loglevel=error @microsoft/sarif-multitool@5.7.0 >/dev/null
fi
# npm 11 skips the package's postinstall chmod.
chmod +x "$multitool"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Offline, SARIF2006 (UrisShouldBeReachable) fetches every help URI and each fetch times out slowly.
"$multitool" export-validation-config "$work/cfg.xml" >/dev/null
python3 - "$work/cfg.xml" <<'PY'
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

echo "== building statuslint (Release)"
if ! dotnet build src/OpenApiStatusLint.Cli -c Release -v quiet -nologo -o "$work/bin" >"$work/build.log" 2>&1; then
  cat "$work/build.log" >&2
  exit 1
fi

samples=(samples/*.yaml samples/*.json samples/bad/* samples/multi-file/openapi.yaml samples/invalid/circular-ref/openapi.yaml)
for file in samples/invalid/*; do
  [[ -f "$file" ]] && samples+=("$file")
done

echo "== writing SARIF for ${#samples[@]} samples (and one run over all of them)"
index=0
for sample in "${samples[@]}"; do
  index=$((index + 1))
  printf '%s\n' "$sample" >"$work/$index.name"
done
index=$((index + 1))
echo "all samples" >"$work/$index.name"

# One process per sample, in parallel; exit codes 1 (findings) and 2 (unreadable input) are
# expected, anything else (or no SARIF) is a crash. The last run lints every sample at once.
lint_one() {
  local work=$1 index=$2 code=0
  shift 2
  dotnet "$work/bin/statuslint.dll" lint "$@" --format "sarif=$work/$index.sarif" >/dev/null 2>"$work/$index.stderr" || code=$?
  if [[ $code -gt 2 || ! -s "$work/$index.sarif" ]]; then
    echo "statuslint failed on $(cat "$work/$index.name") (exit $code):" >&2
    cat "$work/$index.stderr" >&2
    return 1
  fi
}
pids=()
for i in $(seq 1 "${#samples[@]}"); do
  lint_one "$work" "$i" "${samples[$((i - 1))]}" & pids+=($!)
done
lint_one "$work" "$index" "${samples[@]}" & pids+=($!)
for pid in "${pids[@]}"; do
  wait "$pid"
done

echo "== validating with Sarif.Multitool --rule-kind Sarif;Ghas"
ls "$work"/*.sarif | xargs -P "$(nproc)" -I{} sh -c \
  '"$0" validate "$1" --rule-kind "Sarif;Ghas" -c "$2" -o "$1.report" --log ForceOverwrite >/dev/null 2>&1 || true' \
  "$multitool" {} "$work/cfg.xml"

python3 - "$work" <<'PY'
import glob, json, os, sys
work = sys.argv[1]
failed = 0
files = sorted(glob.glob(os.path.join(work, "*.sarif")), key=lambda p: int(os.path.basename(p).split(".")[0]))
for sarif in files:
    name = open(sarif[: -len(".sarif")] + ".name").read().strip()
    report_path = sarif + ".report"
    if not os.path.exists(report_path):
        print(f"FAIL {name}: the Multitool wrote no report")
        failed += 1
        continue
    report = json.load(open(report_path, encoding="utf-8-sig"))
    problems = [r for run in report.get("runs", []) for r in run.get("results") or []
                if r.get("level", "warning") in ("error", "warning")]
    errors = sum(1 for r in problems if r.get("level") == "error")
    warnings = len(problems) - errors
    print(f"{'ok  ' if not problems else 'FAIL'} {name}: {errors} errors, {warnings} warnings")
    for r in problems:
        print(f"     {r.get('level', 'warning')} {r.get('ruleId')}: {r.get('message', {}).get('text', '')}")
    failed += 1 if problems else 0
print(f"== {len(files)} SARIF files validated, {failed} with errors or warnings")
sys.exit(1 if failed else 0)
PY
